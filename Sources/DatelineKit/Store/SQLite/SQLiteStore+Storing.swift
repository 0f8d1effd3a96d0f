import Foundation
import GRDB

extension SQLiteStore {
    static let nearDuplicateCandidateLimit = 100

    public func knownInputs(_ keys: [InputKey]) throws -> Set<InputKey> {
        guard !keys.isEmpty else { return [] }
        // One read transaction for all keys: outside a transaction each SELECT takes and drops
        // WAL's shared-memory read lock (two fcntl calls) on its own. The storing transaction
        // checks content hashes again under the write lock.
        return try pool.read { db in
            var known: Set<InputKey> = []
            // In either part of the table (`SettlingTable.inputs`), the recent one first.
            let statement = try db.cachedStatement(sql: """
                SELECT 1 FROM inputs_recent WHERE hash = ?1 AND source = ?2 UNION ALL SELECT 1 FROM inputs WHERE hash = ?1 AND source = ?2 LIMIT 1
                """)
            for key in keys where try DirectBinding.integer(statement, [key.hash, key.source], in: db) != nil {
                known.insert(key)
            }
            return known
        }
    }

    public func store(_ items: [IngestItem]) throws -> [StoreOutcome] {
        guard !items.isEmpty else { return [] }
        let now = Self.timestamp()
        let batch = IndexingBatch(remembering: timelineMemory, stories: storyMemory, keys: timelineKeys)
        let outcomes = try writeTransaction { db in
            // Changes only when another connection committed: what this process remembers may be stale.
            let dataVersion = try DirectBinding.integer(db.cachedStatement(sql: "PRAGMA data_version"), [], in: db) ?? 0
            otherWriters.observe(dataVersion: dataVersion)
            batch.checkMemory(dataVersion: dataVersion)
            if try bandBuckets.isCurrent(dataVersion: dataVersion, in: db) { batch.bandBuckets = bandBuckets }
            let outcomes = try items.map { try store($0, at: now, batch: batch, in: db) }
            try batch.finish(in: db)
            return outcomes
        }
        batch.committed()
        return outcomes
    }

    /// Stores one document inside the caller's transaction. The duplicate checks run here, under the
    /// write lock, so two processes ingesting the same file cannot both store it.
    private func store(_ item: IngestItem, at now: String, batch: IndexingBatch, in db: Database) throws -> StoreOutcome {
        var document = item.annotated.document
        // Looked up by number (bound directly, no GRDB row); the id only for the rare duplicate.
        if let number = try DirectBinding.integer(db.cachedStatement(sql: "SELECT number FROM documents WHERE content_hash = ?"),
                                                  [document.contentHash], in: db),
           let existing = try String.fetchOne(db, sql: "SELECT id FROM documents WHERE number = ?", arguments: [number]) {
            try remember(item.input, as: existing, at: now, in: db)
            return .alreadyStored(id: existing)
        }
        document.id = try freeID(for: document, in: db)
        let bands = item.signature.bandKeys
        let match = try nearestOriginal(of: item.signature, buckets: bands, in: db, batch: batch)
        document.nearDuplicateOf = match?.original
        let number = try insert(document, layers: item.annotated.layers, signature: item.signature,
                                similarity: match?.similarity, at: now, in: db)
        batch.addBands(bands, of: number)
        batch.bandBuckets?.insert(bands)
        batch.searchRows.append(.init(table: .documents, rowid: number, title: document.title, text: document.text))
        // A near-duplicate repeats its original's paragraphs by definition: counting them would make
        // the third syndicated copy of a story look like boilerplate of its own outlet.
        if match == nil, let outlet = document.outlet {
            for fingerprint in item.paragraphFingerprints {
                batch.paragraphCounts[OutletParagraph(outlet: outlet, fingerprint: fingerprint), default: 0] += 1
            }
        }
        let stored = AnnotatedDocument(document: document, layers: item.annotated.layers)
        for index in Self.layerIndexes { try index.index(stored, in: db, batch: batch) }
        try remember(item.input, as: document.id, at: now, in: db)
        if let match { return .storedNearDuplicate(id: document.id, original: match.original, similarity: match.similarity) }
        return .stored(id: document.id)
    }

    private func insert(_ document: Document, layers: AnnotationLayers, signature: MinHashSignature,
                        similarity: Double?, at now: String, in db: Database) throws -> Int64 {
        let published = document.published.map { StreamingJSONEncoder.string($0) }
        let removed = StreamingJSONEncoder.string(document.removed)
        let contributors = StreamingJSONEncoder.string(document.contributors)
        // Tokens and the other layers go to compact columns of their own; `layers_json` stays NULL.
        let layerBlob = LayerBlob.encode(layers), tokenBlob = TokenBlob.encode(layers.tokens)
        let statement = try db.cachedStatement(sql: """
            INSERT INTO documents (id, content_hash, title, outlet, byline, canonical_url, source_path, source_url,
                source_line, published, published_json, text, characters, removed_json, contributors_json,
                near_duplicate_of, similarity, layers, ingested_at, signature, tokens)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        // Bound directly (GRDB's argument boxing cost a tenth of the row), the text and the blobs
        // where they are: SQLite copies them into the record anyway.
        var text = document.text
        try text.withUTF8 { textBytes in
            try layerBlob.withUnsafeBytes { layerBytes in
                try tokenBlob.withUnsafeBytes { tokenBytes in
                    var row = DirectBinding(statement)
                    row.bind(document.id)
                    row.bind(document.contentHash)
                    row.bind(document.title)
                    row.bind(document.outlet)
                    row.bind(document.byline)
                    row.bind(document.canonicalURL)
                    row.bind(document.source.path)
                    row.bind(document.source.url)
                    row.bind(document.source.line)
                    row.bind(document.published?.value)
                    row.bind(published)
                    row.bind(inPlace: UnsafeRawBufferPointer(textBytes))
                    row.bind(Self.scalarCount(textBytes))
                    row.bind(removed)
                    row.bind(contributors)
                    row.bind(document.nearDuplicateOf)
                    row.bind(similarity)
                    row.bind(blobInPlace: layerBytes)
                    row.bind(now)
                    row.bind(signature.blob)
                    row.bind(blobInPlace: tokenBytes)
                    try row.run(in: db)
                }
            }
        }
        return db.lastInsertedRowID
    }

    /// The text's Unicode scalars, counted on its UTF-8: every byte but a continuation byte
    /// (10xxxxxx) starts a scalar. The same count as `unicodeScalars.count`, without decoding.
    static func scalarCount(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        var continuations = 0
        for byte in utf8 where byte & 0xC0 == 0x80 { continuations += 1 }
        return utf8.count - continuations
    }

    /// Ids come from file names, so two folders can both hold `article.txt`: the later one gets the
    /// start of its content hash appended.
    private func freeID(for document: Document, in db: Database) throws -> String {
        var candidate = document.id
        var length = 8
        let taken = try db.cachedStatement(sql: "SELECT 1 FROM documents WHERE id = ?")
        while try DirectBinding.integer(taken, [candidate], in: db) != nil {
            candidate = document.id + "-" + document.contentHash.prefix(length)
            length += 4
        }
        return candidate
    }

    /// The stored original this signature nearly duplicates: the most similar candidate sharing an LSH
    /// bucket, at or above the threshold; a copy of a copy links to the first original. At most
    /// `nearDuplicateCandidateLimit` candidates (the latest) are compared, so a story syndicated
    /// thousands of times does not make each new lookup slower than the last. `buckets` are the
    /// signature's band keys; the batch's current filter answers for articles whose buckets no
    /// stored document has. The batch's own articles, whose bucket rows are written when it
    /// finishes, are candidates through `IndexingBatch.bandDocuments`: they are newer than every row, so
    /// the newest of the table's rows and all of theirs hold the newest of both.
    private func nearestOriginal(of signature: MinHashSignature, buckets: [Int64], in db: Database,
                                 batch: IndexingBatch) throws -> (original: String, similarity: Double)? {
        if let filter = batch.bandBuckets, !filter.mayHoldAny(buckets) { return nil }
        // Each bucket's newest documents, read backwards along the primary key: the newest
        // `nearDuplicateCandidateLimit` of all are among them. (One `IN` list with DISTINCT and
        // ORDER BY sorted in a temporary B-tree and cost several times more.)
        var lookup = DirectBinding(try db.cachedStatement(sql: Self.bandLookupSQL))
        for bucket in buckets {
            lookup.bind(bucket)
            lookup.bind(bucket)
        }
        var numbers = Set<Int64>()
        try lookup.integers(in: db) { numbers.insert($0) }
        for bucket in buckets { batch.bandDocuments(bucket) { numbers.insert($0) } }
        guard !numbers.isEmpty else { return nil }
        let document = try db.cachedStatement(sql: "SELECT id, near_duplicate_of, signature FROM documents WHERE number = ?")
        // Compared oldest first, as before: of equally similar candidates the oldest wins.
        let rows = try numbers.sorted(by: >).prefix(Self.nearDuplicateCandidateLimit).reversed().compactMap {
            try Row.fetchOne(document, arguments: [$0])
        }
        var best: (original: String, similarity: Double)?
        for row in rows {
            guard let blob: Data = row["signature"], let other = MinHashSignature(blob: blob) else { continue }
            let similarity = signature.similarity(other)
            guard similarity >= MinHashSignature.nearDuplicateThreshold, similarity > (best?.similarity ?? 0) else { continue }
            let id: String = row["id"]
            best = ((row["near_duplicate_of"] as String?) ?? id, similarity)
        }
        return best
    }

    /// Every signature has the same number of bands, so this is one prepared statement. Each bucket
    /// is read in both parts of the table (`SettlingTable`); a bucket's parameter is bound twice.
    private static let bandLookupSQL = Array(repeating: """
        SELECT * FROM (SELECT document FROM near_duplicate_bands_recent WHERE bucket = ? ORDER BY document DESC LIMIT \(nearDuplicateCandidateLimit)) \
        UNION ALL SELECT * FROM (SELECT document FROM near_duplicate_bands WHERE bucket = ? ORDER BY document DESC LIMIT \(nearDuplicateCandidateLimit))
        """, count: MinHashSignature.bands).joined(separator: " UNION ALL ")

    private func remember(_ input: InputKey, as document: String, at now: String, in db: Database) throws {
        // Into the recent part (`SettlingTable.inputs`), unless the pair is settled already.
        try DirectBinding.run(db.cachedStatement(sql: """
            INSERT OR IGNORE INTO inputs_recent (hash, source, document, ingested_at)
            SELECT ?1, ?2, ?3, ?4 WHERE NOT EXISTS (SELECT 1 FROM inputs WHERE hash = ?1 AND source = ?2)
            """), [input.hash, input.source, document, now], in: db)
    }

    public func paragraphCounts(outlet: String) throws -> [Int64: Int] {
        try pool.read { db in
            var counts: [Int64: Int] = [:]
            // Settled and recent counts of one paragraph add up (`SettlingTable`).
            for table in ["outlet_paragraphs", "outlet_paragraphs_recent"] {
                let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT fingerprint, documents FROM \(table) WHERE outlet = ?"),
                                               arguments: [outlet])
                while let row = try rows.next() { counts[row[0], default: 0] += row[1] as Int }
            }
            return counts
        }
    }

    public var commitsByOthers: Int { otherWriters.commits }

    public func repeats(of paragraphs: [Substring], outlet: String) throws -> [Int] {
        let fingerprints = paragraphs.map(StoreBoilerplateMemory.fingerprint)
        guard !fingerprints.isEmpty else { return [] }
        // One prepared statement per paragraph beats parsing an IN list of a new length per document.
        // All in one read transaction: outside one, each SELECT takes and drops WAL's shared-memory
        // read lock with system calls of its own, which cost more than the lookups.
        return try pool.read { db in
            let settled = try db.cachedStatement(sql: "SELECT documents FROM outlet_paragraphs WHERE outlet = ? AND fingerprint = ?")
            let recent = try db.cachedStatement(sql: "SELECT documents FROM outlet_paragraphs_recent WHERE outlet = ? AND fingerprint = ?")
            return try fingerprints.map {
                Int(try DirectBinding.integer(settled, [outlet, $0], in: db) ?? 0)
                    + Int(try DirectBinding.integer(recent, [outlet, $0], in: db) ?? 0)
            }
        }
    }
}
