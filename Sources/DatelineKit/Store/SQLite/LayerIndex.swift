import GRDB

/// Query tables filled from one annotation layer when a document is stored (inside the storing
/// transaction, so a document and its rows appear together or not at all).
public protocol LayerIndex: Sendable {
    func index(_ stored: AnnotatedDocument, in db: Database) throws
    /// The same, with state shared by the documents of one transaction; the store calls this one.
    func index(_ stored: AnnotatedDocument, in db: Database, batch: IndexingBatch) throws
}

extension LayerIndex {
    public func index(_ stored: AnnotatedDocument, in db: Database, batch: IndexingBatch) throws {
        try index(stored, in: db)
    }
}

/// `entity_mentions`: one row per mention, keyed by the canonical entity (Wikidata id or kind:name).
public struct EntityMentionIndex: LayerIndex {
    public init() {}

    public func index(_ stored: AnnotatedDocument, in db: Database) throws {
        let mentions = stored.layers.mentions, document = stored.document.id
        try Self.rows.execute(rows: mentions.count, in: db) { row, i in
            let mention = mentions[i], entity = mention.entity
            row.bind(document)
            row.bind(entity.key)
            row.bind(entity.id)
            row.bind(entity.name)
            row.bind(entity.kind.rawValue)
            row.bind(entity.country)
            row.bind(mention.span.start)
            row.bind(mention.span.end)
            row.bind(mention.text)
        }
    }

    /// `OR IGNORE` changes nothing for these rows (no unique key; the values are never null), yet
    /// without it a statement of several rows must keep a statement journal, to undo its first rows
    /// should a later one fail — which, measured, made it slower than one statement per row.
    private static let rows = MultiRowInsert("""
        INSERT OR IGNORE INTO entity_mentions (document, entity_key, entity_id, name, kind, country, start, "end", text) VALUES
        """, row: "(?, ?, ?, ?, ?, ?, ?, ?, ?)")
}

/// `quotes` and its full-text table `quotes_fts`: who said what, searchable by speaker and words.
public struct QuoteIndex: LayerIndex {
    public init() {}

    public func index(_ stored: AnnotatedDocument, in db: Database) throws {
        let batch = IndexingBatch()
        try index(stored, in: db, batch: batch)
        try batch.finish(in: db)
    }

    /// The quote rows at once; their full-text rows when the batch finishes (see `searchRows`).
    public func index(_ stored: AnnotatedDocument, in db: Database, batch: IndexingBatch) throws {
        guard !stored.layers.quotes.isEmpty else { return }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO quotes (document, speaker_key, speaker_id, speaker_name, speaker_kind, speaker_country,
                                text, kind, cue, via, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for quote in stored.layers.quotes {
            let speaker = quote.speaker
            try insert.execute(arguments: [stored.document.id, speaker?.key, speaker?.id, speaker?.name, speaker?.kind.rawValue,
                                           speaker?.country, quote.text, quote.kind.rawValue, quote.cue, quote.via,
                                           quote.span.start, quote.span.end])
            batch.searchRows.append(.init(table: .quotes, rowid: db.lastInsertedRowID, text: quote.text))
        }
    }
}
