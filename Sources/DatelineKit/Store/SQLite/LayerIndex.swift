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
        let mentions = stored.layers.mentions
        guard !mentions.isEmpty else { return }
        // Every text of the article's rows in one buffer, bound in place (`SQLITE_STATIC`): bound
        // one by one, each of the five texts of a dozen mentions was copied into a block SQLite
        // allocated and freed again at the next binding, a tenth of the rows' cost.
        var texts = MentionTexts(capacity: mentions.count)
        texts.append(stored.document.id)
        for mention in mentions {
            let entity = mention.entity
            texts.append(entity.key)
            texts.append(entity.id)
            texts.append(entity.name)
            texts.append(entity.kind.rawValue)
            texts.append(entity.country)
            texts.append(mention.text)
        }
        try texts.bytes.withUnsafeBytes { bytes in
            try Self.rows.execute(rows: mentions.count, in: db) { row, i in
                let span = mentions[i].span, first = 1 + i * 6
                row.bind(inPlace: texts.text(0, in: bytes))
                for field in 0..<5 { row.bind(inPlace: texts.text(first + field, in: bytes)) }
                row.bind(span.start)
                row.bind(span.end)
                row.bind(inPlace: texts.text(first + 5, in: bytes))
            }
        }
    }

    /// `OR IGNORE` changes nothing for these rows (no unique key; the values are never null), yet
    /// without it a statement of several rows must keep a statement journal, to undo its first rows
    /// should a later one fail — which, measured, made it slower than one statement per row.
    private static let rows = MultiRowInsert("""
        INSERT OR IGNORE INTO entity_mentions (document, entity_key, entity_id, name, kind, country, start, "end", text) VALUES
        """, row: "(?, ?, ?, ?, ?, ?, ?, ?, ?)")

    /// The texts of one article's mention rows, end to end in one buffer.
    private struct MentionTexts {
        var bytes: [UInt8] = []
        /// Where each text is in `bytes`; a start of -1 is a null.
        var ranges: [(start: Int32, length: Int32)] = []

        init(capacity mentions: Int) {
            bytes.reserveCapacity(64 + mentions * 96)
            ranges.reserveCapacity(1 + mentions * 6)
        }

        mutating func append(_ text: String?) {
            guard let text else { ranges.append((-1, 0)); return }
            let start = bytes.count
            bytes.append(contentsOf: text.utf8)
            ranges.append((Int32(start), Int32(bytes.count - start)))
        }

        /// Text `index` inside `buffer` (these `bytes`), or nil for a null.
        func text(_ index: Int, in buffer: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer? {
            let range = ranges[index]
            guard range.start >= 0 else { return nil }
            return UnsafeRawBufferPointer(rebasing: buffer[Int(range.start)..<Int(range.start + range.length)])
        }
    }
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
            // Bound directly: GRDB's argument boxing cost about as much as the row.
            var row = DirectBinding(insert)
            row.bind(stored.document.id)
            row.bind(speaker?.key)
            row.bind(speaker?.id)
            row.bind(speaker?.name)
            row.bind(speaker?.kind.rawValue)
            row.bind(speaker?.country)
            row.bind(quote.text)
            row.bind(quote.kind.rawValue)
            row.bind(quote.cue)
            row.bind(quote.via)
            row.bind(quote.span.start)
            row.bind(quote.span.end)
            try row.run(in: db)
            batch.searchRows.append(.init(table: .quotes, rowid: db.lastInsertedRowID, text: quote.text))
        }
    }
}
