import Foundation

/// Timeline entry summaries this store has committed or read, kept between storing transactions so
/// a busy entry is not read and decoded again for every batch that considers it. Storing
/// transactions use them while no other connection has committed (`check(dataVersion:)`).
/// Entries are remembered only after their transaction commits; a rolled-back batch leaves nothing.
final class TimelineEntryMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int64: TimelineEntry] = [:]
    /// Bounds memory on a large store: the oldest entries go first, new reports rarely reach them.
    let capacity: Int

    init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    /// `PRAGMA data_version` of the store's writing connection when the remembered summaries were
    /// last known to match the table. It changes only when another connection (another process)
    /// commits; while it holds, every remembered summary is current and can be used without
    /// reading its row — at 40,000 stored articles those row reads had become 18 per article.
    private var trustedVersion: Int64?

    /// Called inside a write transaction, whose lock keeps other writers out until it ends: when
    /// another connection has committed since, the summaries may be stale and are all forgotten.
    func check(dataVersion: Int64) {
        lock.lock()
        defer { lock.unlock() }
        guard trustedVersion != dataVersion else { return }
        entries.removeAll()
        trustedVersion = dataVersion
    }

    /// The remembered summary of entry `id`; current once `check(dataVersion:)` ran in this
    /// transaction.
    func entry(_ id: Int64) -> TimelineEntry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[id]
    }

    /// Takes in the summaries a committed transaction read or wrote.
    func remember(_ committed: [Int64: TimelineEntry]) {
        lock.lock()
        defer { lock.unlock() }
        entries.merge(committed) { _, new in new }
        if entries.count > capacity {
            for id in entries.keys.sorted().prefix(entries.count - capacity / 2) { entries[id] = nil }
        }
    }
}
