import Foundation

/// The cue words and phrases that mark boilerplate paragraphs, loaded from `lexicons/boilerplate.json`.
public struct BoilerplateLexicon: Sendable {
    struct Phrase: Sendable {
        var words: [String]
        var reason: String
    }

    /// Phrases indexed by their first word, so matching is one dictionary probe per word.
    let phrasesByFirstWord: [String: [Phrase]]
    let secondPerson: Set<String>
    let outletVoice: Set<String>
    let imperatives: Set<String>
    let stopwords: Set<String>
    let photoPrefixes: [String]
    let photoSuffixes: [String]
    let photoAgencies: Set<String>
    let contributionPhrases: [[String]]
    let outletSignatures: [[String]]
    /// Labels that open a line of links or tags ("Tags:", "Also Read |"), lower-case, with their reason.
    let leadLabels: [(label: String, reason: String)]
    /// Words after an agency's name that introduce its staff ("Associated Press writer …").
    let staffWords: Set<String>

    private struct File: Decodable {
        struct Category: Decodable { var reason: String; var phrases: [String] }
        struct PhotoCredit: Decodable { var prefixes: [String]; var suffixes: [String]; var agencies: [String] }
        struct Contribution: Decodable { var phrases: [String]; var staffWords: [String] }
        var categories: [Category]
        var secondPerson: [String]
        var outletVoice: [String]
        var imperatives: [String]
        var stopwords: [String]
        var photoCredit: PhotoCredit
        var contribution: Contribution
        var outletSignatures: [String]
        var leadLabels: [Category]
    }

    /// The lexicon bundled with DatelineKit.
    public static let standard: BoilerplateLexicon = {
        do { return try BoilerplateLexicon(contentsOf: ResourceFiles.url("lexicons/boilerplate.json")) }
        catch { fatalError("DatelineKit resource lexicons/boilerplate.json is unreadable: \(error)") }
    }()

    public init(contentsOf url: URL) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        var index: [String: [Phrase]] = [:]
        for category in file.categories {
            for phrase in category.phrases {
                let words = ParagraphWords.split(phrase.lowercased())
                guard let first = words.first else { continue }
                index[first, default: []].append(Phrase(words: words, reason: category.reason))
            }
        }
        // Longer phrases first, so "support monthly" wins over "support" when both could match.
        phrasesByFirstWord = index.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        secondPerson = Set(file.secondPerson)
        outletVoice = Set(file.outletVoice)
        imperatives = Set(file.imperatives)
        stopwords = Set(file.stopwords)
        photoPrefixes = file.photoCredit.prefixes
        photoSuffixes = file.photoCredit.suffixes
        photoAgencies = Set(file.photoCredit.agencies)
        contributionPhrases = file.contribution.phrases.map { ParagraphWords.split($0) }
        leadLabels = file.leadLabels.flatMap { category in category.phrases.map { ($0.lowercased(), category.reason) } }
            .sorted { $0.label.count > $1.label.count }
        staffWords = Set(file.contribution.staffWords)
        outletSignatures = file.outletSignatures.map { ParagraphWords.split($0) }.filter { !$0.isEmpty }
    }

    /// The reason of the first cue phrase found in `words`, if any.
    func firstPhraseReason(in words: [String]) -> String? {
        for i in words.indices {
            guard let candidates = phrasesByFirstWord[words[i]] else { continue }
            for phrase in candidates where Self.matches(phrase.words, in: words, at: i) {
                return phrase.reason
            }
        }
        return nil
    }

    func containsPhrase(_ phrase: [String], in words: [String]) -> Bool {
        guard let first = phrase.first else { return false }
        return words.indices.contains { words[$0] == first && Self.matches(phrase, in: words, at: $0) }
    }

    /// Whether `phrase` continues at word `i`; callers have already matched its first word.
    static func matches(_ phrase: [String], in words: [String], at i: Int) -> Bool {
        guard i + phrase.count <= words.count else { return false }
        for k in 1..<max(phrase.count, 1) where words[i + k] != phrase[k] { return false }
        return true
    }
}
