/// When an event happened: the time expression attached to it in its sentence, else the publication
/// date, labelled as the fallback it is.
struct EventDating {
    /// A timex placed on the sentence's words, with its calendar value already checked.
    struct PlacedTimex {
        var words: Range<Int>
        var timex: Timex
        var date: EventDate
    }

    /// The calendar part of a TIMEX3 value ("2025-01-21", "2025-01-21TEV" → day; "2025-01" → month;
    /// "2025" → year; "201" → decade). Durations, sets and unresolved values ("XXXX-10") give nil.
    static func calendarDate(_ value: String) -> (value: String, precision: DatePrecision)? {
        let scalars = Array(value.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.upperBound <= scalars.count && r.allSatisfy { scalars[$0] >= 48 && scalars[$0] <= 57 } }
        guard digits(0..<3) else { return nil }
        if scalars.count == 3 { return (value, .decade) }
        guard digits(3..<4) else { return nil }
        if scalars.count == 4 { return (value, .year) }
        guard scalars.count >= 7, scalars[4] == UInt8(ascii: "-"), digits(5..<7) else { return nil }
        if scalars.count == 7 { return (value, .month) }
        guard scalars.count >= 10, scalars[7] == UInt8(ascii: "-"), digits(8..<10) else { return nil }
        return (String(value.prefix(10)), .day)
    }

    /// The date of the trigger at word `trigger`: a timex in the trigger's clause (nearest first),
    /// else one in the sentence outside subordinate clauses ("since …", "after …"), else nil.
    static func date(for trigger: Int, in sentence: SentenceWords, timexes: [PlacedTimex]) -> PlacedTimex? {
        let usable = timexes.filter { isEventDate($0, sentence.words) }
        guard !usable.isEmpty else { return nil }
        let clause = sentence.clause(around: trigger)
        let inClause = usable.filter { clause.contains($0.words.lowerBound) }
        if let nearest = inClause.min(by: { distance($0.words, trigger) < distance($1.words, trigger) }) { return nearest }
        let governing = usable.filter { !opensSubordinateClause(sentence, at: $0.words.lowerBound) }
        return governing.min(by: { distance($0.words, trigger) < distance($1.words, trigger) })
    }

    private static func distance(_ words: Range<Int>, _ index: Int) -> Int {
        words.lowerBound > index ? words.lowerBound - index : index - words.upperBound
    }

    /// "for the second time this year" counts occasions, "since 2013" opens a period: neither
    /// dates the event.
    static func isEventDate(_ placed: PlacedTimex, _ words: [SentenceWords.Word]) -> Bool {
        let start = placed.words.lowerBound
        guard start > 0 else { return true }
        let before = words[start - 1].text
        if before == "since" || before == "until" || before == "till" { return false }
        if before == "time" || before == "times" { return false }
        if start > 1, words[start - 1].text == "the", ["since", "until"].contains(words[start - 2].text) { return false }
        return true
    }

    /// Whether the clause holding word `index` opens with a subordinator: its dates belong to the
    /// subordinate event ("since his invasion of Ukraine in February 2022").
    static func opensSubordinateClause(_ sentence: SentenceWords, at index: Int) -> Bool {
        let clause = sentence.clause(around: index)
        for w in clause where w <= index {
            if ["since", "after", "before", "when", "whose", "which", "who", "while", "until"].contains(sentence.words[w].text) { return true }
        }
        return false
    }

    /// An event date from the publication date, with a basis that says it is the fallback.
    /// Whether `date` begins after the publication day.
    static func isAfter(_ date: EventDate, _ published: PublicationDate?) -> Bool {
        guard let published, let day = DayNumber.firstDay(of: String(published.value.prefix(10))), published.precision == .day,
              let first = DayNumber.firstDay(of: date.value) else { return false }
        return first > day
    }

    static func publicationFallback(_ published: PublicationDate?) -> EventDate? {
        guard let published else { return nil }
        return EventDate(value: published.value, precision: published.precision,
                         basis: "no date stated for the event: publication date \(published.value)")
    }

    /// Whether a date came from the publication-date fallback rather than from the text.
    static func isFallback(_ date: EventDate?) -> Bool {
        date?.basis?.hasPrefix("no date stated") ?? true
    }
}
