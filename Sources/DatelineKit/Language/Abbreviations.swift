import Foundation

/// The abbreviations the tokenizer keeps with their period and how the sentence splitter treats them,
/// loaded from `lexicons/abbreviations.json`.
public struct Abbreviations: Sendable {
    /// Words that stand before a name or number and never end a sentence ("Gen.", "Mr.", "Jan.").
    let titles: Set<[UInt8]>
    /// Words that may end a sentence ("Inc.", "etc.").
    let others: Set<[UInt8]>
    /// Words that usually open a sentence: after an ambiguous abbreviation they mean a new sentence began.
    let sentenceStarters: Set<[UInt8]>

    private struct File: Decodable {
        var titles: [String]
        var abbreviations: [String]
        var sentenceStarters: [String]
    }

    /// The list bundled with DatelineKit.
    public static let standard: Abbreviations = {
        do { return try Abbreviations(contentsOf: ResourceFiles.url("lexicons/abbreviations.json")) }
        catch { fatalError("DatelineKit resource lexicons/abbreviations.json is unreadable: \(error)") }
    }()

    public init(contentsOf url: URL) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        titles = Set(file.titles.map { Array($0.utf8) })
        others = Set(file.abbreviations.map { Array($0.utf8) })
        sentenceStarters = Set(file.sentenceStarters.map { Array($0.utf8) })
    }

    /// Whether `word` (without its period) is a known abbreviation of either kind.
    func isAbbreviation(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        guard word.count <= 8 else { return false }
        let bytes = Array(word)
        return titles.contains(bytes) || others.contains(bytes)
    }
}
