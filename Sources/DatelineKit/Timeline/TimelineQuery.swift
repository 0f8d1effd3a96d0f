/// What `dateline timeline` asks for: entries with all the named actors, in a date range, of a type.
public struct TimelineQuery: Sendable {
    /// Each matches a participant's Wikidata id, entity key, or part of its name ("Putin").
    public var actors: [String]
    /// Inclusive bounds as TIMEX3 values ("2024", "2024-05", "2024-05-16").
    public var from: String?
    public var to: String?
    /// A Dateline type ("phone_call") or a PLOVER type ("SANCTION").
    public var type: String?
    /// Leave out background-only entries that no article reports as news.
    public var includeBackground: Bool
    public var limit: Int

    public init(actors: [String] = [], from: String? = nil, to: String? = nil, type: String? = nil,
                includeBackground: Bool = true, limit: Int = 1000) {
        self.actors = actors
        self.from = from
        self.to = to
        self.type = type
        self.includeBackground = includeBackground
        self.limit = limit
    }

    public func matches(_ entry: TimelineEntry) -> Bool {
        for actor in actors {
            let needle = actor.lowercased()
            guard entry.participants.contains(where: {
                $0.id == actor || $0.key == actor || $0.name.lowercased().contains(needle)
            }) else { return false }
        }
        if let type, entry.type != type, entry.plover?.caseInsensitiveCompare(type) != .orderedSame, entry.family != type { return false }
        if !includeBackground, entry.background { return false }
        let first = entry.date.flatMap { DayNumber.firstDay(of: $0.value) }
        let last = entry.date.flatMap { DayNumber.lastDay(of: $0.value) }
        if let from, let bound = DayNumber.firstDay(of: from) { guard let last, last >= bound else { return false } }
        if let to, let bound = DayNumber.lastDay(of: to) { guard let first, first <= bound else { return false } }
        return true
    }

    /// Earliest first; undated last; same start: the more precise first.
    public static func chronological(_ a: TimelineEntry, _ b: TimelineEntry) -> Bool {
        let da = a.date.flatMap { DayNumber.firstDay(of: $0.value) } ?? Int.max
        let db = b.date.flatMap { DayNumber.firstDay(of: $0.value) } ?? Int.max
        if da != db { return da < db }
        let pa = a.date?.precision ?? .decade, pb = b.date?.precision ?? .decade
        return pa != pb ? pa < pb : a.id < b.id
    }
}
