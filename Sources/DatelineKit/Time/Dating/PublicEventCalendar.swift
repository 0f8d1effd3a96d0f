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
    /// For each pair (see `pairs`), at `pairKeys[pairKeyStart[p]..<pairKeyStart[p + 1]]`: the
    /// word-start keys of its terms (see `key`; terms that open with no word byte have none). A
    /// sentence lacking one of an alternative's keys cannot hold all its terms, so most candidates
    /// are dismissed without a byte search. Flat arrays: nested ones cost a cache miss per candidate.
    private let pairKeys: [UInt64]
    private let pairKeyStart: [Int]
    /// (event, alternative) pairs by the first letters (up to four) of one of the alternative's
    /// terms (see `init`): a sentence only checks the alternatives its own words could start. `KeyTable` maps the
    /// key to an index into `candidateLists` (no SipHash per word).
    private let byKey: KeyTable
    /// The keys of `byKey` as a 4,096-bit filter (`indexBit`).
    private let indexedKeys: [UInt64]
    /// Lists of (event, alternative) pairs, each pair as its index in `pairs` (event order, then
    /// alternative order), so a bit set over the indices reads them back sorted and once each.
    private let candidateLists: [[Int]]
    private let pairs: [(event: Int, alternative: Int)]
    /// The terms of pair p at `terms[termStart[p]..<termStart[p + 1]]`, prepared for `occurs`.
    private let terms: [Term]
    private let termStart: [Int]

    /// A lower-cased term with its opening bytes packed: it can only occur where a word of the
    /// sentence opens with the same bytes, so the search visits word starts, not every byte.
    struct Term: Sendable {
        var bytes: [UInt8]
        /// Up to four leading word bytes, little-endian, and how many (0: the term opens with no word byte).
        var head: UInt64
        var headCount: Int
    }

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
        var table = KeyTable()
        var lists: [[Int]] = []
        var pairs: [(event: Int, alternative: Int)] = []
        var keys: [UInt64] = [], keyStart: [Int] = [0]
        var prepared: [Term] = [], termStart: [Int] = [0]
        // How many alternatives of the calendar use each word-start key: a common one ("pres",
        // "took") files many alternatives that a sentence using it must then try.
        var keyUse: [UInt64: Int] = [:]
        for terms in lowered.joined() {
            for key in Set(terms.compactMap(Self.wordStartKey)) { keyUse[key, default: 0] += 1 }
        }
        for (e, alternatives) in lowered.enumerated() {
            for (a, terms) in alternatives.enumerated() {
                pairs.append((e, a))
                for term in terms {
                    let head = Array(term.prefix { LoweredText.isWordByte($0) }.prefix(4))
                    prepared.append(Term(bytes: term, head: head.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) },
                                         headCount: head.count))
                }
                termStart.append(prepared.count)
                keys += terms.compactMap(Self.wordStartKey)
                keyStart.append(keys.count)
                // A pair whose longest term opens with no word byte is never looked for (as always).
                guard let longest = terms.max(by: { $0.count < $1.count }), let longestKey = Self.wordStartKey(longest) else { continue }
                // Filed under its rarest key among the calendar's alternatives: under "pres" of
                // "president-elect" every sentence naming a president would try forty alternatives;
                // any of its keys finds it, as all its terms must occur.
                let key = terms.compactMap(Self.wordStartKey).min { (keyUse[$0] ?? 0) < (keyUse[$1] ?? 0) }
                    .flatMap { (keyUse[$0] ?? 0) < (keyUse[longestKey] ?? 0) ? $0 : nil } ?? longestKey
                if let slot = table[key] {
                    lists[Int(slot)].append(pairs.count - 1)
                } else {
                    table.set(key, Int32(lists.count))
                    lists.append([pairs.count - 1])
                }
            }
        }
        byKey = table
        var indexed = [UInt64](repeating: 0, count: 64)
        for terms in lowered.joined() {
            for key in terms.compactMap(Self.wordStartKey) where table[key] != nil {
                let f = Self.indexBit(key)
                indexed[f >> 6] |= 1 << UInt64(f & 63)
            }
        }
        indexedKeys = indexed
        candidateLists = lists
        self.pairs = pairs
        pairKeys = keys
        pairKeyStart = keyStart
        self.terms = prepared
        self.termStart = termStart
    }

    /// A key's bit in `indexedKeys`: twelve bits of a multiplicative hash.
    @inline(__always) static func indexBit(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> 52) }

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
        // The keys of every word start (each prefix of up to four bytes) as a 1,024-bit filter: a
        // term whose key is not in it cannot occur; one whose key is gets the byte search.
        var present = [UInt64](repeating: 0, count: 16)
        @inline(__always) func bit(_ key: UInt64) -> (word: Int, mask: UInt64) {
            let h = (key &* 0x9E37_79B9_7F4A_7C15) >> 54
            return (Int(h >> 6), 1 << (h & 63))
        }
        var candidates = [UInt64](repeating: 0, count: (pairs.count + 63) / 64)
        var anyCandidate = false
        // Each word start with its first four bytes (little-endian) and its length.
        var starts: [(at: Int, head: UInt64, count: Int)] = []
        starts.reserveCapacity(bytes.count / 4 + 1)
        bytes.withUnsafeBufferPointer { bytes in
            var i = 0
            while i < bytes.count {
                guard LoweredText.isWordByte(bytes[i]) else { i += 1; continue }
                var j = i
                while j < bytes.count, LoweredText.isWordByte(bytes[j]) { j += 1 }
                var k = UInt64(0)
                for n in 0..<min(4, j - i) {
                    k |= UInt64(bytes[i + n]) << (8 * UInt64(n))
                    let key = k | UInt64(n + 1) << 32
                    let b = bit(key)
                    present[b.word] |= b.mask
                    // Most prefixes file nothing: a bit test spares the table probe.
                    let f = Self.indexBit(key)
                    if indexedKeys[f >> 6] & (1 << UInt64(f & 63)) != 0, let list = byKey[key] {
                        anyCandidate = true
                        for pair in candidateLists[Int(list)] { candidates[pair >> 6] |= 1 << UInt64(pair & 63) }
                    }
                }
                starts.append((i, k, j - i))
                i = j
            }
        }
        guard anyCandidate else { return [] }
        var out: [(event: Int, alternative: Int)] = []
        var matchedEvent = -1
        for w in candidates.indices where candidates[w] != 0 {
            var word = candidates[w]
            while word != 0 {
                let p = w << 6 | word.trailingZeroBitCount
                let (k, a) = pairs[p]
                word &= word - 1
                guard k != matchedEvent,
                      pairKeys[pairKeyStart[p]..<pairKeyStart[p + 1]].allSatisfy({ let b = bit($0); return present[b.word] & b.mask != 0 }),
                      (termStart[p]..<termStart[p + 1]).allSatisfy({ occurs(terms[$0], in: bytes, starts: starts) }) else { continue }
                matchedEvent = k
                out.append((k, a))
            }
        }
        return out
    }

    /// Whether `term` occurs in `bytes` at a word start (as `LoweredText.contains(_:wordStart:)`):
    /// a term opening with word bytes can only start where a word of the sentence does.
    private func occurs(_ term: Term, in bytes: [UInt8], starts: [(at: Int, head: UInt64, count: Int)]) -> Bool {
        guard term.headCount > 0 else { return LoweredText(bytes: bytes).contains(term.bytes, wordStart: true) }
        let mask: UInt64 = term.headCount == 4 ? 0xFFFF_FFFF : (1 << (8 * UInt64(term.headCount))) - 1
        let n = term.bytes.count
        for start in starts where start.count >= term.headCount && start.head & mask == term.head && start.at + n <= bytes.count {
            var k = term.headCount
            while k < n, bytes[start.at + k] == term.bytes[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }

    /// `term` occurs in `text` (both lower-case) at the start of a word.
    public static func contains(_ text: String, _ term: String) -> Bool {
        LoweredText(bytes: Array(text.utf8)).contains(Array(term.utf8), wordStart: true)
    }

    /// The words after which `statedNumbers` reads a number, as bytes.
    private static let numberCues: [[UInt8]] = ["term", "consecutive", "president", "prime", "chancellor"].map { Array($0.utf8) }

    private static let ordinalWords = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6]

    /// "third term" → term 3; "47th president" → ordinal 47.
    static func statedNumbers(_ s: String) -> (term: Int?, ordinal: Int?) {
        var term: Int?, ordinal: Int?
        // Most sentences name none of the words a number must precede: skip splitting them.
        let text = LoweredText(bytes: Array(s.utf8))
        guard numberCues.contains(where: { text.contains($0) }) else { return (nil, nil) }
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
