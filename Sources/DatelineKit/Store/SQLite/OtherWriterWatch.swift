import Foundation

/// Notices commits by other connections (another process ingesting into the same file) through the
/// writing connection's `PRAGMA data_version`, which changes only when someone else committed.
/// What this process keeps about the store's contents (an outlet's paragraph counts) is stale once
/// `commits` moved.
final class OtherWriterWatch: @unchecked Sendable {
    private let lock = NSLock()
    private var version: Int64?
    private var seen = 0

    /// How many times a change by another connection was seen; the first look counts as one,
    /// since nothing says what happened before it.
    var commits: Int {
        lock.lock()
        defer { lock.unlock() }
        return seen
    }

    /// Called inside a write transaction with the writing connection's `PRAGMA data_version`.
    func observe(dataVersion: Int64) {
        lock.lock()
        defer { lock.unlock() }
        if version != dataVersion { seen += 1 }
        version = dataVersion
    }
}
