import Foundation

/// The abbreviations the tokenizer keeps with their period and how the sentence splitter treats them,
/// loaded from `lexicons/abbreviations.json`.
public struct Abbreviations: Sendable {
    enum Kind: Int32 {
        /// Stands before a name or number and never ends a sentence ("Gen.", "Mr.", "Jan.").
        case title = 1
        /// May end a sentence ("Inc.", "etc.").
        case other = 2
    }

    /// Abbreviations (case-sensitive byte keys) and their kind.
    private let kinds: KeyTable
    /// Words that usually open a sentence: after an ambiguous abbreviation they mean a new sentence began.
    private let sentenceStarters: KeyTable

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
        var kinds = KeyTable()
        for word in file.abbreviations { kinds.set(Self.key(word), Kind.other.rawValue) }
        for word in file.titles { kinds.set(Self.key(word), Kind.title.rawValue) }
        self.kinds = kinds
        sentenceStarters = KeyTable(set: file.sentenceStarters.map(Self.key))
    }

    /// What `word` (without its period) is, if an abbreviation.
    func kind(of word: UnsafeBufferPointer<UInt8>.SubSequence) -> Kind? {
        kinds[Self.key(word)].flatMap(Kind.init(rawValue:))
    }

    func isSentenceStarter(_ word: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        sentenceStarters.contains(Self.key(word))
    }

    /// FNV-1a over the exact bytes: abbreviations are matched case-sensitively ("No." but not "no.").
    static func key<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3 }
        return hash
    }

    static func key(_ word: String) -> UInt64 { key(Array(word.utf8)) }
}
