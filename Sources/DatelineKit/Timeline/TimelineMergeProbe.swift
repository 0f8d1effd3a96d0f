/// What merging reads of one report, read once for all its candidates: a report meets up to 64
/// stored entries, and `TimelineEntry.accepts` read the report's dates, publication day and
/// family test again for each, and built two sets of people per candidate. The answers are those
/// of `accepts` (the property test in `TimelineMergeProbeTests` holds the two together).
struct TimelineMergeProbe {
    let family: String
    let modality: ContactEvent.Modality
    let country: String?
    /// The report date's first and last day; nil when it has none or it cannot be read.
    let days: (first: Int, last: Int)?
    let dayPrecision: Bool
    let datedByText: Bool
    /// The first day of the publication ("2024-05-16T…" read by its date), for announcements.
    let publishedDay: Int?
    let contact: Bool
    /// The report's people (`TimelineReport.actorKeys`), each once.
    let keys: [String]

    init(_ report: TimelineReport, keys: Set<String>) {
        family = report.family
        modality = report.modality
        country = report.place?.country
        days = report.date.flatMap { DayNumber.days(of: $0.value) }
        dayPrecision = report.date?.precision == .day
        datedByText = report.datedByText
        publishedDay = report.published.flatMap { DayNumber.firstDay(of: String($0.prefix(10))) }
        contact = TimelineFamily.isContact(family)
        self.keys = Array(keys)
    }

    /// The day a candidate's distance is counted from (0 for an undated report, as before).
    var day: Int { days?.first ?? 0 }

    /// How a candidate that accepts the report ranks: the people it shares with the report, then
    /// the days between their first days.
    struct Fit {
        var shared: Int
        var distance: Int
    }

    /// `TimelineEntry.accepts` and the rank of an entry, or nil when it does not accept the report.
    func fit(_ entry: TimelineEntry) -> Fit? {
        guard entry.family == family else { return nil }
        let entryDays = entry.date.flatMap { DayNumber.days(of: $0.value) }
        let announced = entry.announcedOn.flatMap { DayNumber.firstDay(of: String($0.prefix(10))) }
        guard accepts(modality: entry.modality, days: entryDays, announcedDay: announced) else { return nil }
        if let a = entry.place?.country, let b = country, a != b { return nil }
        guard datesAgree(entryDays, dayPrecision: entry.date?.precision == .day, byText: entry.datedByText) else { return nil }
        let (mine, shared) = people(entry.participants)
        guard peopleAgree(mine: mine, shared: shared) else { return nil }
        return Fit(shared: shared, distance: abs((entryDays?.first ?? 0) - day))
    }

    /// The same modality, or an announcement of the event (`TimelineEntry.announces`): the entry's
    /// days and the day its plan was last announced are the entry's side.
    func accepts(modality entryModality: ContactEvent.Modality, days entryDays: (first: Int, last: Int)?, announcedDay: Int?) -> Bool {
        if modality == entryModality { return true }
        if modality == .planned && entryModality == .asserted {
            guard let written = publishedDay, let first = entryDays?.first else { return false }
            return written < first
        }
        if modality == .asserted && entryModality == .planned {
            guard let written = announcedDay, let first = days?.first else { return false }
            return written < first
        }
        return false
    }

    /// `TimelineEntry.datesAgree` with the entry's date as its days (nil: none or unreadable).
    func datesAgree(_ entryDays: (first: Int, last: Int)?, dayPrecision entryDayPrecision: Bool, byText: Bool) -> Bool {
        guard let (a0, a1) = entryDays, let (b0, b1) = days else { return false }
        if byText && datedByText {
            let slack = entryDayPrecision && dayPrecision ? 1 : 0
            return a0 <= b1 + slack && b0 <= a1 + slack
        }
        if !byText && !datedByText { return abs(a0 - b0) <= 7 }
        let (text0, text1, fallback) = byText ? (a0, a1, b0) : (b0, b1, a0)
        return text1 >= fallback - 7 && text0 <= fallback
    }

    /// `TimelineEntry.peopleAgree` from the entry's people counted once (`mine`) and those of them
    /// the report names (`shared`): a subset shares all of its own.
    func peopleAgree(mine: Int, shared: Int) -> Bool {
        let subset = shared == mine || shared == keys.count
        if contact { return shared >= min(2, min(mine, keys.count)) && subset }
        return shared > 0 && subset
    }

    /// The entry's people (`TimelineEntry.actorKeys`) counted each once, and how many of them the
    /// report names — without building either set.
    func people(_ participants: [EntityReference]) -> (mine: Int, shared: Int) {
        let persons = participants.contains { $0.kind == .person }
        var seen: [String] = []
        seen.reserveCapacity(participants.count)
        var shared = 0
        for participant in participants where !persons || participant.kind == .person {
            let key = participant.key
            guard !seen.contains(key) else { continue }
            seen.append(key)
            if keys.contains(key) { shared += 1 }
        }
        return (seen.count, shared)
    }
}

/// The best candidate so far: most shared people, then nearest first day, then lowest id.
struct TimelineMergeChoice {
    private(set) var best: (shared: Int, distance: Int, id: Int64)?

    var id: Int64? { best?.id }

    mutating func consider(_ fit: TimelineMergeProbe.Fit?, id: Int64) {
        guard let fit else { return }
        if let b = best, (b.shared, -b.distance, -b.id) >= (fit.shared, -fit.distance, -id) { return }
        best = (fit.shared, fit.distance, id)
    }
}
