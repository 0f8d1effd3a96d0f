/// Index keys that find the timeline entries a new report may join without scanning the store:
/// participant pair × date bucket ("Q15031|Q7747@2024-05"). An entry is filed under the bucket of
/// its date; a report looks in every bucket its date could share with an entry, so the lookup
/// costs the same at 100 or 100,000 stored articles.
public enum TimelineKeys {
    /// People beyond the first four add pairs, not precision.
    static let maxActors = 4

    static func pairs(_ keys: Set<String>) -> [String] {
        let sorted = keys.sorted().prefix(maxActors)
        guard sorted.count > 1 else { return sorted.map { $0 } }
        var pairs: [String] = []
        for (i, a) in sorted.enumerated() {
            for b in sorted.dropFirst(i + 1) { pairs.append(a + "|" + b) }
        }
        return pairs
    }

    /// The bucket an entry is filed under: its month, or its year or decade when that is all it knows.
    static func bucket(_ date: EventDate?) -> String {
        guard let date else { return "undated" }
        switch date.precision {
        case .day, .month: return String(date.value.prefix(7))
        case .year: return String(date.value.prefix(4))
        case .decade: return String(date.value.prefix(3))
        }
    }

    /// Keys an entry is filed under.
    public static func filing(_ entry: TimelineEntry) -> [String] {
        let bucket = bucket(entry.date)
        return names(entry.actorKeys, contact: TimelineFamily.isContact(entry.family)).map { $0 + "@" + bucket }
    }

    /// Pairs, and for contacts each person alone too: "Putin's call" must find "Putin and Xi's call".
    static func names(_ keys: Set<String>, contact: Bool) -> [String] {
        var names = pairs(keys)
        if contact && keys.count > 1 { names += keys.sorted().prefix(maxActors) }
        return names
    }

    /// Keys to look up for a report: buckets its date overlaps at every precision, and the month
    /// before when the date is a publication fallback or early in its month (a week's slack).
    public static func lookup(_ report: TimelineReport) -> [String] {
        var buckets: Set<String> = []
        if let date = report.date, let first = DayNumber.firstDay(of: date.value), let last = DayNumber.lastDay(of: date.value) {
            let start = DayNumber.date(first - 8), end = DayNumber.date(last + 1)
            for day in [start, DayNumber.date(first), end] {
                buckets.insert(String(day.prefix(7)))
                buckets.insert(String(day.prefix(4)))
                buckets.insert(String(day.prefix(3)))
            }
            if date.precision >= .year {
                // A year-precision report may join any month of that year.
                let year = date.value.prefix(4)
                for month in 1...12 { buckets.insert(year + (month < 10 ? "-0\(month)" : "-\(month)")) }
            }
        } else {
            buckets.insert("undated")
        }
        let pairs = names(report.actorKeys, contact: TimelineFamily.isContact(report.family))
        return pairs.flatMap { pair in buckets.sorted().map { pair + "@" + $0 } }
    }
}
