/// Index keys that find the timeline entries a new report may join without scanning the store: a
/// participant pair and the kind of the entry's date ("in_person:Q15031|Q7747@d", a day from the
/// text), each row also holding the entry's first and last day. A report reads every key its people and family
/// could share with an entry, only the rows whose days overlap the days it could join, and only the
/// newest of those: the work per report is bounded by the events of those people in those weeks,
/// not by how many articles are stored.
public enum TimelineKeys {
    /// People beyond the first four add pairs, not precision.
    static let maxActors = 4
    /// Entries are filed by the precision of their date, so a lookup's day range stays tight: a
    /// row's first day lies at most `reach` days before its last.
    enum Tier: String, CaseIterable, Sendable {
        case day = "d", month = "m", year = "y", decade = "c"

        /// The tier of a date covering `first`…`last`, from the days themselves: a value's precision
        /// label could disagree with its form ("202" labelled a year), its days cannot.
        init(first: Int, last: Int) {
            // `DayNumber` spans are at most a decade's.
            self = Tier.allCases.first { last - first <= $0.reach } ?? .decade
        }

        /// The most days an entry of this tier covers, less one.
        var reach: Int {
            switch self {
            case .day: 0
            case .month: 30
            case .year: 365
            case .decade: 3652
            }
        }
    }

    /// One row of the index: entry filed under `key`, covering `firstDay`…`lastDay`.
    struct Filing: Hashable, Sendable {
        var key: String
        var firstDay: Int
        var lastDay: Int
    }

    /// One lookup: the rows under `key` whose first day lies in `firstDays` and whose last day is
    /// at least `lastDayFrom`.
    struct Lookup: Hashable, Sendable {
        /// The key but its last letter ("in_person:Q15031|Q7747@"): the same for a name's lookups,
        /// so a report builds one string per name and a key only for a lookup it runs.
        var stem: String
        /// The key's last letter, the kind of date, as its place in `suffixes`.
        var kind: Int
        var firstDays: ClosedRange<Int>
        var lastDayFrom: Int

        var key: String { stem + TimelineKeys.suffixes[kind] }

        func matches(firstDay: Int, lastDay: Int) -> Bool {
            firstDays.contains(firstDay) && lastDay >= lastDayFrom
        }
    }

    static func pairs(_ keys: Set<String>) -> [String] {
        let sorted = keys.sorted().prefix(maxActors)
        guard sorted.count > 1 else { return sorted.map { $0 } }
        var pairs: [String] = []
        for (i, a) in sorted.enumerated() {
            for b in sorted.dropFirst(i + 1) { pairs.append(a + "|" + b) }
        }
        return pairs
    }

    /// The names an entry with these people is filed under. Two or more people: their pairs, and
    /// for contacts each person as a member ("Q7747+"), so a report naming one of them ("Putin's
    /// call") finds the entry ("Putin and Xi's call"). One person: that person alone ("Q7747").
    /// Keys carry the family, so a key holds one kind of event.
    static func filingNames(_ keys: Set<String>, family: String) -> [String] {
        guard keys.count > 1 else { return Array(keys) }
        var names = pairs(keys)
        if TimelineFamily.isContact(family) { names += keys.sorted().prefix(maxActors).map { $0 + "+" } }
        return names
    }

    /// The names a report looks under: two or more people, their pairs, and for contacts each person
    /// alone (an entry naming one of them); one person, that person alone, and for contacts as a
    /// member of larger entries. A member key is never read by a report of several people: such
    /// an entry must share a pair with it to accept it.
    static func lookupNames(_ keys: Set<String>, family: String) -> [String] {
        if keys.count > 1 {
            var names = pairs(keys)
            if TimelineFamily.isContact(family) { names += keys.sorted().prefix(maxActors) }
            return names
        }
        guard let person = keys.first else { return [] }
        return TimelineFamily.isContact(family) ? [person, person + "+"] : [person]
    }

    /// The rows an entry is filed under; none while it is undated (an undated report joins nothing,
    /// so no lookup needs it). Entries dated by the text are filed by tier; entries dated by their
    /// publication (`datedByText` false) under "f", since only their first day counts.
    static func filing(_ entry: TimelineEntry) -> [Filing] {
        guard let date = entry.date, let days = DayNumber.days(of: date.value) else { return [] }
        let (first, last) = days
        let suffix = entry.datedByText ? Tier(first: first, last: last).rawValue : fallbackSuffix
        return filingNames(entry.actorKeys, family: entry.family).map {
            Filing(key: entry.family + ":" + $0 + "@" + suffix, firstDay: first, lastDay: last)
        }
    }

    static let fallbackSuffix = "f"
    /// Each key's last letter, in the order of a name's lookups: one per tier, then the fallback.
    static let suffixes = Tier.allCases.map(\.rawValue) + [fallbackSuffix]
    /// `lookup` gives each name this many lookups in a row: one per tier, then the fallback one.
    static let lookupsPerName = Tier.allCases.count + 1

    /// The lookups for a report: each key its people and family could share with an entry, for
    /// every tier of text-dated entries (an entry dated "2024" may accept a report dated
    /// 2024-05-06) and for publication-dated ones, each restricted to the days on which
    /// `TimelineEntry.datesAgree` can accept (the property test in `TimelineKeyTests` holds the two
    /// together). An undated report looks nowhere: it joins nothing.
    static func lookup(_ report: TimelineReport) -> [Lookup] {
        lookup(report, keys: report.actorKeys)
    }

    /// `lookup(_:)` with the report's people already read.
    static func lookup(_ report: TimelineReport, keys: Set<String>) -> [Lookup] {
        guard let date = report.date, let days = DayNumber.days(of: date.value) else { return [] }
        let (first, last) = days
        // Against text-dated entries: overlapping days (one day's slack between time zones) for a
        // text date; up to a week before a publication date. Against publication-dated entries:
        // their day within a week after a text date's days, or a week either side of a
        // publication date.
        let text: (from: Int, to: Int), fallback: ClosedRange<Int>
        if report.datedByText {
            text = (first - 1, last + 1)
            fallback = first...(last + 7)
        } else {
            text = (first - 7, first)
            fallback = (first - 7)...(first + 7)
        }
        let family = report.family
        let names = lookupNames(keys, family: family)
        var lookups: [Lookup] = []
        lookups.reserveCapacity(names.count * lookupsPerName)
        for name in names {
            let stem = family + ":" + name + "@"
            for (kind, tier) in Tier.allCases.enumerated() {
                lookups.append(Lookup(stem: stem, kind: kind, firstDays: (text.from - tier.reach)...text.to, lastDayFrom: text.from))
            }
            lookups.append(Lookup(stem: stem, kind: Tier.allCases.count, firstDays: fallback, lastDayFrom: fallback.lowerBound))
        }
        return lookups
    }
}
