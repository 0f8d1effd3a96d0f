import Foundation
import GRDB
import Testing
@testable import DatelineKit

@Suite("Unread index migration")
struct UnreadIndexMigrationTests {
    static let dropped = ["documents_by_date", "documents_by_original", "quotes_by_speaker", "quotes_by_document",
                          "story_entities_by_name"]

    static func indexes(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'"))
    }

    @Test("a v12 store loses the unread indexes on opening, and its lists, groups, quotes and statistics read as before")
    func v12StoreMigrates() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("old.sqlite").path
        // A store as v12 wrote it: three documents (one a near-duplicate, one undated) and a quote.
        do {
            let queue = try DatabaseQueue(path: path)
            try StoreMigrations.migrator.migrate(queue, upTo: "v12-more-recent-rows")
            try queue.write { db in
                #expect(try Self.indexes(db).isSuperset(of: Self.dropped))
                let rows: [(Int, String, String?, String?, String)] = [
                    (1, "gas", "2025-01-20", nil, "The leaders discussed a new gas pipeline."),
                    (2, "gas-copy", "2025-01-21", "gas", "The leaders discussed a new gas pipeline today."),
                    (3, "grain", nil, nil, "Ministers discussed grain exports."),
                ]
                for (number, id, published, original, text) in rows {
                    try db.execute(sql: """
                        INSERT INTO documents (number, id, content_hash, outlet, published, text, characters, removed_json,
                            contributors_json, near_duplicate_of, ingested_at)
                        VALUES (?, ?, ?, 'Wire', ?, ?, ?, '[]', '[]', ?, '2026-01-01T00:00:00Z')
                        """, arguments: [number, id, SHA256.hex(text), published, text, text.unicodeScalars.count, original])
                    try db.execute(sql: "INSERT INTO documents_fts (rowid, title, text) VALUES (?, '', ?)", arguments: [number, text])
                }
                try db.execute(sql: """
                    INSERT INTO quotes (number, document, speaker_key, speaker_name, text, kind, start, "end")
                    VALUES (1, 'gas', 'person:vladimir putin', 'Vladimir Putin', 'We will build the pipeline together', 'direct', 0, 10)
                    """)
                try db.execute(sql: "INSERT INTO quotes_fts (rowid, text) VALUES (1, 'We will build the pipeline together')")
            }
        }
        let store = try SQLiteStore(path: path)
        let left = try store.pool.read { db in try Self.indexes(db) }
        #expect(left.isDisjoint(with: Self.dropped))
        for table in ["documents_fts", "quotes_fts"] {
            let merge = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT v FROM \(table)_config WHERE k = 'automerge'") }
            #expect(merge == StoreMigrations.fullTextMerge)
        }
        #expect(left.isSuperset(of: ["documents_by_outlet", "entity_mentions_by_entity", "entity_mentions_by_document",
                                     "stories_by_day", "story_documents_by_story"]))
        // Newest first, undated last; the copy grouped under its original.
        #expect(try store.documents(limit: 10, offset: 0).map(\.id) == ["gas-copy", "gas", "grain"])
        let groups = try store.nearDuplicateGroups()
        #expect(groups.map(\.original.id) == ["gas"])
        #expect(groups.first?.duplicates.map(\.id) == ["gas-copy"])
        let statistics = try store.statistics()
        #expect(statistics.documents == 3)
        #expect(statistics.nearDuplicates == 1)
        #expect(statistics.earliest == "2025-01-20")
        #expect(statistics.latest == "2025-01-21")
        #expect(statistics.undated == 1)
        #expect(try store.quotes(speaker: "Putin", search: nil, kind: nil, limit: 10).map(\.document) == ["gas"])
        #expect(try store.quotes(speaker: "person:vladimir putin", search: "pipeline", kind: nil, limit: 10).count == 1)
        #expect(try store.consistencyProblems().isEmpty)
        // New documents are stored and listed as before.
        _ = try store.store([ScratchStore.item("oil", "Oil exports rose as the pipeline opened.", title: "Oil",
                                               published: "2025-01-22")])
        #expect(try store.documents(limit: 10, offset: 0).map(\.id) == ["oil", "gas-copy", "gas", "grain"])
        #expect(try store.search("pipeline", limit: 10, highlight: .brackets).map(\.id).sorted() == ["gas", "gas-copy", "oil"])
        #expect(try store.consistencyProblems().isEmpty)
    }
}
