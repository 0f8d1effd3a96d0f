import Foundation
import GRDB

/// The timeline's tables (migration "v5-timeline"), reached inside a caller's transaction: a new
/// report finds its candidate entries through `timeline_keys`, joins the one that accepts it
/// (`TimelineMerger.best`) or starts an entry. Each report costs a bounded number of indexed
/// lookups, whatever the number of stored articles.
struct SQLiteTimelineRepository {
    let db: Database
    /// Entries read or changed in the current storing transaction; summaries are written back by
    /// `saveDeferred()` before it commits.
    var batch = IndexingBatch()
    static let candidateLimit = 64
    /// The most index rows one name's lookups read (`TimelineMerger`, in memory, reads them all:
    /// the two differ only for a name with more entries than this in one lookup's days).
    static let scanLimit = 1024

    /// Files one report; returns the id of the entry it joined or started.
    @discardableResult
    func add(_ report: TimelineReport) throws -> Int64 {
        let reportKeys = report.actorKeys
        let ids = try candidateIDs(TimelineKeys.lookup(report, keys: reportKeys))
        var entry: TimelineEntry
        var before: TimelineEntry?
        if let existing = try best(for: TimelineMergeProbe(report, keys: reportKeys), among: ids) {
            entry = existing
            entry.absorb(report)
            before = existing
        } else {
            try DirectBinding(db.cachedStatement(sql: "INSERT INTO timeline_entries (family, type, background, reports, entry_json) VALUES ('', '', 0, 0, '')"))
                .run(in: db)
            entry = TimelineEntry(id: db.lastInsertedRowID, first: report)
        }
        // Merging needs only the summary; the reports have their own table.
        entry.reports = []
        batch.timelineEntries[entry.id] = entry
        // Three merges in four repeat what the entry holds: only its count changes, and readers
        // count the reports themselves (`entries(_:)`). Leaving such a row alone keeps its page
        // clean — an old entry's page is one of many 16 KB pages a batch would otherwise write to
        // the WAL and again at the checkpoint, for a few changed bytes.
        if before.map({ entry.differsBeyondCount(from: $0) }) ?? true {
            batch.unsavedTimelineEntries.insert(entry.id)
        }
        try file(entry, filedBefore: before)
        var row = DirectBinding(try db.cachedStatement(sql: "INSERT INTO timeline_reports (entry, document, event_id, report_json) VALUES (?, ?, ?, ?)"))
        row.bind(entry.id)
        row.bind(report.document)
        row.bind(report.eventID)
        row.bind(TimelineReportBlob.encode(report))
        try row.run(in: db)
        return entry.id
    }

    /// The newest `candidateLimit` entries whose rows match any lookup — an actor pair with
    /// thousands of events in one week must not make each new report slower than the last. The
    /// transaction sees its own rows, so an entry filed by this batch is found like any other.
    private func candidateIDs(_ lookups: [TimelineKeys.Lookup]) throws -> [Int64] {
        guard !lookups.isEmpty else { return [] }
        // A name's lookups (one per kind of date) go in one statement: one step loop instead of
        // five. Newest first is sorted here: `ORDER BY` over a `UNION ALL` made SQLite sort each
        // part in a temporary B-tree of its own, ten times the cost of the lookups themselves.
        // `scanLimit` still bounds the rows one name can make a report read.
        // Keys known to have no rows are left out: they would add nothing, wherever they stood.
        let perName = TimelineKeys.lookupsPerName
        let memory = batch.rememberedIsCurrent ? batch.remembered : nil
        // Current only with the memory (`IndexingBatch.checkMemory(dataVersion:)` starts both).
        let held = batch.timelineKeys
        var ids: [Int64] = []
        var used: [TimelineKeys.Lookup] = []
        used.reserveCapacity(perName)
        for start in stride(from: 0, to: lookups.count, by: perName) {
            used.removeAll(keepingCapacity: true)
            let name = lookups[start..<(start + perName)]
            if let memory, let stem = name.first?.stem {
                let known = memory.keys(stem: stem)
                // With the rows held, reading a key's rows once tells whether it has any.
                for lookup in name where try !(known.isEmpty(lookup.kind) ?? (held == nil && isEmpty(lookup, memory))) {
                    used.append(lookup)
                }
            } else {
                used.append(contentsOf: name)
            }
            guard !used.isEmpty else { continue }
            if let held, let memory {
                var taken = 0
                for lookup in used where !held.postings.scan(lookup, limit: Self.scanLimit, taken: &taken, into: &ids) {
                    let rows = try keyRows(lookup.key)
                    memory.learned(lookup, isEmpty: rows.count == 0)
                    guard rows.count > 0 else { continue }
                    held.postings.read(stem: lookup.stem, kind: lookup.kind, rows, transaction: held.transaction)
                    rows.scan(lookup, limit: Self.scanLimit, taken: &taken, into: &ids)
                }
                continue
            }
            var binding = DirectBinding(try db.cachedStatement(sql: Self.lookupSQL[used.count - 1]))
            for lookup in used {
                binding.bind(lookup.key)
                binding.bind(lookup.firstDays.lowerBound)
                binding.bind(lookup.firstDays.upperBound)
                binding.bind(lookup.lastDayFrom)
            }
            try binding.integers(in: db) { ids.append($0) }
        }
        // Newest first, each once: an entry filed under several of the names comes back for each.
        ids.sort(by: >)
        var newest: [Int64] = []
        newest.reserveCapacity(min(ids.count, Self.candidateLimit))
        for id in ids where newest.last != id {
            newest.append(id)
            if newest.count == Self.candidateLimit { break }
        }
        return newest
    }

    /// The lookup of one to `lookupsPerName` keys, by count less one. Each key is looked up in
    /// both parts of the index (`SettlingTable.timelineKeys`), the recent one first, with the
    /// same four numbered parameters.
    private static let lookupSQL: [String] = (1...TimelineKeys.lookupsPerName).map { count in
        (0..<count).map { i in
            let (key, from, to, last) = (4 * i + 1, 4 * i + 2, 4 * i + 3, 4 * i + 4)
            return ["timeline_keys_recent", "timeline_keys"].map { table in
                "SELECT entry FROM \(table) WHERE key = ?\(key) AND first_day BETWEEN ?\(from) AND ?\(to) AND last_day >= ?\(last)"
            }.joined(separator: " UNION ALL ")
        }.joined(separator: " UNION ALL ") + " LIMIT \(scanLimit)"
    }

    /// Every row under a key, from both parts of the index, each part in key order.
    private func keyRows(_ key: String) throws -> TimelineKeyPostings.Rows {
        var rows = TimelineKeyPostings.Rows()
        var read = DirectBinding(try db.cachedStatement(sql: """
            SELECT first_day, last_day, entry, 0 FROM timeline_keys_recent WHERE key = ?1
            UNION ALL SELECT first_day, last_day, entry, 1 FROM timeline_keys WHERE key = ?1
            """))
        read.bind(key)
        try read.integerRows(in: db) { column in
            let posting = TimelineKeyPostings.Posting(firstDay: Int(column(0)), lastDay: Int(column(1)), entry: column(2))
            if column(3) == 0 { rows.recent.append(posting) } else { rows.settled.append(posting) }
        }
        return rows
    }

    /// Whether a key the store's memory does not know yet has no rows, read once to learn it.
    private func isEmpty(_ lookup: TimelineKeys.Lookup, _ memory: TimelineEntryMemory) throws -> Bool {
        var probe = DirectBinding(try db.cachedStatement(sql: """
            SELECT 1 FROM timeline_keys_recent WHERE key = ?1 UNION ALL SELECT 1 FROM timeline_keys WHERE key = ?1 LIMIT 1
            """))
        probe.bind(lookup.key)
        var found = false
        try probe.integers(in: db) { _ in found = true }
        memory.learned(lookup, isEmpty: !found)
        return !found
    }

    /// The summary of the candidate the report joins (`TimelineMerger.best`'s choice), if any.
    /// Candidates are tested where they are: an entry of this transaction on its summary, one
    /// the store's memory holds (once checked against other writers,
    /// `IndexingBatch.checkMemory(dataVersion:)`) on its sketch, without copying it out; any
    /// other is decoded from its row and kept for the rest of the transaction. Only the chosen
    /// entry is copied.
    private func best(for probe: TimelineMergeProbe, among ids: [Int64]) throws -> TimelineEntry? {
        guard !ids.isEmpty else { return nil }
        var choice = TimelineMergeChoice()
        var elsewhere: [Int64] = []
        for id in ids {
            if let known = batch.timelineEntries[id] {
                choice.consider(probe.fit(known), id: id)
            } else {
                elsewhere.append(id)
            }
        }
        let memory = batch.rememberedIsCurrent ? batch.remembered : nil
        if !elsewhere.isEmpty, let memory {
            elsewhere = memory.consider(elsewhere, for: probe, into: &choice)
        }
        for id in elsewhere {
            guard let entry = try stored(id) else { continue }
            batch.timelineEntries[id] = entry
            choice.consider(probe.fit(entry), id: id)
        }
        guard let id = choice.id else { return nil }
        if let known = batch.timelineEntries[id] ?? memory?.entry(id) { return known }
        // Forgotten since it was considered (another thread's batch made the memory drop it).
        return try stored(id)
    }

    /// An entry's summary decoded from its row; nil when there is no row or it cannot be read.
    private func stored(_ id: Int64) throws -> TimelineEntry? {
        let summary = try db.cachedStatement(sql: "SELECT summary, entry_json FROM timeline_entries WHERE id = ?")
        // The row is read in place: its columns become values only when they must be decoded.
        let rows = try Row.fetchCursor(summary, arguments: [id])
        guard let row = try rows.next() else { return nil }
        let entry = try Self.summary(row)
        withExtendedLifetime(rows) {}
        return entry
    }

    /// Files the entry under its index rows and people, at once: the next report's lookup needs
    /// them. An entry that absorbed a report changes only what the report changed (a new person, a
    /// sharper date): most reports repeat what their entry already holds, and rows its old date
    /// or people no longer match are dropped.
    private func file(_ entry: TimelineEntry, filedBefore before: TimelineEntry?) throws {
        // Its rows follow from the family (never changed by a report), the date and the people
        // (only ever added to): a report that brought neither leaves every row as it was.
        if let before, before.date?.value == entry.date?.value, before.datedByText == entry.datedByText,
           before.participants.count == entry.participants.count {
            return
        }
        let filed = before.map(TimelineKeys.filing) ?? []
        let now = TimelineKeys.filing(entry)
        if !filed.isEmpty {
            // From whichever part of the index holds the row (`SettlingTable.timelineKeys`).
            let drops = try ["timeline_keys_recent", "timeline_keys"].map { table in
                try db.cachedStatement(sql: "DELETE FROM \(table) WHERE key = ? AND first_day = ? AND entry = ?")
            }
            for old in filed where !now.contains(old) {
                batch.remembered?.dropped(old.key)
                if let held = batch.timelineKeys { held.postings.dropped(old, entry: entry.id, transaction: held.transaction) }
                for drop in drops {
                    var row = DirectBinding(drop)
                    row.bind(old.key)
                    row.bind(old.firstDay)
                    row.bind(entry.id)
                    try row.run(in: db)
                }
            }
        }
        // New rows go to the recent part of the index, which settles in ordered passes.
        let key = try db.cachedStatement(sql: "INSERT OR REPLACE INTO timeline_keys_recent (key, first_day, last_day, entry) VALUES (?, ?, ?, ?)")
        let held = batch.timelineKeys
        for filing in now where !filed.contains(filing) {
            if let held, let memory = batch.remembered {
                // A key known to have had no rows now has this one alone: held without a read.
                let wasEmpty = TimelineEntryMemory.split(filing.key).map { memory.keys(stem: $0.stem).isEmpty($0.kind) == true } ?? false
                held.postings.filed(filing, entry: entry.id, wasEmpty: wasEmpty, transaction: held.transaction)
            }
            batch.remembered?.filed(filing.key)
            var row = DirectBinding(key)
            row.bind(filing.key)
            row.bind(filing.firstDay)
            row.bind(filing.lastDay)
            row.bind(entry.id)
            try row.run(in: db)
        }
        let filedPeople = before?.participants.count ?? 0
        guard entry.participants.count > filedPeople else { return }
        let participant = try db.cachedStatement(sql: """
            INSERT OR IGNORE INTO timeline_participants (entry, entity_key, entity_id, name) VALUES (?, ?, ?, ?)
            """)
        // A report adds people after those already filed (`TimelineEntry.absorb`).
        for person in entry.participants[filedPeople...] {
            var row = DirectBinding(participant)
            row.bind(entry.id)
            row.bind(person.key)
            row.bind(person.id)
            row.bind(person.name)
            try row.run(in: db)
        }
    }

    /// An entry's summary from its row: the compact blob, or the JSON of a row written before
    /// the blob column existed.
    static func summary(_ row: Row) throws -> TimelineEntry? {
        if let blob = row.dataNoCopy(named: "summary") { return try TimelineEntryBlob.decode([UInt8](blob)) }
        return entry(row["entry_json"])
    }

    /// Writes the summaries of the entries changed in this transaction, each once. The summary is
    /// the entry's only copy: `entry_json` (empty here) is read only for rows written before it.
    /// Its report count (and the `reports` column) is the count when the summary last changed: a
    /// report that changes nothing else leaves the row as it was; the reports are counted from
    /// `timeline_reports` when an entry is read.
    func saveDeferred() throws {
        guard !batch.unsavedTimelineEntries.isEmpty else { return }
        let update = try db.cachedStatement(sql: """
            UPDATE timeline_entries SET family = ?, type = ?, date_value = ?, date_start = ?, background = ?, reports = ?, entry_json = '',
                summary = ?
            WHERE id = ?
            """)
        for id in batch.unsavedTimelineEntries.sorted() {
            guard let entry = batch.timelineEntries[id] else { continue }
            var row = DirectBinding(update)
            row.bind(entry.family)
            row.bind(entry.type)
            row.bind(entry.date?.value)
            // Left unbound, a parameter is NULL.
            if let start = entry.date.flatMap({ DayNumber.firstDay(of: $0.value) }) { row.bind(start) } else { row.bind(nil as String?) }
            row.bind(entry.background ? 1 : 0)
            row.bind(entry.reportCount)
            row.bind(TimelineEntryBlob.encode(entry))
            row.bind(entry.id)
            try row.run(in: db)
        }
        batch.unsavedTimelineEntries.removeAll()
    }

    static func json<T: Encodable>(_ value: T) throws -> String {
        try StreamingJSONEncoder.string(value)
    }

    static func entry(_ json: String) -> TimelineEntry? {
        try? JSONDecoder().decode(TimelineEntry.self, from: Data(json.utf8))
    }

    static func report(_ json: String) -> TimelineReport? {
        try? JSONDecoder().decode(TimelineReport.self, from: Data(json.utf8))
    }

    /// A `report_json` value: the compact blob (`TimelineReportBlob`), or the JSON text of a row
    /// written before the blob existed. Undecodable rows are skipped, as undecodable JSON was.
    static func report(_ value: DatabaseValue) -> TimelineReport? {
        switch value.storage {
        case .blob(let data): try? TimelineReportBlob.decode([UInt8](data))
        case .string(let json): report(json)
        default: nil
        }
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
        var entries = try Row.fetchAll(db, sql: "SELECT summary, entry_json FROM timeline_entries \(filter) ORDER BY date_start, id",
                                       arguments: StatementArguments(arguments)).compactMap { try Self.summary($0) }
        entries = entries.filter(query.matches).sorted(by: TimelineQuery.chronological)
        entries = Array(entries.prefix(query.limit))
        for i in entries.indices {
            let rows = try DatabaseValue.fetchAll(db, sql: "SELECT report_json FROM timeline_reports WHERE entry = ? ORDER BY number",
                                                  arguments: [entries[i].id])
            entries[i].reports = rows.compactMap(Self.report)
            // The stored count is the one the summary had when it last changed (`add`).
            entries[i].reportCount = rows.count
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
            Self.report(row["report_json"] as DatabaseValue).map { (row["entry"], $0) }
        }
    }
}

/// Fills the timeline from a stored document's events, inside the storing transaction.
public struct EventTimelineIndex: LayerIndex {
    public init() {}

    public func index(_ stored: AnnotatedDocument, in db: Database) throws {
        let batch = IndexingBatch()
        try index(stored, in: db, batch: batch)
        try batch.finish(in: db)
    }

    public func index(_ stored: AnnotatedDocument, in db: Database, batch: IndexingBatch) throws {
        guard !stored.layers.events.isEmpty else { return }
        let repository = SQLiteTimelineRepository(db: db, batch: batch)
        let offsets = TextOffsets(stored.document.text)
        for event in stored.layers.events {
            try repository.add(TimelineReport(event: event, document: stored.document, offsets: offsets))
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
