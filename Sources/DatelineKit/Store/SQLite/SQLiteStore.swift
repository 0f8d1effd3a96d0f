import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode (readers never block the writer), opened through
/// GRDB's `DatabasePool`. Several processes may ingest into the same file at once: write transactions
/// are `IMMEDIATE` and wait up to 30 s for the lock instead of failing with `SQLITE_BUSY`.
///
/// ```swift
/// let store = try SQLiteStore(path: "dateline.sqlite")
/// print(try store.statistics().documents)
/// ```
public final class SQLiteStore: DocumentStore, Sendable {
    public let path: String
    /// The connection pool, for stores' extensions that keep their own tables (events, timeline).
    public let pool: DatabasePool
    /// Timeline entries decoded by earlier batches, reused while unchanged.
    let timelineMemory = TimelineEntryMemory()

    /// Fills query tables from a newly stored document's layers, inside the storing transaction.
    /// Each layer that has tables adds its index here.
    public static let layerIndexes: [any LayerIndex] = [
        EntityMentionIndex(),
        QuoteIndex(),
        EventTimelineIndex(),
    ]

    public var location: String { path }

    public init(path: String) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.label = "dateline"
        pool = try Self.openPool(path: path, configuration: config)
        try Self.migrate(pool)
    }

    private static func openPool(path: String, configuration: Configuration) throws -> DatabasePool {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            throw StoreError("cannot create the store at \(path): folder \(folder) does not exist")
        }
        do { return try DatabasePool(path: path, configuration: configuration) }
        catch { throw StoreError("cannot open the store at \(path): \(error)") }
    }

    /// Two processes opening a new file at once may both try the first migration; the loser sees the
    /// table already made and simply retries, finding the migration recorded.
    private static func migrate(_ pool: DatabasePool) throws {
        var attempt = 0
        while true {
            do {
                try StoreMigrations.migrator.migrate(pool)
                return
            } catch {
                attempt += 1
                if attempt >= 5 { throw StoreError("cannot prepare the store's tables: \(error)") }
                Thread.sleep(forTimeInterval: 0.2 * Double(attempt))
            }
        }
    }

    /// Runs `work` in one `IMMEDIATE` write transaction: committed whole, or rolled back on error.
    func writeTransaction<T>(_ work: (Database) throws -> T) throws -> T {
        try pool.writeWithoutTransaction { db in
            var result: T?
            try db.inTransaction(.immediate) {
                result = try work(db)
                return .commit
            }
            return result!
        }
    }

    static let timestamp: @Sendable () -> String = {
        ISO8601DateFormatter().string(from: Date())
    }
}
