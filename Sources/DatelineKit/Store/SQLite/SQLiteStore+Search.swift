import Foundation
import GRDB

extension SQLiteStore {
    /// FTS5 with bm25 ranking; the title weighs five times the body. A query that is valid FTS5 syntax
    /// ("pipeline NEAR gas", "\"joint statement\"", "putin OR xi") is used as written; anything else
    /// is searched as plain words, all of which must occur.
    public func search(_ query: String, limit: Int, highlight: Highlight) throws -> [SearchHit] {
        try pool.read { db in
            guard let pattern = Self.pattern(query, db: db, table: "documents_fts") else { return [] }
            return try Row.fetchAll(db, sql: """
                SELECT d.id, d.title, d.outlet, d.published, bm25(documents_fts, 5.0, 1.0) AS score,
                       snippet(documents_fts, 1, ?, ?, '…', 16) AS snippet
                FROM documents_fts JOIN documents d ON d.number = documents_fts.rowid
                WHERE documents_fts MATCH ?
                ORDER BY score LIMIT ?
                """, arguments: [highlight.open, highlight.close, pattern, limit]).map { row in
                SearchHit(id: row["id"], title: row["title"], outlet: row["outlet"], published: row["published"],
                          score: row["score"], snippet: row["snippet"])
            }
        }
    }

    static func pattern(_ query: String, db: Database, table: String) -> FTS5Pattern? {
        if let raw = try? db.makeFTS5Pattern(rawPattern: query, forTable: table) { return raw }
        return FTS5Pattern(matchingAllTokensIn: query)
    }
}
