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
        guard !stored.layers.mentions.isEmpty else { return }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO entity_mentions (document, entity_key, entity_id, name, kind, country, start, "end", text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for mention in stored.layers.mentions {
            let entity = mention.entity
            try insert.execute(arguments: [stored.document.id, entity.key, entity.id, entity.name, entity.kind.rawValue,
                                           entity.country, mention.span.start, mention.span.end, mention.text])
        }
    }
}

/// `quotes` and its full-text table `quotes_fts`: who said what, searchable by speaker and words.
public struct QuoteIndex: LayerIndex {
    public init() {}

    public func index(_ stored: AnnotatedDocument, in db: Database) throws {
        guard !stored.layers.quotes.isEmpty else { return }
        let insert = try db.cachedStatement(sql: """
            INSERT INTO quotes (document, speaker_key, speaker_id, speaker_name, speaker_kind, speaker_country,
                                text, kind, cue, via, start, "end")
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        let search = try db.cachedStatement(sql: "INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)")
        for quote in stored.layers.quotes {
            let speaker = quote.speaker
            try insert.execute(arguments: [stored.document.id, speaker?.key, speaker?.id, speaker?.name, speaker?.kind.rawValue,
                                           speaker?.country, quote.text, quote.kind.rawValue, quote.cue, quote.via,
                                           quote.span.start, quote.span.end])
            try search.execute(arguments: [db.lastInsertedRowID, quote.text])
        }
    }
}
