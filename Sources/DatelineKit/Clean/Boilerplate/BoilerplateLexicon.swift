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
    /// `photoPrefixes` as UTF-8, when every one is ASCII and holds no "\r" (so Character and byte
    /// comparison agree on ASCII text); nil otherwise.
    let photoPrefixBytes: [[UInt8]]?
    let longestPhotoPrefix: Int
    let photoSuffixes: [String]
    let photoAgencies: Set<String>
    let contributionPhrases: [[String]]
    /// The first words of `contributionPhrases`: a paragraph with none of them needs no phrase search.
    let contributionStarts: Set<String>
    let outletSignatures: [[String]]
    /// Labels that open a line of links or tags ("Tags:", "Also Read |"), lower-case, with their reason.
    let leadLabels: [(label: String, reason: String)]
    /// `leadLabels` as UTF-8, to turn away paragraphs no label's bytes open; nil when a label is
    /// empty or not ASCII (then every paragraph gets the full check).
    let leadLabelBytes: [[UInt8]]?
    /// Words after an agency's name that introduce its staff ("Associated Press writer …").
    let staffWords: Set<String>
    /// What a word can be: one probe per word of a paragraph instead of three dictionary lookups.
    /// `roleTable` maps a word's FNV-1a hash to its index in `roleWords`, where the word itself is
    /// compared, so a hash collision cannot give a word a role it does not have.
    private let roleTable: KeyTable
    private let roleWords: [(word: String, roles: WordRoles)]

    struct WordRoles: OptionSet, Sendable {
        let rawValue: UInt8
        static let secondPerson = WordRoles(rawValue: 1)
        static let outletVoice = WordRoles(rawValue: 2)
        /// Opens one of the cue phrases.
        static let phraseStart = WordRoles(rawValue: 4)
        /// Opens a contribution phrase (`contributionStarts`): every short paragraph asks.
        static let contributionStart = WordRoles(rawValue: 8)
        /// Opens an outlet signature (`outletSignatures`).
        static let signatureStart = WordRoles(rawValue: 16)
    }

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
        let prefixBytes = photoPrefixes.map { Array($0.utf8) }
        photoPrefixBytes = prefixBytes.allSatisfy { $0.allSatisfy { $0 < 0x80 && $0 != 13 } } ? prefixBytes : nil
        longestPhotoPrefix = prefixBytes.map(\.count).max() ?? 0
        photoSuffixes = file.photoCredit.suffixes
        photoAgencies = Set(file.photoCredit.agencies)
        contributionPhrases = file.contribution.phrases.map { ParagraphWords.split($0) }
        contributionStarts = Set(contributionPhrases.compactMap(\.first))
        leadLabels = file.leadLabels.flatMap { category in category.phrases.map { ($0.lowercased(), category.reason) } }
            .sorted { $0.label.count > $1.label.count }
        let labelBytes = leadLabels.map { Array($0.label.utf8) }
        leadLabelBytes = labelBytes.allSatisfy { !$0.isEmpty && $0.allSatisfy { $0 < 0x80 } } ? labelBytes : nil
        staffWords = Set(file.contribution.staffWords)
        outletSignatures = file.outletSignatures.map { ParagraphWords.split($0) }.filter { !$0.isEmpty }
        var roles: [String: WordRoles] = [:]
        for word in secondPerson { roles[word, default: []].insert(.secondPerson) }
        for word in outletVoice { roles[word, default: []].insert(.outletVoice) }
        for word in phrasesByFirstWord.keys { roles[word, default: []].insert(.phraseStart) }
        for word in contributionStarts { roles[word, default: []].insert(.contributionStart) }
        for signature in outletSignatures { roles[signature[0], default: []].insert(.signatureStart) }
        var table = KeyTable(minimumCapacity: roles.count)
        var words: [(word: String, roles: WordRoles)] = []
        for (word, role) in roles.sorted(by: { $0.key < $1.key }) {
            table.set(Self.hash(word), Int32(words.count))
            words.append((word, role))
        }
        roleTable = table
        roleWords = words
    }

    /// FNV-1a over the word's UTF-8.
    @inline(__always) static func hash(_ word: String) -> UInt64 {
        WordTable.hash(word).hash
    }

    func roles(of word: String) -> WordRoles? {
        guard let index = roleTable[Self.hash(word)], roleWords[Int(index)].word == word else { return nil }
        return roleWords[Int(index)].roles
    }

    /// In one pass over `words`: how many are second-person, how many the outlet's voice, and the
    /// reason of the first cue phrase found (longer phrases first at each word).
    func readerAddress(in words: [String]) -> (secondPerson: Int, outletVoice: Int, cue: String?) {
        var secondPersonCount = 0, outletVoiceCount = 0
        var cue: String?
        for i in words.indices {
            guard let roles = roles(of: words[i]) else { continue }
            if roles.contains(.secondPerson) { secondPersonCount += 1 }
            if roles.contains(.outletVoice) { outletVoiceCount += 1 }
            if cue == nil, roles.contains(.phraseStart), let candidates = phrasesByFirstWord[words[i]] {
                cue = candidates.first { Self.matches($0.words, in: words, at: i) }?.reason
            }
        }
        return (secondPersonCount, outletVoiceCount, cue)
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
