import Foundation
import GRDB
import Testing
@testable import DatelineKit

@Suite("Store page size")
struct StorePageSizeTests {
    static func pageSize(_ path: String) throws -> Int {
        try DatabaseQueue(path: path).read { db in try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0 }
    }

    @Test("a new store gets 16 KB pages; a store made with 4 KB pages keeps them and still works")
    func pageSizes() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fresh = folder.appendingPathComponent("new.sqlite").path
        do {
            let store = try SQLiteStore(path: fresh)
            _ = try store.store([ScratchStore.item("talks", "Putin and Xi met in Moscow today.")])
        }
        #expect(try Self.pageSize(fresh) == SQLiteStore.pageBytes)
        let old = folder.appendingPathComponent("old.sqlite").path
        do {
            let queue = try DatabaseQueue(path: old)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA page_size = 4096; PRAGMA journal_mode = WAL")
            }
            try StoreMigrations.migrator.migrate(queue)
        }
        let store = try SQLiteStore(path: old)
        _ = try store.store([ScratchStore.item("talks", "Putin and Xi met in Moscow today.")])
        #expect(try store.search("Moscow", limit: 5, highlight: .brackets).map(\.id) == ["talks"])
        #expect(try Self.pageSize(old) == 4096)
    }
}
