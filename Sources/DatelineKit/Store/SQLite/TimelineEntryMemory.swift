import Foundation

/// Timeline entry summaries this store has committed or read, kept between storing transactions so
/// a busy entry is not decoded from JSON again for every batch that considers it. A remembered
/// summary is used only while its row's report count is unchanged: an entry changes only by
/// absorbing a report, which raises the count, so a change by another process is never missed.
/// Entries are remembered only after their transaction commits; a rolled-back batch leaves nothing.
final class TimelineEntryMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int64: TimelineEntry] = [:]
    /// Bounds memory on a large store: the oldest entries go first, new reports rarely reach them.
    let capacity: Int

    init(capacity: Int = 20_000) {
        self.capacity = capacity
    }

    /// The remembered summary of entry `id` if it still has `reports` reports.
    func entry(_ id: Int64, reports: Int) -> TimelineEntry? {
        lock.lock()
        defer { lock.unlock() }
        guard let entry = entries[id], entry.reportCount == reports else { return nil }
        return entry
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
