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
    /// The timeline index rows earlier batches read or wrote.
    let timelineKeys = TimelineKeyPostings()
    /// Story term counts and summaries learned by earlier batches.
    let storyMemory = StoryMemory()
    /// Commits by other connections, for what an ingest run keeps in memory (paragraph counts).
    let otherWriters = OtherWriterWatch()
    /// The near-duplicate buckets taken, so most articles skip looking theirs up.
    let bandBuckets = BandBucketFilter()

    /// Fills query tables from a newly stored document's layers, inside the storing transaction.
    /// Each layer that has tables adds its index here.
    public static let layerIndexes: [any LayerIndex] = [
        EntityMentionIndex(),
        QuoteIndex(),
        EventTimelineIndex(),
        StoryIndex(),
    ]

    public var location: String { path }

    static let cacheKibibytes = 16 * 1024
    static let pageBytes = 16 * 1024
    static let checkpointPages = 16_384

    /// `statementProfile`, when given, receives the time SQLite spent in each statement (for
    /// `dateline bench pipeline --sql-profile`; tracing itself costs a few µs per statement).
    public init(path: String, statementProfile: StatementProfile? = nil) throws {
        self.path = path
        var config = Configuration()
        config.busyMode = .timeout(30)
        config.label = "dateline"
        // The store writes every row in the transaction that writes its parent and deletes
        // nothing, so SQLite's per-row foreign key checks only repeated a lookup of a row just
        // written — and they made each insert open a statement journal, costing a third of an
        // article's row writes. `consistencyProblems()` checks the references instead.
        config.foreignKeysEnabled = false
        config.prepareDatabase { db in
            // SQLite's default page cache is 2 MB per connection: past a few thousand articles the
            // index pages a new article touches no longer fit, and each lookup re-reads and
            // re-parses a page the OS already holds. With 16 KB pages, 16 MB ingests as fast as
            // 32 MB did (50,000 articles) and peaks 60 MB lower.
            try db.execute(sql: "PRAGMA cache_size = -\(Self.cacheKibibytes)")
            // 16 KB pages for a new file (an existing one keeps its size): an article's row and its
            // layers filled two 4 KB pages, and each page costs a WAL frame, a checkpoint copy and
            // B-tree bookkeeping of its own. Measured on 50,000 generated articles: ~5% less CPU
            // per article than 4 KB pages; 32 and 64 KB measured within noise of 16 KB.
            try db.execute(sql: "PRAGMA page_size = \(Self.pageBytes)")
            // WAL with NORMAL: a commit survives a killed process (what the crash test checks);
            // only a power loss may drop the last transactions, never corrupt the file.
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // A checkpoint every 16,384 pages (256 MB of WAL) instead of every 1,000: with 16 KB
            // pages each batch of 500 articles wrote more than 1,000, so every commit copied all
            // its pages back and synced the file. A page that several batches change (the recent
            // parts, the index pages, the full-text segments) is now copied once for all of them.
            // SQLite checkpoints and removes the WAL when the last connection closes.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = \(Self.checkpointPages)")
            if let statementProfile {
                db.trace(options: .profile) { event in
                    if case let .profile(statement, duration) = event { statementProfile.record(statement.sql, seconds: duration) }
                }
            }
        }
        pool = try Self.openPool(path: path, configuration: config)
        try Self.opening { try StoreMigrations.migrator.migrate(pool) }
    }

    private static func openPool(path: String, configuration: Configuration) throws -> DatabasePool {
        let folder = (path as NSString).deletingLastPathComponent
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            throw StoreError("cannot create the store at \(path): folder \(folder) does not exist")
        }
        return try opening {
            do { return try DatabasePool(path: path, configuration: configuration) }
            catch { throw StoreError("cannot open the store at \(path): \(error)") }
        }
    }

    /// Two processes opening a new file at once race: both switch it to WAL (which SQLite may refuse
    /// as busy without waiting) and both try the first migrations (the loser sees tables already
    /// made). The loser retries for up to about ten seconds, then finds the file ready and the
    /// migrations recorded; a file that stays unusable reports the last error.
    private static func opening<T>(_ step: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do { return try step() }
            catch {
                attempt += 1
                if attempt >= 30 { throw error is StoreError ? error : StoreError("cannot prepare the store's tables: \(error)") }
                Thread.sleep(forTimeInterval: min(0.5, 0.05 * Double(attempt)))
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
