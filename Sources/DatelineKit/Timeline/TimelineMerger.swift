/// Cross-document merging: each new report joins the timeline entry it describes, or starts one.
/// Candidates come from the key index (`TimelineKeys`), so the work per report does not grow with
/// the size of the timeline. `TimelineMerger` keeps the timeline in memory (evaluation, tests);
/// the SQLite store runs the same rules on its tables inside the storing transaction.
///
/// ```swift
/// var timeline = TimelineMerger()
/// for document in annotatedDocuments { timeline.add(document) }
/// for entry in timeline.entries.sorted(by: TimelineQuery.chronological) { print(entry.type, entry.reportCount) }
/// ```
public struct TimelineMerger: Sendable {
    public private(set) var entries: [TimelineEntry] = []
    private var index: [String: [Int]] = [:]

    public init() {}

    /// Adds every event of a document; returns the entry id each event joined, in event order.
    @discardableResult
    public mutating func add(_ annotated: AnnotatedDocument) -> [Int64] {
        annotated.layers.events.map { add(TimelineReport(event: $0, document: annotated.document)) }
    }

    public mutating func add(_ report: TimelineReport) -> Int64 {
        let candidates = Set(TimelineKeys.lookup(report).flatMap { index[$0] ?? [] }).sorted()
        if let best = Self.best(for: report, among: candidates.map { entries[$0] }) {
            let position = candidates.first { entries[$0].id == best }!
            entries[position].absorb(report)
            file(position)
            return best
        }
        entries.append(TimelineEntry(id: Int64(entries.count + 1), first: report))
        file(entries.count - 1)
        return Int64(entries.count)
    }

    private mutating func file(_ position: Int) {
        for key in TimelineKeys.filing(entries[position]) where !(index[key]?.contains(position) ?? false) {
            index[key, default: []].append(position)
        }
    }

    /// The candidate that accepts the report, preferring the most shared people, then the nearest date.
    public static func best(for report: TimelineReport, among candidates: [TimelineEntry]) -> Int64? {
        let reportDay = report.date.flatMap { DayNumber.firstDay(of: $0.value) } ?? 0
        return candidates.filter { $0.accepts(report) }.min { a, b in
            let sa = a.actorKeys.intersection(report.actorKeys).count, sb = b.actorKeys.intersection(report.actorKeys).count
            if sa != sb { return sa > sb }
            let da = abs((a.date.flatMap { DayNumber.firstDay(of: $0.value) } ?? 0) - reportDay)
            let db = abs((b.date.flatMap { DayNumber.firstDay(of: $0.value) } ?? 0) - reportDay)
            return da != db ? da < db : a.id < b.id
        }?.id
    }
}
