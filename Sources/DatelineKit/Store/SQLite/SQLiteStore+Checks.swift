import Foundation
import GRDB

extension SQLiteStore {
    /// What is wrong with the store, if anything: SQLite's own `PRAGMA integrity_check`, rows whose
    /// foreign key points at nothing (`PRAGMA foreign_key_check`; inserts do not check them), documents whose
    /// text no longer matches their content hash (a torn write), full-text rows without a document, and
    /// remembered inputs pointing at no document. Empty when the store is whole — as it must be even
    /// after an ingest killed half-way.
    ///
    /// ```swift
    /// let problems = try SQLiteStore(path: "dateline.sqlite").consistencyProblems()
    /// print(problems.isEmpty ? "ok" : problems.joined(separator: "\n"))
    /// ```
    public func consistencyProblems() throws -> [String] {
        try pool.read { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                .map { "integrity_check: \($0)" }
            let dangling = try Row.fetchAll(db, sql: "SELECT \"table\", parent, COUNT(*) AS n FROM pragma_foreign_key_check GROUP BY 1, 2")
            for row in dangling {
                problems.append("\(row["n"] as Int) rows of \(row["table"] as String) point at no row of \(row["parent"] as String)")
            }
            let rows = try Row.fetchCursor(db, sql: "SELECT id, content_hash, text, characters FROM documents")
            while let row = try rows.next() {
                let id: String = row["id"], text: String = row["text"]
                if SHA256.hex(text) != row["content_hash"] as String { problems.append("document \(id): text does not match its content hash") }
                if text.unicodeScalars.count != row["characters"] as Int { problems.append("document \(id): length differs from the stored length") }
            }
            let documents = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents") ?? 0
            // One size row per indexed document (the index reads its texts from `documents`, so
            // counting `documents_fts` itself would count the documents again).
            let indexed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM documents_fts_docsize") ?? 0
            if documents != indexed { problems.append("full-text index holds \(indexed) rows for \(documents) documents") }
            let orphans = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM remembered_inputs WHERE document NOT IN (SELECT id FROM documents)
                """) ?? 0
            if orphans > 0 { problems.append("\(orphans) remembered inputs point at no stored document") }
            return problems
        }
    }
}

extension SQLiteStore {
    /// Inputs whose cleaned text was already stored under another source: each input's source label and
    /// the document it turned out to repeat, in ingest order ("mirror.txt" → "03-erdogan-sochi").
    public func identicalCopies(limit: Int = 100) throws -> [(source: String, document: String)] {
        // The document's own source label, built as `DocumentSource.label` builds it.
        try pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT i.source, i.document FROM remembered_inputs i JOIN documents d ON d.id = i.document
                WHERE i.source <> COALESCE(d.source_path, d.source_url, '<stdin>')
                                  || COALESCE(':' || d.source_line, '')
                ORDER BY i.ingested_at, d.number LIMIT ?
                """, arguments: [limit]).map { ($0["source"], $0["document"]) }
        }
    }
}
