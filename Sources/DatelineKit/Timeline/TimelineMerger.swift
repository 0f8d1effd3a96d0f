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
        let candidates = Array(Set(TimelineKeys.lookup(report).flatMap { index[$0] ?? [] }).sorted().suffix(SQLiteTimelineRepository.candidateLimit))
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
    /// The report's people and day are read once; each candidate's once (up to 64 per report).
    public static func best(for report: TimelineReport, among candidates: [TimelineEntry]) -> Int64? {
        let reportKeys = report.actorKeys
        let reportDay = report.date.flatMap { DayNumber.firstDay(of: $0.value) } ?? 0
        var best: (shared: Int, distance: Int, id: Int64)?
        for candidate in candidates {
            let keys = candidate.actorKeys
            guard candidate.accepts(report, keys: keys, reportKeys: reportKeys) else { continue }
            let shared = keys.intersection(reportKeys).count
            let distance = abs((candidate.date.flatMap { DayNumber.firstDay(of: $0.value) } ?? 0) - reportDay)
            if let b = best, (b.shared, -b.distance, -b.id) >= (shared, -distance, -candidate.id) { continue }
            best = (shared, distance, candidate.id)
        }
        return best?.id
    }
}
