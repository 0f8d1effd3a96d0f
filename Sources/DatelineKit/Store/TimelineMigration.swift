import GRDB

/// "v5-timeline": the cross-document timeline. `timeline_entries` holds one row per real event (its
/// best date, type, people, place), `timeline_reports` every article's report of it with evidence,
/// `timeline_keys` the participant-pair × date-bucket index that finds an event's candidate entries
/// without scanning, and `timeline_participants` who takes part, for `--actor` queries.
enum TimelineMigration {
    static func migrate(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE timeline_entries (
                id INTEGER PRIMARY KEY,
                family TEXT NOT NULL,
                type TEXT NOT NULL,
                date_value TEXT,
                date_start INTEGER,
                background INTEGER NOT NULL,
                reports INTEGER NOT NULL,
                entry_json TEXT NOT NULL
            );
            CREATE INDEX timeline_entries_by_date ON timeline_entries(date_start, id);
            CREATE TABLE timeline_reports (
                number INTEGER PRIMARY KEY,
                entry INTEGER NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE,
                document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                event_id TEXT NOT NULL,
                report_json TEXT NOT NULL
            );
            CREATE INDEX timeline_reports_by_entry ON timeline_reports(entry);
            CREATE INDEX timeline_reports_by_document ON timeline_reports(document);
            CREATE TABLE timeline_keys (
                key TEXT NOT NULL,
                entry INTEGER NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE,
                PRIMARY KEY (key, entry)
            ) WITHOUT ROWID;
            CREATE TABLE timeline_participants (
                entry INTEGER NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE,
                entity_key TEXT NOT NULL,
                entity_id TEXT,
                name TEXT NOT NULL COLLATE NOCASE,
                PRIMARY KEY (entity_key, entry)
            ) WITHOUT ROWID;
            CREATE INDEX timeline_participants_by_name ON timeline_participants(name);
            """)
    }

    /// "v7-timeline-index": `timeline_keys` rows carry the entry's first and last day and are
    /// keyed by the kind of date instead of its month, so a lookup reads only the entries whose
    /// days can agree with the report's (`TimelineKeys`); refiled from the entries. Entries get a
    /// compact `summary` (`TimelineEntryBlob`) for merging; rows without one are read from JSON.
    /// The key's columns come first, in key order: SQLite 3.40's `integrity_check` misreads a
    /// WITHOUT ROWID table whose other columns sit between them ("NULL value in …").
    static func index(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE timeline_entries ADD COLUMN summary BLOB;
            DROP TABLE timeline_keys;
            CREATE TABLE timeline_keys (
                key TEXT NOT NULL,
                first_day INTEGER NOT NULL,
                entry INTEGER NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE,
                last_day INTEGER NOT NULL,
                PRIMARY KEY (key, first_day, entry)
            ) WITHOUT ROWID;
            """)
        let insert = try db.makeStatement(sql: "INSERT OR REPLACE INTO timeline_keys (key, first_day, last_day, entry) VALUES (?, ?, ?, ?)")
        let rows = try Row.fetchCursor(db, sql: "SELECT entry_json FROM timeline_entries")
        while let row = try rows.next() {
            guard let entry = SQLiteTimelineRepository.entry(row[0]) else { continue }
            for filing in TimelineKeys.filing(entry) {
                try insert.execute(arguments: [filing.key, filing.firstDay, filing.lastDay, entry.id])
            }
        }
    }

    /// "v14-participants-without-name-index": no query can use an index on participants' names —
    /// the timeline's `--actor` filter matches a name anywhere in it (`LIKE '%…%'`), ORed with
    /// the ids, so SQLite reads the table whole — yet every participant filed wrote a row into it,
    /// on a page of its own. Dropped.
    static func participantsWithoutNameIndex(_ db: Database) throws {
        try db.execute(sql: "DROP INDEX IF EXISTS timeline_participants_by_name")
    }
}
