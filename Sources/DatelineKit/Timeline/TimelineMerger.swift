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
    /// Key → positions of the entries filed under it, with the days each was filed with.
    private var index: [String: [(position: Int, firstDay: Int, lastDay: Int)]] = [:]

    public init() {}

    /// Adds every event of a document; returns the entry id each event joined, in event order.
    @discardableResult
    public mutating func add(_ annotated: AnnotatedDocument) -> [Int64] {
        guard !annotated.layers.events.isEmpty else { return [] }
        let offsets = TextOffsets(annotated.document.text)
        return annotated.layers.events.map { add(TimelineReport(event: $0, document: annotated.document, offsets: offsets)) }
    }

    public mutating func add(_ report: TimelineReport) -> Int64 {
        var found: Set<Int> = []
        for lookup in TimelineKeys.lookup(report) {
            for row in index[lookup.key] ?? [] where lookup.matches(firstDay: row.firstDay, lastDay: row.lastDay) {
                found.insert(row.position)
            }
        }
        let candidates = found.sorted().suffix(SQLiteTimelineRepository.candidateLimit)
        if let best = Self.best(for: report, among: candidates.map { entries[$0] }) {
            let position = candidates.first { entries[$0].id == best }!
            let before = TimelineKeys.filing(entries[position])
            entries[position].absorb(report)
            refile(position, from: before)
            return best
        }
        entries.append(TimelineEntry(id: Int64(entries.count + 1), first: report))
        refile(entries.count - 1, from: [])
        return Int64(entries.count)
    }

    /// Files the entry as it now is and drops the rows its old date or people no longer match —
    /// what the store does to its `timeline_keys`.
    private mutating func refile(_ position: Int, from before: [TimelineKeys.Filing]) {
        let now = TimelineKeys.filing(entries[position])
        for old in before where !now.contains(old) {
            index[old.key]?.removeAll { $0.position == position && $0.firstDay == old.firstDay }
        }
        for filing in now where !before.contains(filing) {
            index[filing.key, default: []].append((position, filing.firstDay, filing.lastDay))
        }
    }

    /// The candidate that accepts the report, preferring the most shared people, then the nearest date.
    /// The report's people and day are read once; each candidate's once (up to 64 per report).
    public static func best(for report: TimelineReport, among candidates: [TimelineEntry]) -> Int64? {
        best(for: report, keys: report.actorKeys, among: candidates)
    }

    /// `best(for:among:)` with the report's people already read. The report's side is read once
    /// (`TimelineMergeProbe`), and each candidate's people are counted without building sets.
    static func best(for report: TimelineReport, keys reportKeys: Set<String>, among candidates: [TimelineEntry]) -> Int64? {
        let probe = TimelineMergeProbe(report, keys: reportKeys)
        var choice = TimelineMergeChoice()
        for candidate in candidates { choice.consider(probe.fit(candidate), id: candidate.id) }
        return choice.id
    }
}
