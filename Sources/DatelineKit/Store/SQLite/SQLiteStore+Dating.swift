import GRDB

/// Dating evidence from the store: documents with a given publication date whose text holds all the
/// lead words of an undated article, found through the FTS5 index (cost independent of store size).
extension SQLiteStore: DatingEvidenceSource {
    public func datedReports(matching terms: [String], excluding documentID: String?, limit: Int) -> [DatedReport] {
        let words = terms.map { $0.filter { $0.isLetter || $0.isNumber } }.filter { !$0.isEmpty }
        guard !words.isEmpty else { return [] }
        let query = words.map { "\"\($0)\"" }.joined(separator: " AND ")
        let rows = (try? pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.id, d.title, d.published FROM documents_fts
                JOIN documents d ON d.number = documents_fts.rowid
                WHERE documents_fts MATCH ? AND d.published IS NOT NULL AND d.id != ?
                  AND json_extract(d.published_json, '$.given') = 1
                ORDER BY bm25(documents_fts) LIMIT ?
                """, arguments: [query, documentID ?? "", limit])
        }) ?? []
        return rows.compactMap { row in
            guard let published: String = row["published"], let day = CalendarDay(iso: published) else { return nil }
            return DatedReport(documentID: row["id"], title: row["title"], published: day)
        }
    }
}
