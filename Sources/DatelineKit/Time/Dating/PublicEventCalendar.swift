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
    /// For each byte, the lengths (bit n - 1 for n bytes) of the term keys that open with it: a
    /// sentence word's prefixes of other lengths can neither file a candidate nor answer a
    /// `pairKeys` test, so they are not hashed (most words then need one prefix, not four).
    private let keyLengthsByFirstByte: [UInt8]
    private let pairKeyStart: [Int]
    /// (event, alternative) pairs by the first letters (up to four) of one of the alternative's
    /// terms (see `init`): a sentence only checks the alternatives its own words could start. `KeyTable` maps the
    /// key to a list number: that list is `candidates[candidateStart[n]..<candidateStart[n + 1]]` (no SipHash per word).
    private let byKey: KeyTable
    /// The keys of `byKey` as a 4,096-bit filter (`indexBit`).
    private let indexedKeys: [UInt64]
    /// The lists of (event, alternative) pairs end to end, each pair as its index in `pairs` (event
    /// order, then alternative order), so a bit set over the indices reads them back sorted and once
    /// each. One flat array: a list per key was a reference counted and retained for every word.
    private let candidates: [Int32]
    private let candidateStart: [Int]
    private let pairs: [(event: Int, alternative: Int)]
    /// The terms of pair p at `terms[termStart[p]..<termStart[p + 1]]`, prepared for `occurs`; their
    /// bytes end to end in `termBytes`, so checking a term touches no separate array.
    private let terms: [Term]
    private let termStart: [Int]
    private let termBytes: [UInt8]

    /// A lower-cased term with its opening bytes packed: it can only occur where a word of the
    /// sentence opens with the same bytes, so the search visits word starts, not every byte.
    struct Term: Sendable {
        /// The term's bytes are `termBytes[start..<start + count]`.
        var start: Int
        var count: Int
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
        var prepared: [Term] = [], termStart: [Int] = [0], termBytes: [UInt8] = []
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
                    prepared.append(Term(start: termBytes.count, count: term.count,
                                         head: head.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) },
                                         headCount: head.count))
                    termBytes += term
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
        candidates = lists.joined().map { Int32($0) }
        candidateStart = lists.reduce(into: [0]) { $0.append($0.last! + $1.count) }
        var indexed = [UInt64](repeating: 0, count: 64)
        for terms in lowered.joined() {
            for key in terms.compactMap(Self.wordStartKey) where table[key] != nil {
                let f = Self.indexBit(key)
                indexed[f >> 6] |= 1 << UInt64(f & 63)
            }
        }
        indexedKeys = indexed
        self.pairs = pairs
        pairKeys = keys
        var lengths = [UInt8](repeating: 0, count: 256)
        for key in keys { lengths[Int(key & 0xFF)] |= 1 << UInt8((key >> 32) - 1) }
        keyLengthsByFirstByte = lengths
        pairKeyStart = keyStart
        self.terms = prepared
        self.termStart = termStart
        self.termBytes = termBytes
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

    /// A word start of a sentence: where, its first four bytes (little-endian) and its length.
    private struct WordStart { var at: Int; var head: UInt64; var count: Int }

    /// For each event with an alternative whose terms all occur in `sentence` at word starts, in
    /// event order: the event's index and its first such alternative.
    func matchingAlternatives(_ sentence: LoweredText) -> [(event: Int, alternative: Int)] {
        // Every sentence of every undated article comes here. The scratch sets live in temporary
        // buffers and the tables are read through pointers: as arrays captured by the scanning
        // closure, each bit set cost a uniqueness check and each candidate list a retain.
        let pairCount = pairs.count
        let candidateWords = (pairCount + 63) / 64
        return sentence.bytes.withUnsafeBufferPointer { bytes in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 16 + candidateWords) { scratch in
                // A word takes at least one byte and is followed by a non-word byte.
                withUnsafeTemporaryAllocation(of: WordStart.self, capacity: bytes.count / 2 + 1) { starts in
                    indexedKeys.withUnsafeBufferPointer { indexedKeys in
                        candidates.withUnsafeBufferPointer { candidates in
                            candidateStart.withUnsafeBufferPointer { candidateStart in
                                scratch.initialize(repeating: 0)
                                return matchingAlternatives(bytes, present: UnsafeMutableBufferPointer(rebasing: scratch[0..<16]),
                                                            candidateBits: UnsafeMutableBufferPointer(rebasing: scratch[16...]), starts: starts,
                                                            indexedKeys: indexedKeys, candidates: candidates, candidateStart: candidateStart)
                            }
                        }
                    }
                }
            }
        }
    }

    private func matchingAlternatives(_ bytes: UnsafeBufferPointer<UInt8>, present: UnsafeMutableBufferPointer<UInt64>,
                                      candidateBits: UnsafeMutableBufferPointer<UInt64>, starts: UnsafeMutableBufferPointer<WordStart>,
                                      indexedKeys: UnsafeBufferPointer<UInt64>, candidates: UnsafeBufferPointer<Int32>,
                                      candidateStart: UnsafeBufferPointer<Int>) -> [(event: Int, alternative: Int)] {
        // The keys of every word start (each prefix of up to four bytes) as a 1,024-bit filter: a
        // term whose key is not in it cannot occur; one whose key is gets the byte search.
        @inline(__always) func bit(_ key: UInt64) -> (word: Int, mask: UInt64) {
            let h = (key &* 0x9E37_79B9_7F4A_7C15) >> 54
            return (Int(h >> 6), 1 << (h & 63))
        }
        var anyCandidate = false
        var startCount = 0
        var i = 0
        while i < bytes.count {
            guard LoweredText.isWordByte(bytes[i]) else { i += 1; continue }
            var j = i
            while j < bytes.count, LoweredText.isWordByte(bytes[j]) { j += 1 }
            var k = UInt64(0)
            let lengths = keyLengthsByFirstByte[Int(bytes[i])]
            for n in 0..<min(4, j - i) {
                k |= UInt64(bytes[i + n]) << (8 * UInt64(n))
                guard lengths & (1 << UInt8(n)) != 0 else { continue }
                let key = k | UInt64(n + 1) << 32
                let b = bit(key)
                present[b.word] |= b.mask
                // Most prefixes file nothing: a bit test spares the table probe.
                let f = Self.indexBit(key)
                if indexedKeys[f >> 6] & (1 << UInt64(f & 63)) != 0, let list = byKey[key] {
                    anyCandidate = true
                    for c in candidateStart[Int(list)]..<candidateStart[Int(list) + 1] {
                        let pair = Int(candidates[c])
                        candidateBits[pair >> 6] |= 1 << UInt64(pair & 63)
                    }
                }
            }
            starts[startCount] = WordStart(at: i, head: k, count: j - i)
            startCount += 1
            i = j
        }
        guard anyCandidate else { return [] }
        let words = UnsafeBufferPointer(rebasing: starts[0..<startCount])
        var out: [(event: Int, alternative: Int)] = []
        var matchedEvent = -1
        for w in candidateBits.indices where candidateBits[w] != 0 {
            var word = candidateBits[w]
            while word != 0 {
                let p = w << 6 | word.trailingZeroBitCount
                let (k, a) = pairs[p]
                word &= word - 1
                guard k != matchedEvent,
                      pairKeys[pairKeyStart[p]..<pairKeyStart[p + 1]].allSatisfy({ let b = bit($0); return present[b.word] & b.mask != 0 }),
                      (termStart[p]..<termStart[p + 1]).allSatisfy({ occurs(terms[$0], in: bytes, starts: words) }) else { continue }
                matchedEvent = k
                out.append((k, a))
            }
        }
        return out
    }

    /// Whether `term` occurs in `bytes` at a word start (as `LoweredText.contains(_:wordStart:)`):
    /// a term opening with word bytes can only start where a word of the sentence does.
    private func occurs(_ term: Term, in bytes: UnsafeBufferPointer<UInt8>, starts: UnsafeBufferPointer<WordStart>) -> Bool {
        guard term.headCount > 0 else {
            return LoweredText(bytes: Array(bytes)).contains(Array(termBytes[term.start..<(term.start + term.count)]), wordStart: true)
        }
        let mask: UInt64 = term.headCount == 4 ? 0xFFFF_FFFF : (1 << (8 * UInt64(term.headCount))) - 1
        let n = term.count
        return termBytes.withUnsafeBufferPointer { termBytes in
            for start in starts where start.count >= term.headCount && start.head & mask == term.head && start.at + n <= bytes.count {
                var k = term.headCount
                while k < n, bytes[start.at + k] == termBytes[term.start + k] { k += 1 }
                if k == n { return true }
            }
            return false
        }
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
