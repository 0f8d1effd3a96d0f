/// What one sentence says about when its article was written: the temporal expressions in it
/// with their tense, and the public events it mentions.
struct SentenceClues {
    var index: Int
    /// Lower-cased sentence with ’ as ', for calendar terms.
    var lowered: String
    /// The sentence as written (capitals mark names).
    var raw: String
    var timexes: [(match: TimexMatch, text: String, tense: SentenceTense)]
    var events: [(event: PublicEvent, terms: [String])]
    /// The sentence speaks of something still to come ("will", "to attend").
    var future: Bool

    /// The sentence speaks of this event as still to come: a future cue shortly before its terms.
    /// Wars and deaths are never scheduled: "will discuss the war in Ukraine" speaks of a war under way.
    func isFuture(_ event: PublicEvent, _ terms: [String]) -> Bool {
        event.kind != "turning_point" && terms.contains { Self.futureBefore($0, in: lowered) }
    }

    /// Whether a future cue comes shortly before `term` ("invitation to attend the Beijing Olympics").
    static func futureBefore(_ term: String, in lowered: String) -> Bool {
        guard let r = lowered.range(of: term) else { return false }
        let start = lowered.index(r.lowerBound, offsetBy: -60, limitedBy: lowered.startIndex) ?? lowered.startIndex
        let window = lowered[start..<r.lowerBound]
        return futureCues.contains { window.contains($0) }
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
        if lowered.contains("hours after") || lowered.contains("hours before") { return ("hours", "hours after") }
        return nil
    }
}
