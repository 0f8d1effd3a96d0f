import Foundation
import GRDB

extension SQLiteStore {
    public func document(id: String) throws -> Document? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT * FROM documents WHERE id = ?", arguments: [id]) else { return nil }
            return try Self.document(from: row)
        }
    }

    public func layers(of id: String) throws -> AnnotationLayers? {
        try pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT layers, layers_json, tokens FROM documents WHERE id = ?", arguments: [id]) else { return nil }
            var layers: AnnotationLayers
            if let blob: Data = row["layers"] {
                layers = try LayerBlob.decode([UInt8](blob))
            } else if let json: String = row["layers_json"] {
                // Rows stored before "v9-layer-blobs".
                layers = try JSONDecoder().decode(AnnotationLayers.self, from: Data(json.utf8))
            } else {
                return AnnotationLayers()
            }
            // Rows stored before "v6-token-blobs" keep their tokens in the JSON.
            if let blob: Data = row["tokens"] { layers.tokens = try TokenBlob.decode([UInt8](blob)) }
            return layers
        }
    }

    public func documents(limit: Int, offset: Int) throws -> [DocumentSummary] {
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM documents
                ORDER BY published IS NULL, published DESC, number DESC LIMIT ? OFFSET ?
                """, arguments: [limit, offset]).map(Self.summary)
        }
    }

    public func nearDuplicateGroups() throws -> [NearDuplicateGroup] {
        try pool.read { db in
            let copies = try Row.fetchAll(db, sql: """
                SELECT \(Self.summaryColumns) FROM documents WHERE near_duplicate_of IS NOT NULL ORDER BY number
                """).map(Self.summary)
            var order: [String] = []
            var groups: [String: [DocumentSummary]] = [:]
            for copy in copies {
                guard let original = copy.nearDuplicateOf else { continue }
                if groups[original] == nil { order.append(original) }
                groups[original, default: []].append(copy)
            }
            return try order.compactMap { id in
                guard let row = try Row.fetchOne(db, sql: "SELECT \(Self.summaryColumns) FROM documents WHERE id = ?",
                                                 arguments: [id]) else { return nil }
                return NearDuplicateGroup(original: Self.summary(row), duplicates: groups[id] ?? [])
            }
        }
    }

    public func statistics() throws -> StoreStatistics {
        try pool.read { db in
            let counts = try Row.fetchOne(db, sql: """
                SELECT COUNT(*) AS documents, COUNT(near_duplicate_of) AS copies,
                       COUNT(DISTINCT near_duplicate_of) AS groups, MIN(published) AS earliest,
                       MAX(published) AS latest, SUM(published IS NULL) AS undated
                FROM documents
                """)!
            let outlets = try Row.fetchAll(db, sql: """
                SELECT outlet, COUNT(*) AS n FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY n DESC, outlet
                """).map { StoreStatistics.OutletCount(outlet: $0["outlet"], documents: $0["n"]) }
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            let pageSize = try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0
            return StoreStatistics(
                documents: counts["documents"], nearDuplicates: counts["copies"], nearDuplicateGroups: counts["groups"],
                inputs: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM remembered_inputs") ?? 0,
                outlets: outlets, earliest: counts["earliest"], latest: counts["latest"],
                undated: (counts["undated"] as Int?) ?? 0,
                databaseBytes: pages * pageSize + walBytes,
                entityMentions: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM entity_mentions") ?? 0,
                quotes: try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM quotes") ?? 0)
        }
    }

    private var walBytes: Int {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path + "-wal")
        return (attributes?[.size] as? Int) ?? 0
    }

    static let summaryColumns = "id, title, outlet, published, characters, source_path, source_url, source_line, near_duplicate_of"

    static func summary(_ row: Row) -> DocumentSummary {
        let source = DocumentSource(path: row["source_path"], url: row["source_url"], line: row["source_line"])
        return DocumentSummary(id: row["id"], title: row["title"], outlet: row["outlet"], published: row["published"],
                               characters: row["characters"], source: source.path == nil && source.url == nil ? nil : source.label,
                               nearDuplicateOf: row["near_duplicate_of"])
    }

    static func document(from row: Row) throws -> Document {
        let decoder = JSONDecoder()
        func decode<T: Decodable>(_ type: T.Type, _ column: String) throws -> T? {
            guard let json: String = row[column] else { return nil }
            return try decoder.decode(type, from: Data(json.utf8))
        }
        return Document(
            id: row["id"],
            source: DocumentSource(path: row["source_path"], url: row["source_url"], line: row["source_line"]),
            title: row["title"], outlet: row["outlet"], byline: row["byline"], canonicalURL: row["canonical_url"],
            published: try decode(PublicationDate.self, "published_json"),
            text: row["text"],
            removed: try decode([RemovedText].self, "removed_json") ?? [],
            contributors: try decode([String].self, "contributors_json") ?? [],
            contentHash: row["content_hash"],
            nearDuplicateOf: row["near_duplicate_of"])
    }
}
