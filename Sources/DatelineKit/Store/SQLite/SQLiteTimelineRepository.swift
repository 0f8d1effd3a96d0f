import Foundation
import GRDB

/// The timeline's tables (migration "v5-timeline"), reached inside a caller's transaction: a new
/// report finds its candidate entries through `timeline_keys`, joins the one that accepts it
/// (`TimelineMerger.best`) or starts an entry. Each report costs a bounded number of indexed
/// lookups, whatever the number of stored articles.
struct SQLiteTimelineRepository {
    let db: Database

    static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()

    /// Files one report; returns the id of the entry it joined or started.
    @discardableResult
    func add(_ report: TimelineReport) throws -> Int64 {
        let keys = TimelineKeys.lookup(report)
        var candidates: [TimelineEntry] = []
        if !keys.isEmpty {
            let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ",")
            candidates = try String.fetchAll(db, sql: """
                SELECT entry_json FROM timeline_entries WHERE id IN
                    (SELECT DISTINCT entry FROM timeline_keys WHERE key IN (\(placeholders)))
                """, arguments: StatementArguments(keys)).compactMap(Self.entry)
        }
        var entry: TimelineEntry
        if let id = TimelineMerger.best(for: report, among: candidates), let existing = candidates.first(where: { $0.id == id }) {
            entry = existing
            entry.absorb(report)
            try save(entry, isNew: false)
        } else {
            try db.execute(sql: "INSERT INTO timeline_entries (family, type, background, reports, entry_json) VALUES ('', '', 0, 0, '')")
            entry = TimelineEntry(id: db.lastInsertedRowID, first: report)
            try save(entry, isNew: true)
        }
        try db.execute(sql: "INSERT INTO timeline_reports (entry, document, event_id, report_json) VALUES (?, ?, ?, ?)",
                       arguments: [entry.id, report.document, report.eventID, try Self.json(report)])
        return entry.id
    }

    /// Writes the entry's summary (reports live in their own table), its index keys and people.
    private func save(_ entry: TimelineEntry, isNew: Bool) throws {
        var summary = entry
        summary.reports = []
        try db.execute(sql: """
            UPDATE timeline_entries SET family = ?, type = ?, date_value = ?, date_start = ?, background = ?, reports = ?, entry_json = ?
            WHERE id = ?
            """, arguments: [entry.family, entry.type, entry.date?.value, entry.date.flatMap { DayNumber.firstDay(of: $0.value) },
                             entry.background, entry.reportCount, try Self.json(summary), entry.id])
        for key in TimelineKeys.filing(entry) {
            try db.execute(sql: "INSERT OR IGNORE INTO timeline_keys (key, entry) VALUES (?, ?)", arguments: [key, entry.id])
        }
        for participant in entry.participants {
            try db.execute(sql: "INSERT OR IGNORE INTO timeline_participants (entry, entity_key, entity_id, name) VALUES (?, ?, ?, ?)",
                           arguments: [entry.id, participant.key, participant.id, participant.name])
        }
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func entry(_ json: String) -> TimelineEntry? {
        try? JSONDecoder().decode(TimelineEntry.self, from: Data(json.utf8))
    }

    static func report(_ json: String) -> TimelineReport? {
        try? JSONDecoder().decode(TimelineReport.self, from: Data(json.utf8))
    }

    /// Entries matching the query, chronological, each with its reports.
    func entries(_ query: TimelineQuery) throws -> [TimelineEntry] {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        for actor in query.actors {
            conditions.append("""
                id IN (SELECT entry FROM timeline_participants WHERE entity_id = ? OR entity_key = ? OR name LIKE ?)
                """)
            arguments += [actor, actor, "%\(actor)%"]
        }
        if let from = query.from, let day = DayNumber.firstDay(of: from) {
            // An entry dated "2024" starts before "2024-05" yet overlaps it: the Swift filter decides.
            conditions.append("(date_start IS NULL OR date_start >= ?)")
            arguments.append(day - 3660)
        }
        if let to = query.to, let day = DayNumber.lastDay(of: to) {
            conditions.append("(date_start IS NULL OR date_start <= ?)")
            arguments.append(day)
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        var entries = try String.fetchAll(db, sql: "SELECT entry_json FROM timeline_entries \(filter) ORDER BY date_start, id",
                                          arguments: StatementArguments(arguments)).compactMap(Self.entry)
        entries = entries.filter(query.matches).sorted(by: TimelineQuery.chronological)
        entries = Array(entries.prefix(query.limit))
        for i in entries.indices {
            entries[i].reports = try String.fetchAll(db, sql: "SELECT report_json FROM timeline_reports WHERE entry = ? ORDER BY number",
                                                     arguments: [entries[i].id]).compactMap(Self.report)
        }
        return entries
    }

    /// The events stored for one document (or for all, newest documents first), as reports.
    func reports(document: String?, limit: Int) throws -> [(entry: Int64, report: TimelineReport)] {
        let filter = document == nil ? "" : "WHERE r.document = ?"
        return try Row.fetchAll(db, sql: """
            SELECT r.entry, r.report_json FROM timeline_reports r JOIN documents d ON d.id = r.document \(filter)
            ORDER BY d.published IS NULL, d.published DESC, d.number DESC, r.number LIMIT ?
            """, arguments: StatementArguments((document.map { [$0] } ?? []) as [any DatabaseValueConvertible] + [limit])).compactMap { row in
            Self.report(row["report_json"]).map { (row["entry"], $0) }
        }
    }
}

/// Fills the timeline from a stored document's events, inside the storing transaction.
public struct EventTimelineIndex: LayerIndex {
    public init() {}

    public func index(_ stored: AnnotatedDocument, in db: Database) throws {
        let repository = SQLiteTimelineRepository(db: db)
        for event in stored.layers.events {
            try repository.add(TimelineReport(event: event, document: stored.document))
        }
    }
}

/// Stores that keep the cross-document timeline.
public protocol TimelineStore {
    func timeline(_ query: TimelineQuery) throws -> [TimelineEntry]
    /// Each stored event with the id of the timeline entry it joined.
    func events(document: String?, limit: Int) throws -> [(entry: Int64, report: TimelineReport)]
}

extension SQLiteStore: TimelineStore {
    public func timeline(_ query: TimelineQuery) throws -> [TimelineEntry] {
        try pool.read { db in try SQLiteTimelineRepository(db: db).entries(query) }
    }

    public func events(document: String?, limit: Int) throws -> [(entry: Int64, report: TimelineReport)] {
        try pool.read { db in try SQLiteTimelineRepository(db: db).reports(document: document, limit: limit) }
    }
}
