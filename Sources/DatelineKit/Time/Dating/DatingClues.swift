/// What one sentence says about when its article was written: the temporal expressions in it
/// with their tense, and the public events it mentions.
struct SentenceClues {
    var index: Int
    /// Lower-cased sentence with ’ as ', for calendar terms.
    var lowered: LoweredText
    /// Where the sentence is in the document's UTF-8. The text as written is read from there only
    /// when needed (`raw`): most documents never need it, and every sentence made a string.
    var bytes: Range<Int>
    var timexes: [(match: TimexMatch, text: String, tense: SentenceTense)]
    var events: [(event: PublicEvent, terms: [String])]
    /// The sentence speaks of something still to come ("will", "to attend").
    var future: Bool

    /// The sentence as written (capitals mark names), from `document`, the text it was read from.
    func raw(in document: String) -> String {
        String(decoding: Array(document.utf8)[bytes], as: UTF8.self)
    }

    /// The sentence speaks of this event as still to come: a future cue shortly before its terms.
    /// Wars and deaths are never scheduled: "will discuss the war in Ukraine" speaks of a war under way.
    func isFuture(_ event: PublicEvent, _ terms: [String]) -> Bool {
        event.kind != "turning_point" && terms.contains { Self.futureBefore($0, in: lowered) }
    }

    /// Whether a future cue comes shortly before `term` ("invitation to attend the Beijing Olympics").
    static func futureBefore(_ term: String, in lowered: LoweredText) -> Bool {
        guard let at = lowered.find(Array(term.utf8)) else { return false }
        let window = LoweredText(bytes: Array(lowered.bytes[max(0, at - 60)..<at]))
        return hasFutureCue(window)
    }

    static let futureCueBytes = futureCues.map { Array($0.utf8) }

    /// `futureCueBytes` by their first byte, so one pass over a sentence tries only the cues that
    /// could start at each byte (thirteen searches per sentence cost more than the calendar).
    private static let futureCuesByFirstByte: [[[UInt8]]] = {
        var table = [[[UInt8]]](repeating: [], count: 256)
        for cue in futureCueBytes { table[Int(cue[0])].append(cue) }
        return table
    }()

    /// The first two bytes of every future cue (all have at least two), as a 65,536-bit set: most
    /// bytes of a sentence start no cue pair, and one bit test turns them away before the table.
    private static let futureCuePairs: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: 1024)
        for cue in futureCueBytes {
            let pair = Int(cue[0]) << 8 | Int(cue[1])
            bits[pair >> 6] |= 1 << UInt64(pair & 63)
        }
        return bits
    }()

    /// Whether any future cue occurs in `lowered` (same answer as searching for each in turn).
    static func hasFutureCue(_ lowered: LoweredText) -> Bool {
        let table = futureCuesByFirstByte
        return lowered.bytes.withUnsafeBufferPointer { bytes in
            futureCuePairs.withUnsafeBufferPointer { pairs in
                // Every cue is two bytes or longer: a cue starts only where its pair does.
                let n = bytes.count
                var i = 0
                while i + 1 < n {
                    defer { i += 1 }
                    let pair = Int(bytes[i]) << 8 | Int(bytes[i + 1])
                    if pairs[pair >> 6] & (1 << UInt64(pair & 63)) == 0 { continue }
                    for cue in table[Int(bytes[i])] where cue.count <= n - i {
                        var k = 1
                        while k < cue.count, bytes[i + k] == cue[k] { k += 1 }
                        if k == cue.count { return true }
                    }
                }
                return false
            }
        }
    }

    static let futureCues = ["will ", "'ll ", "to attend", "invitation", "ahead of", "upcoming", "expected to",
                             "plans to", "scheduled", "hopes to", "preparing for", "due to", "set to"]

    /// The weekday the sentence names without "last"/"next" ("on Tuesday", "Tuesday's call").
    var weekday: (day: Int, text: String)? { weekday(includingFuture: false) }

    func weekday(includingFuture: Bool) -> (day: Int, text: String)? {
        for t in timexes where includingFuture || t.tense != .future {
            switch t.match.meaning {
            case .weekday(let d, nil): return (d, t.text)
            case .partOfDay(_, .weekday(let d, nil)?): return (d, t.text)
            default: continue
            }
        }
        return nil
    }

    /// A relative expression tying the sentence's event to the writing time ("last week", "yesterday").
    var relation: (kind: String, text: String)? {
        for t in timexes {
            switch t.match.meaning {
            case .dayOffset(-1), .partOfDay(_, .dayOffset(-1)?): return ("yesterday", t.text)
            case .relativeUnit("W", -1): return ("last week", t.text)
            case .relativeUnit("W", 0): return ("this week", t.text)
            case .relativeUnit("M", -1): return ("last month", t.text)
            default: continue
            }
        }
        if lowered.contains(Self.hoursAfter) || lowered.contains(Self.hoursBefore) { return ("hours", "hours after") }
        return nil
    }

    /// The needles of `relation`, made once: it is asked several times of every sentence.
    private static let hoursAfter = Array("hours after".utf8), hoursBefore = Array("hours before".utf8)
}
