import GRDB

/// What the layer indexes remember across the documents of one storing transaction, dropped when it
/// ends: the write lock is held throughout, so nothing another process writes can make it stale.
/// The timeline keeps the entries it has read or changed here, so a busy entry is decoded once per
/// batch instead of once per report that considers it, and written back once, at the end.
public final class IndexingBatch {
    /// Timeline entries read or changed in this transaction, by id, without their reports.
    var timelineEntries: [Int64: TimelineEntry] = [:]
    /// Ids of entries changed in memory whose row still holds the old summary.
    var unsavedTimelineEntries: Set<Int64> = []

    /// Summaries remembered from earlier transactions of the same store, if any.
    let remembered: TimelineEntryMemory?

    public convenience init() {
        self.init(remembering: nil)
    }

    init(remembering memory: TimelineEntryMemory?) {
        remembered = memory
    }

    /// Hands what this transaction read and wrote to the store's memory; call after the commit.
    func committed() {
        remembered?.remember(timelineEntries)
    }

    /// Writes back what the indexes deferred; the store calls it before committing.
    public func finish(in db: Database) throws {
        try SQLiteTimelineRepository(db: db, batch: self).saveDeferred()
    }
}
