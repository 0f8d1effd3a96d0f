import Foundation

/// The words that attribute speech in news text ("said", "told", "CCTV quoted … as saying"),
/// loaded from `lexicons/speech-verbs.json`.
public struct SpeechCueLexicon: Sendable {
    /// What a cue says about its subject.
    public enum Role: String, Decodable, Sendable {
        /// The subject said it: "Putin said".
        case speech
        /// An evaluative speech act whose object is often quoted: "hailed ties as a “real example”".
        case praise
        /// The subject is the outlet that carried it: "TASS reported".
        case report
        /// A reported chain: "CCTV quoted Xi as saying".
        case quote
    }

    /// One form of a cue as it appears in text: one or more lower-case words.
    public struct Cue: Sendable, Hashable {
        public var words: [String]
        public var role: Role
        /// A participle ("saying") attaches to the subject of the clause it follows.
        public var isParticiple: Bool
        public var introducesIndirectSpeech: Bool
        /// "told Xi", "urged Moscow": a cue followed by its addressee.
        public var takesObject: Bool
        /// The cue as the contract's `cue` field shows it.
        public var text: String { words.joined(separator: " ") }
    }

    let cuesByFirstWord: [String: [Cue]]
    /// `cuesByFirstWord` for the per-word probe: first words in a `WordTable`, their cues at the same index.
    private let cueFirstWords: WordTable
    private let cueLists: [[Cue]]
    /// The first words of `cuesByFirstWord`, to skip most words without hashing them.
    let firstWordFilter: WordFilter
    let carriers: Set<String>
    let documents: Set<String>
    let skippable: Set<String>
    let phraseEnds: Set<String>
    let introductions: Set<String>
    let plural: Set<String>
    /// `plural`, and `carriers` with `documents`, for lookups made word by word.
    let pluralWords: WordTable
    let channelWords: WordTable
    let addressees: Set<String>
    let titles: Set<String>
    /// Knowledge-base organisation types that are news outlets.
    public let outletTypes: Set<String>

    private struct File: Decodable {
        struct Entry: Decodable {
            var finite: [String]
            var participle: [String]
            var role: Role
            var indirect: Bool
            var takesObject: Bool?
        }
        var cues: [Entry]
        var carriers: [String]
        var documents: [String]
        var skippable: [String]
        var phraseEnds: [String]
        var introductions: [String]
        var plural: [String]
        var addressees: [String]
        var titles: [String]
        var outletTypes: [String]
    }

    /// The lexicon bundled with DatelineKit.
    public static let standard: SpeechCueLexicon = {
        do { return try SpeechCueLexicon(contentsOf: ResourceFiles.url("lexicons/speech-verbs.json")) }
        catch { fatalError("DatelineKit resource lexicons/speech-verbs.json is unreadable: \(error)") }
    }()

    public init(contentsOf url: URL) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        var index: [String: [Cue]] = [:]
        for entry in file.cues {
            let forms = entry.finite.map { ($0, false) } + entry.participle.map { ($0, true) }
            for (form, participle) in forms {
                let words = form.lowercased().split(separator: " ").map(String.init)
                guard let first = words.first else { continue }
                index[first, default: []].append(Cue(words: words, role: entry.role, isParticiple: participle,
                                                     introducesIndirectSpeech: entry.indirect,
                                                     takesObject: entry.takesObject ?? false))
            }
        }
        // Longest phrase first, so "expressed hope" wins over a bare "expressed".
        cuesByFirstWord = index.mapValues { $0.sorted { $0.words.count > $1.words.count } }
        let byFirstWord = Array(cuesByFirstWord)
        cueFirstWords = WordTable(byFirstWord.map(\.key))
        cueLists = byFirstWord.map(\.value)
        firstWordFilter = WordFilter(index.keys)
        carriers = Set(file.carriers.map { $0.lowercased() })
        documents = Set(file.documents.map { $0.lowercased() })
        skippable = Set(file.skippable.map { $0.lowercased() })
        phraseEnds = Set(file.phraseEnds.map { $0.lowercased() })
        introductions = Set(file.introductions.map { $0.lowercased() })
        plural = Set(file.plural.map { $0.lowercased() })
        pluralWords = WordTable(set: plural)
        channelWords = WordTable(set: carriers.union(documents))
        addressees = Set(file.addressees.map { $0.lowercased() })
        titles = Set(file.titles.map { $0.lowercased() })
        outletTypes = Set(file.outletTypes.map { $0.lowercased() })
    }

    /// The cue starting at `pieces[index]`, if any, with how many pieces it covers.
    func cue(at index: Int, in pieces: [ClausePiece]) -> (cue: Cue, length: Int)? {
        guard index < pieces.count, pieces[index].kind == .word, firstWordFilter.mayContain(pieces[index].lower),
              let k = cueFirstWords.index(of: pieces[index].lower) else { return nil }
        let candidates = cueLists[k]
        for cue in candidates {
            guard index + cue.words.count <= pieces.count else { continue }
            var matches = true
            for (offset, word) in cue.words.enumerated() where offset > 0 {
                let piece = pieces[index + offset]
                if piece.kind != .word || piece.lower != word { matches = false; break }
            }
            if matches { return (cue, cue.words.count) }
        }
        return nil
    }
}
