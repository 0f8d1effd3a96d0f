import Foundation
import GRDB
import Testing
@testable import DatelineKit

@Suite("Search index migration")
struct SearchMigrationTests {
    @Test("a store whose search index kept copies of the texts is searchable after opening, without them")
    func copiesDropped() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        // A store as v10 wrote it: the indexes hold their own copies (titles indexed as "").
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreMigrations.migrator.migrate(queue, upTo: "v10-recent-rows")
            try queue.write { db in
                for (number, id, title, text) in [(1, "gas", "Pipeline talks", "The leaders discussed a new gas pipeline."),
                                                  (2, "grain", nil, "Ministers discussed grain exports.")] {
                    try db.execute(sql: """
                        INSERT INTO documents (number, id, content_hash, title, text, characters, removed_json,
                            contributors_json, ingested_at) VALUES (?, ?, ?, ?, ?, ?, '[]', '[]', '2026-01-01T00:00:00Z')
                        """, arguments: [number, id, SHA256.hex(text), title, text, text.unicodeScalars.count])
                    try db.execute(sql: "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)",
                                   arguments: [number, title ?? "", text])
                }
                try db.execute(sql: """
                    INSERT INTO quotes (number, document, speaker_name, text, kind, start, "end")
                    VALUES (1, 'gas', 'Vladimir Putin', 'We will build the pipeline together', 'direct', 0, 10)
                    """)
                try db.execute(sql: "INSERT INTO quotes_fts (rowid, text) VALUES (1, 'We will build the pipeline together')")
            }
        }
        let store = try SQLiteStore(path: path)
        let hits = try store.search("pipelines", limit: 10, highlight: .brackets)
        #expect(hits.map(\.id) == ["gas"])
        #expect(hits.first?.snippet.contains("[pipeline]") == true)
        #expect(try store.search("talks", limit: 10, highlight: .brackets).map(\.id) == ["gas"])
        #expect(try store.search("grain", limit: 10, highlight: .brackets).map(\.id) == ["grain"])
        #expect(try store.quotes(speaker: nil, search: "pipeline", kind: nil, limit: 10).count == 1)
        #expect(try store.consistencyProblems().isEmpty)
        // No copies left: the index's content tables are gone.
        let tables = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE name LIKE '%fts_content'")
        }
        #expect(tables.isEmpty)
        // New rows are indexed as before.
        _ = try store.store([ScratchStore.item("oil", "Oil exports rose as the pipeline opened.", title: "Oil")])
        #expect(try store.search("pipeline", limit: 10, highlight: .brackets).map(\.id).sorted() == ["gas", "oil"])
        #expect(try store.consistencyProblems().isEmpty)
    }
}
