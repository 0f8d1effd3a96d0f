import GRDB

/// The store's schema, only ever changed by appending a numbered migration. A migration that has run
/// on someone's database is never edited: add "vN-…" instead.
public enum StoreMigrations {
    public static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-documents", migrate: documents)
        migrator.registerMigration("v2-near-duplicates", migrate: nearDuplicates)
        migrator.registerMigration("v3-outlet-paragraphs", migrate: outletParagraphs)
        migrator.registerMigration("v4-annotations", migrate: annotations)
        migrator.registerMigration("v5-timeline", migrate: TimelineMigration.migrate)
        migrator.registerMigration("v6-token-blobs", migrate: tokenBlobs)
        migrator.registerMigration("v7-timeline-index", migrate: TimelineMigration.index)
        migrator.registerMigration("v8-stories", migrate: StoryMigration.migrate)
        migrator.registerMigration("v9-layer-blobs", migrate: layerBlobs)
        migrator.registerMigration("v10-recent-rows", migrate: recentRows)
        migrator.registerMigration("v11-search-without-copies", migrate: searchWithoutCopies)
        migrator.registerMigration("v12-more-recent-rows", migrate: moreRecentRows)
        migrator.registerMigration("v13-unread-indexes", migrate: unreadIndexes)
        migrator.registerMigration("v14-participants-without-name-index", migrate: TimelineMigration.participantsWithoutNameIndex)
        return migrator
    }

    /// Documents with their cleaned text and metadata, the inputs already ingested, and full-text search.
    static func documents(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE documents (
                number INTEGER PRIMARY KEY,
                id TEXT NOT NULL UNIQUE,
                content_hash TEXT NOT NULL UNIQUE,
                title TEXT, outlet TEXT, byline TEXT, canonical_url TEXT,
                source_path TEXT, source_url TEXT, source_line INTEGER,
                published TEXT, published_json TEXT,
                text TEXT NOT NULL,
                characters INTEGER NOT NULL,
                removed_json TEXT NOT NULL,
                contributors_json TEXT NOT NULL,
                near_duplicate_of TEXT,
                similarity REAL,
                layers_json TEXT,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX documents_by_date ON documents(published, number);
            CREATE INDEX documents_by_outlet ON documents(outlet);
            CREATE INDEX documents_by_original ON documents(near_duplicate_of);
            CREATE TABLE inputs (
                hash TEXT NOT NULL,
                source TEXT NOT NULL,
                document TEXT NOT NULL,
                ingested_at TEXT NOT NULL,
                PRIMARY KEY (hash, source)
            ) WITHOUT ROWID;
            CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, tokenize = 'porter unicode61 remove_diacritics 2');
            """)
    }

    /// MinHash signatures and their LSH band buckets: a new document's candidates are the documents
    /// sharing a bucket, found through the index at the same cost whatever the store's size.
    static func nearDuplicates(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE documents ADD COLUMN signature BLOB;
            CREATE TABLE near_duplicate_bands (
                bucket INTEGER NOT NULL,
                document INTEGER NOT NULL REFERENCES documents(number) ON DELETE CASCADE,
                PRIMARY KEY (bucket, document)
            ) WITHOUT ROWID;
            """)
    }

    /// How many stored documents of each outlet carry each paragraph (by 64-bit fingerprint): the
    /// memory that lets the cleaner cut a footer repeated across an outlet's articles.
    static func outletParagraphs(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE outlet_paragraphs (
                outlet TEXT NOT NULL,
                fingerprint INTEGER NOT NULL,
                documents INTEGER NOT NULL,
                PRIMARY KEY (outlet, fingerprint)
            ) WITHOUT ROWID;
            """)
    }

    /// Query tables filled from the annotation layers: who is mentioned where, and who said what.
    static func annotations(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE entity_mentions (
                document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                entity_key TEXT NOT NULL,
                entity_id TEXT,
                name TEXT NOT NULL,
                kind TEXT NOT NULL,
                country TEXT,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL
            );
            CREATE INDEX entity_mentions_by_entity ON entity_mentions(entity_key);
            CREATE INDEX entity_mentions_by_document ON entity_mentions(document);
            CREATE TABLE quotes (
                number INTEGER PRIMARY KEY,
                document TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                speaker_key TEXT,
                speaker_id TEXT,
                speaker_name TEXT,
                speaker_kind TEXT,
                speaker_country TEXT,
                text TEXT NOT NULL,
                kind TEXT NOT NULL,
                cue TEXT,
                via TEXT,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL
            );
            CREATE INDEX quotes_by_speaker ON quotes(speaker_key);
            CREATE INDEX quotes_by_document ON quotes(document);
            CREATE VIRTUAL TABLE quotes_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');
            """)
    }

    /// The token layer moves out of `layers_json` into a compact blob (`TokenBlob`). Rows stored
    /// before keep their tokens in the JSON and a NULL blob; both read back the same.
    static func tokenBlobs(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE documents ADD COLUMN tokens BLOB")
    }

    /// The other layers move out of `layers_json` into a compact blob too (`LayerBlob`). Rows stored
    /// before keep their JSON and a NULL blob; both read back the same.
    static func layerBlobs(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE documents ADD COLUMN layers BLOB")
    }

    /// Recent parts for the two tables keyed by a hash (`SettlingTable`): new rows go there and
    /// move to the settled table in ordered passes. Existing rows are settled already.
    static func recentRows(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE near_duplicate_bands_recent (
                bucket INTEGER NOT NULL,
                document INTEGER NOT NULL REFERENCES documents(number) ON DELETE CASCADE,
                PRIMARY KEY (bucket, document)
            ) WITHOUT ROWID;
            CREATE TABLE outlet_paragraphs_recent (
                outlet TEXT NOT NULL,
                fingerprint INTEGER NOT NULL,
                documents INTEGER NOT NULL,
                PRIMARY KEY (outlet, fingerprint)
            ) WITHOUT ROWID;
            CREATE VIEW outlet_paragraph_counts AS
                SELECT outlet, fingerprint, SUM(documents) AS documents
                FROM (SELECT outlet, fingerprint, documents FROM outlet_paragraphs
                      UNION ALL SELECT outlet, fingerprint, documents FROM outlet_paragraphs_recent)
                GROUP BY outlet, fingerprint;
            """)
    }

    /// Recent parts (`SettlingTable`) for the inputs already ingested, keyed by their content hash,
    /// and for the timeline's index rows, keyed by people and type; a view of both parts of the
    /// inputs for readers. Existing rows are settled already.
    static func moreRecentRows(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE inputs_recent (
                hash TEXT NOT NULL,
                source TEXT NOT NULL,
                document TEXT NOT NULL,
                ingested_at TEXT NOT NULL,
                PRIMARY KEY (hash, source)
            ) WITHOUT ROWID;
            CREATE VIEW remembered_inputs AS
                SELECT hash, source, document, ingested_at FROM inputs
                UNION ALL SELECT hash, source, document, ingested_at FROM inputs_recent;
            CREATE TABLE timeline_keys_recent (
                key TEXT NOT NULL,
                first_day INTEGER NOT NULL,
                entry INTEGER NOT NULL REFERENCES timeline_entries(id) ON DELETE CASCADE,
                last_day INTEGER NOT NULL,
                PRIMARY KEY (key, first_day, entry)
            ) WITHOUT ROWID;
            """)
    }

    /// The full-text indexes keep no copy of the texts they index: they read titles, texts and
    /// quotes from `documents` and `quotes` when a snippet needs them (FTS5 "external content").
    /// The copies were a fifth of the file and of the pages each batch wrote. Rebuilt from the rows:
    /// a title stored as NULL indexes nothing, as the empty title the store used to index did.
    static func searchWithoutCopies(_ db: Database) throws {
        try db.execute(sql: """
            DROP TABLE documents_fts;
            CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content = 'documents', content_rowid = 'number',
                tokenize = 'porter unicode61 remove_diacritics 2');
            INSERT INTO documents_fts (documents_fts) VALUES ('rebuild');
            DROP TABLE quotes_fts;
            CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content = 'quotes', content_rowid = 'number',
                tokenize = 'porter unicode61 remove_diacritics 2');
            INSERT INTO quotes_fts (quotes_fts) VALUES ('rebuild');
            """)
    }

    /// Indexes no reader uses, dropped, and fewer full-text merges: every article added a row to each, and those keyed by a
    /// date or a name landed on a random page, which the batch then wrote whole to the WAL and
    /// again at the checkpoint. The readers' plans go without them: the document and quote lists
    /// order by `published IS NULL` first (no index gives that order), near-duplicate groups scan
    /// the documents in rowid order, quotes are filtered by speaker through an OR with LIKE (a
    /// scan) and joined to their document through its id, and stories are found by actor through
    /// an OR with a LIKE '%…%' on the name (a scan of `story_entities`).
    static let fullTextMerge = 8

    static func unreadIndexes(_ db: Database) throws {
        try db.execute(sql: """
            DROP INDEX IF EXISTS story_entities_by_name;
            DROP INDEX IF EXISTS documents_by_date;
            DROP INDEX IF EXISTS documents_by_original;
            DROP INDEX IF EXISTS quotes_by_speaker;
            DROP INDEX IF EXISTS quotes_by_document;
            """)
        // The full-text indexes merge their segments eight at a time instead of four: each
        // batch's terms are rewritten by fewer merges on their way up (a fifth less of the
        // index's cost on 20,000 generated articles). Searches read a few more segments and find
        // the same rows with the same ranks.
        try db.execute(sql: """
            INSERT INTO documents_fts (documents_fts, rank) VALUES ('automerge', \(fullTextMerge));
            INSERT INTO quotes_fts (quotes_fts, rank) VALUES ('automerge', \(fullTextMerge));
            """)
    }
}
