import Foundation

/// A datable public event from `Resources/kb/calendar.json`: an inauguration, an election, a summit,
/// the Olympics, the start of a war. Matched from a sentence by its term lists.
public struct PublicEvent: Decodable, Sendable {
    public var kind: String
    public var date: String
    public var label: String
    /// Alternatives: each a list of terms that must all occur in one sentence.
    public var match: [[String]]
    /// The term of office ("third term") the event opens, when it is one.
    public var term: Int?
    /// The office holder's ordinal ("the 47th president").
    public var ordinal: Int?
    /// Wikidata id of the office holder, or of the event.
    public var subject: String?
    public var id: String?
    /// Words that place the event among its look-alikes when the article uses them anywhere
    /// ("Clinton" for the 2016 election, "Harris" for 2024).
    public var context: [String]?

    public var day: CalendarDay? { CalendarDay(iso: date) }
}

/// The calendar of datable public events, loaded once; finds the events a sentence mentions.
public struct PublicEventCalendar: Sendable {
    public let events: [PublicEvent]
    private let lowered: [[[[UInt8]]]]
    /// For each (event, alternative, term): the word-start key of the term (see `key`), or nil when
    /// the term does not open with a word byte. A sentence lacking one of an alternative's keys
    /// cannot hold all its terms, so most candidates are dismissed without a byte search.
    private let termKeys: [[[UInt64?]]]
    /// (event, alternative) pairs by the first letters (up to four) of the alternative's longest
    /// term: a sentence only checks the alternatives its own words could start. `KeyTable` maps the
    /// key to an index into `candidateLists` (no SipHash per word).
    private let byKey: KeyTable
    private let candidateLists: [[Int]]  // event << 16 | alternative

    public static let standard: PublicEventCalendar = {
        struct File: Decodable { var events: [PublicEvent] }
        do {
            let data = try Data(contentsOf: ResourceFiles.url("kb/calendar.json"))
            return PublicEventCalendar(events: try JSONDecoder().decode(File.self, from: data).events)
        } catch {
            fatalError("the bundled event calendar is unreadable: \(error)")
        }
    }()

    public init(events: [PublicEvent]) {
        self.events = events
        lowered = events.map { $0.match.map { $0.map { LoweredText($0).bytes } } }
        termKeys = lowered.map { $0.map { $0.map(Self.wordStartKey) } }
        var table = KeyTable()
        var lists: [[Int]] = []
        for (e, alternatives) in lowered.enumerated() {
            for (a, terms) in alternatives.enumerated() {
                guard let longest = terms.max(by: { $0.count < $1.count }), let key = Self.wordStartKey(longest) else { continue }
                if let slot = table[key] {
                    lists[Int(slot)].append(e << 16 | a)
                } else {
                    table.set(key, Int32(lists.count))
                    lists.append([e << 16 | a])
                }
            }
        }
        byKey = table
        candidateLists = lists
    }

    /// Up to four leading bytes of a word, packed with their count.
    static func key<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var k = UInt64(bytes.count) << 32
        for (i, b) in bytes.enumerated() { k |= UInt64(b) << (8 * UInt64(i)) }
        return k
    }

    /// The key of a term's opening word (its first four word bytes at most), nil when it opens with none.
    static func wordStartKey(_ term: [UInt8]) -> UInt64? {
        let word = term.prefix { LoweredText.isWordByte($0) }
        return word.isEmpty ? nil : key(word.prefix(4))
    }

    /// Events whose terms all occur in `sentence` (already lower-cased, ’ as '), with the matched
    /// terms; an event whose term or ordinal disagrees with the sentence ("third term") is left out.
    public func events(in sentence: String) -> [(event: PublicEvent, terms: [String])] {
        events(in: LoweredText(sentence))
    }

    func events(in text: LoweredText) -> [(event: PublicEvent, terms: [String])] {
        // Sentences of a run-on text are cut: no real sentence names an event after 2,000 letters.
        let sentence = text.bytes.count > 2_000 ? LoweredText(bytes: Array(text.bytes.prefix(2_000))) : text
        var out: [(PublicEvent, [String])] = []
        // What the sentence says of terms and ordinals, read only when some event's terms are all there.
        var said: (term: Int?, ordinal: Int?)?
        for (k, a) in matchingAlternatives(sentence) {
            let e = events[k]
            if said == nil { said = Self.statedNumbers(sentence.string) }
            if let t = said?.term, let et = e.term, t != et { continue }
            if let o = said?.ordinal, let eo = e.ordinal, o != eo { continue }
            out.append((e, e.match[a].map { $0.lowercased() }))
        }
        return out
    }

    /// For each event with an alternative whose terms all occur in `sentence` at word starts, in
    /// event order: the event's index and its first such alternative.
    func matchingAlternatives(_ sentence: LoweredText) -> [(event: Int, alternative: Int)] {
        let bytes = sentence.bytes
        // The keys of every word start (each prefix of up to four bytes), sorted for binary search.
        var present: [UInt64] = []
        var candidates: [Int] = []
        var i = 0
        while i < bytes.count {
            guard LoweredText.isWordByte(bytes[i]) else { i += 1; continue }
            var j = i
            while j < bytes.count, LoweredText.isWordByte(bytes[j]) { j += 1 }
            var k = UInt64(0)
            for n in 0..<min(4, j - i) {
                k |= UInt64(bytes[i + n]) << (8 * UInt64(n))
                let key = k | UInt64(n + 1) << 32
                present.append(key)
                if let list = byKey[key] { candidates += candidateLists[Int(list)] }
            }
            i = j
        }
        guard !candidates.isEmpty else { return [] }
        candidates.sort()
        present.sort()
        func has(_ key: UInt64) -> Bool {
            var low = 0, high = present.count
            while low < high {
                let mid = (low + high) / 2
                if present[mid] < key { low = mid + 1 } else { high = mid }
            }
            return low < present.count && present[low] == key
        }
        var out: [(event: Int, alternative: Int)] = []
        var matchedEvent = -1
        for c in candidates {
            let k = c >> 16, a = c & 0xFFFF
            guard k != matchedEvent, termKeys[k][a].allSatisfy({ $0.map(has) ?? true }),
                  lowered[k][a].allSatisfy({ sentence.contains($0, wordStart: true) }) else { continue }
            matchedEvent = k
            out.append((k, a))
        }
        return out
    }

    /// `term` occurs in `text` (both lower-case) at the start of a word.
    public static func contains(_ text: String, _ term: String) -> Bool {
        LoweredText(bytes: Array(text.utf8)).contains(Array(term.utf8), wordStart: true)
    }

    private static let ordinalWords = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6]

    /// "third term" → term 3; "47th president" → ordinal 47.
    static func statedNumbers(_ s: String) -> (term: Int?, ordinal: Int?) {
        var term: Int?, ordinal: Int?
        let words = s.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
        for (i, w) in words.enumerated() where i + 1 < words.count {
            let next = words[i + 1]
            if next == "term" || next == "consecutive", let n = ordinalWords[String(w)] { term = n }
            if next == "president" || next == "prime" || next == "chancellor", w.count >= 3,
               let n = Int(w.dropLast(2)), ["st", "nd", "rd", "th"].contains(String(w.suffix(2))) { ordinal = n }
        }
        return (term, ordinal)
    }
}
