import Foundation

/// The words the temporal tagger and normaliser read, loaded once from `Resources/time/*.json`.
/// A class (every property is a constant, so sharing is safe): as a struct of some twenty tables,
/// each copy — one per tagged sentence, in the tagger and its scan — retained and released them all.
public final class TimeLexicon: Sendable {
    public struct Phrase: Decodable, Sendable {
        public var words: [String]
        /// Leading words left outside the extent ("in" of "in recent years").
        public var skip: Int
        public var type: String
        public var value: String
        /// The phrase is not temporal right after these words ("for the past" is a duration's start).
        public var notAfter: [String]?
        /// The phrase is temporal only right after these words ("at dawn").
        public var onlyAfter: [String]?
    }

    private struct File: Decodable {
        var months: [String: Int]
        var ambiguousMonths: [String]
        var weekdays: [String: Int]
        var numbers: [String: Double]
        var vagueAmounts: [String]
        var ordinals: [String: Int]
        var units: [String: String]
        var seasons: [String: String]
        var partsOfDay: [String: String]
        var positionModifiers: [String: String]
        var approximators: [String: String]
        var relativeShifts: [String: Int]
        var dayWords: [String: Int]
        var setAdverbs: [String: String]
        var pastTense: [String]
        var notPastEd: [String]
        var futureTense: [String]
        var presentTense: [String]
    }
    private struct PhraseFile: Decodable { var phrases: [Phrase] }

    public let months: [String: Int]
    public let ambiguousMonths: Set<String>
    public let weekdays: [String: Int]
    public let numbers: [String: Double]
    public let vagueAmounts: Set<String>
    public let ordinals: [String: Int]
    public let units: [String: String]
    public let seasons: [String: String]
    public let partsOfDay: [String: String]
    public let positionModifiers: [String: String]
    public let approximators: [String: String]
    public let relativeShifts: [String: Int]
    public let dayWords: [String: Int]
    public let setAdverbs: [String: String]
    public let pastTense: Set<String>
    public let notPastEd: Set<String>
    public let futureTense: Set<String>
    public let presentTense: Set<String>
    /// Fixed phrases by their first word.
    public let phrases: [String: [Phrase]]
    /// `phrases` for the tagger's per-token probe: first words in a `WordTable`, their phrases at the same index.
    private let phraseFirstWords: WordTable
    private let phraseLists: [[Phrase]]

    /// The fixed phrases opening with `word` (the same as `phrases[word]`).
    func phrases(startingWith word: String) -> [Phrase]? {
        phraseFirstWords.index(of: word).map { phraseLists[$0] }
    }
    /// Bits of `classes`: one dictionary lookup per token answers every question the tagger and the
    /// tense reader ask of a word.
    public enum WordClass {
        static let trigger: UInt32 = 1, standalone: UInt32 = 2, phrase: UInt32 = 4, future: UInt32 = 8,
                   past: UInt32 = 16, present: UInt32 = 32, notPastEd: UInt32 = 64
        /// Membership of the tagger's dictionaries: a pattern looks a word up only where this bit
        /// says it is, instead of hashing it once per dictionary.
        static let month: UInt32 = 1 << 7, weekday: UInt32 = 1 << 8, relativeShift: UInt32 = 1 << 9,
                   dayWord: UInt32 = 1 << 10, season: UInt32 = 1 << 11, setAdverb: UInt32 = 1 << 12,
                   number: UInt32 = 1 << 13, vagueAmount: UInt32 = 1 << 14, unit: UInt32 = 1 << 15,
                   positionModifier: UInt32 = 1 << 16, ordinal: UInt32 = 1 << 17
    }
    let classes: [String: UInt32]
    /// `classes` as a `WordTable` (its keys) and the classes at their indices: one lookup per
    /// token of every sentence, without SipHash.
    private let classTable: WordTable
    private let classValues: [UInt32]

    /// Tells lexicons apart, so tags made with one are not reused by a tagger with another.
    final class Identity: Sendable {}
    let identity = Identity()

    /// Sets each word token's `flags`.
    func classify(_ tokens: inout [TimeToken]) {
        for k in tokens.indices where tokens[k].kind == .word {
            tokens[k].flags = classTable.index(of: tokens[k].text).map { classValues[$0] } ?? 0
        }
    }

    /// Every word that can start or continue a temporal expression: a fast pre-check per token.
    let triggers: Set<String>
    /// Triggers that are time words on their own ("Tuesday", "now", "annually").
    let standalone: Set<String>
    /// Triggers that only open an expression ("the", "a", "last", "early").
    let openers: Set<String>

    /// The bundled lexicon, loaded on first use.
    public static let standard: TimeLexicon = {
        do { return try TimeLexicon(folder: ResourceFiles.url("time")) }
        catch { fatalError("the bundled time lexicon is unreadable: \(error)") }
    }()

    public init(folder: URL) throws {
        let decoder = JSONDecoder()
        let f = try decoder.decode(File.self, from: Data(contentsOf: folder.appendingPathComponent("lexicon.json")))
        let p = try decoder.decode(PhraseFile.self, from: Data(contentsOf: folder.appendingPathComponent("phrases.json")))
        // Locals stand in for the properties read below: a class may not read its own properties
        // before all are set.
        let months = f.months, weekdays = f.weekdays, units = f.units, seasons = f.seasons, partsOfDay = f.partsOfDay
        let dayWords = f.dayWords, setAdverbs = f.setAdverbs, positionModifiers = f.positionModifiers
        let relativeShifts = f.relativeShifts, ordinals = f.ordinals, numbers = f.numbers, vagueAmounts = Set(f.vagueAmounts)
        self.months = months; ambiguousMonths = Set(f.ambiguousMonths); self.weekdays = weekdays; self.numbers = numbers
        self.vagueAmounts = vagueAmounts; self.ordinals = ordinals; self.units = units; self.seasons = seasons
        self.partsOfDay = partsOfDay; self.positionModifiers = positionModifiers; approximators = f.approximators
        self.relativeShifts = relativeShifts; self.dayWords = dayWords; self.setAdverbs = setAdverbs
        pastTense = Set(f.pastTense); notPastEd = Set(f.notPastEd); futureTense = Set(f.futureTense)
        presentTense = Set(f.presentTense)
        let phrases = Dictionary(grouping: p.phrases, by: { $0.words[0] })
        self.phrases = phrases
        let byFirstWord = Array(phrases)
        phraseFirstWords = WordTable(byFirstWord.map(\.key))
        phraseLists = byFirstWord.map(\.value)
        var t = Set<String>()
        for keys in [Array(months.keys), Array(weekdays.keys), Array(units.keys), Array(seasons.keys),
                     Array(partsOfDay.keys), Array(dayWords.keys), Array(setAdverbs.keys), Array(phrases.keys),
                     Array(positionModifiers.keys), Array(relativeShifts.keys), Array(ordinals.keys),
                     Array(numbers.keys), Array(vagueAmounts), ["almost", "nearly"]] {
            t.formUnion(keys)
        }
        t.formUnion(["season", "the", "every", "each", "ago", "fiscal", "mid", "q1", "q2", "q3", "q4", "h1", "h2", "century",
                     "half", "nineties", "eighties", "seventies", "sixties", "later", "earlier", "since"])
        triggers = t
        var alone = Set<String>()
        for keys in [Array(months.keys), Array(weekdays.keys), Array(seasons.keys), Array(dayWords.keys),
                     Array(setAdverbs.keys), Array(units.keys), Array(partsOfDay.keys)] { alone.formUnion(keys) }
        alone.insert("season")
        alone.formUnion(p.phrases.filter { $0.words.count == 1 }.map { $0.words[0] })
        alone.formUnion(["q1", "q2", "q3", "q4", "h1", "h2", "nineties", "eighties", "seventies", "sixties"])
        standalone = alone
        openers = t.subtracting(alone)
        var c: [String: UInt32] = [:]
        for w in t { c[w, default: 0] |= WordClass.trigger }
        for w in alone { c[w, default: 0] |= WordClass.standalone }
        for w in phrases.keys { c[w, default: 0] |= WordClass.phrase }
        for w in f.futureTense { c[w, default: 0] |= WordClass.future }
        for w in f.pastTense { c[w, default: 0] |= WordClass.past }
        for w in f.presentTense { c[w, default: 0] |= WordClass.present }
        for w in f.notPastEd { c[w, default: 0] |= WordClass.notPastEd }
        for (words, bit) in [(Array(months.keys), WordClass.month), (Array(weekdays.keys), WordClass.weekday),
                             (Array(relativeShifts.keys), WordClass.relativeShift), (Array(dayWords.keys), WordClass.dayWord),
                             (Array(seasons.keys), WordClass.season), (Array(setAdverbs.keys), WordClass.setAdverb),
                             (Array(numbers.keys), WordClass.number), (Array(vagueAmounts), WordClass.vagueAmount),
                             (Array(units.keys), WordClass.unit), (Array(positionModifiers.keys), WordClass.positionModifier),
                             (Array(ordinals.keys), WordClass.ordinal)] {
            for w in words { c[w, default: 0] |= bit }
        }
        classes = c
        let classWords = c.keys.sorted()
        classTable = WordTable(classWords)
        classValues = classWords.map { c[$0]! }
    }
}
