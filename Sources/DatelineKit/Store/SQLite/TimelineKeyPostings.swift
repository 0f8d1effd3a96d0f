import Foundation

/// The timeline index's rows (`timeline_keys`, both parts of `SettlingTable.timelineKeys`) under
/// the keys this store's reports have read, kept between storing transactions: a report then
/// finds its candidate entries here instead of in up to ten index lookups per name — at 50,000
/// stored articles those lookups were a third of what filing a report cost.
///
/// A key's rows are read whole the first time a report looks under it, and from then on kept in
/// step with what the store writes (`filed`, `dropped`, `settled`). What is held is used only
/// while it cannot be stale: `begin(dataVersion:)` forgets everything when another connection
/// has committed since, or when a transaction that read or changed rows here did not commit (its
/// rows were rolled back, or it has not said so yet).
final class TimelineKeyPostings: @unchecked Sendable {
    /// One index row: `entry` filed under a key, covering `firstDay`…`lastDay`.
    struct Posting: Equatable {
        var firstDay: Int
        var lastDay: Int
        var entry: Int64

        /// The table's order under one key (its primary key: first day, then entry).
        func precedes(_ other: Posting) -> Bool {
            (firstDay, entry) < (other.firstDay, other.entry)
        }
    }

    /// A key's rows in each part of the index, each in the order SQLite scans them.
    struct Rows {
        var recent: [Posting] = []
        var settled: [Posting] = []

        var count: Int { recent.count + settled.count }

        /// Appends the entries of `lookup`'s rows to `ids` as its query returns them: the recent
        /// part's matches, then the settled part's, each in key order, stopping once `limit` rows
        /// were taken (`taken` counts them over a name's lookups, as the query's `LIMIT` does).
        func scan(_ lookup: TimelineKeys.Lookup, limit: Int, taken: inout Int, into ids: inout [Int64]) {
            func take(_ part: [Posting]) {
                var i = TimelineKeyPostings.firstIndex(in: part, firstDay: lookup.firstDays.lowerBound)
                while i < part.count, taken < limit, part[i].firstDay <= lookup.firstDays.upperBound {
                    if part[i].lastDay >= lookup.lastDayFrom {
                        ids.append(part[i].entry)
                        taken += 1
                    }
                    i += 1
                }
            }
            take(recent)
            take(settled)
        }
    }

    private let lock = NSLock()
    /// By the key's stem (`TimelineKeys.Lookup.stem`), a slot per kind of date: one hash of the
    /// name per report, not one per kind; nil, a key not read.
    private var stems: [String: [Rows?]] = [:]
    /// Stems with rows in the recent part, which `settled()` moves.
    private var withRecent: Set<String> = []
    /// Rows held; past `capacity` all is forgotten and read again as reports need it.
    private var held = 0
    let capacity: Int

    private var trustedVersion: Int64?
    private var transactions = 0
    /// The transaction that read or changed rows here and has not yet reported its commit.
    private var open: Int?

    /// About 60 bytes a row with its share of the key: 2,000,000 rows (the index of some 400,000
    /// generated articles) cost ~120 MB.
    init(capacity: Int = 2_000_000) {
        self.capacity = capacity
    }

    /// Starts a storing transaction, given the writing connection's `PRAGMA data_version`; call
    /// inside it, before any other use. Returns the number the transaction passes to the others.
    func begin(dataVersion: Int64) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if trustedVersion != dataVersion || open != nil { forgetAll() }
        trustedVersion = dataVersion
        transactions += 1
        return transactions
    }

    /// The transaction committed: what it read and changed here is in the file.
    func committed(_ transaction: Int) {
        lock.lock()
        defer { lock.unlock() }
        if open == transaction { open = nil }
    }

    /// All rows of a key as the transaction read them.
    func read(stem: String, kind: Int, _ rows: Rows, transaction: Int) {
        lock.lock()
        defer { lock.unlock() }
        open = transaction
        if held + rows.count > capacity { forgetAll() }
        var slots = stems.removeValue(forKey: stem) ?? Self.emptySlots
        if let old = slots[kind] { held -= old.count }
        slots[kind] = rows
        held += rows.count
        stems[stem] = slots
        if !rows.recent.isEmpty { withRecent.insert(stem) }
    }

    /// `Rows.scan` on the key's held rows; false when they are not held.
    func scan(_ lookup: TimelineKeys.Lookup, limit: Int, taken: inout Int, into ids: inout [Int64]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard let slots = stems[lookup.stem], let rows = slots[lookup.kind] else { return false }
        rows.scan(lookup, limit: limit, taken: &taken, into: &ids)
        return true
    }

    /// A row the transaction wrote to the recent part (`INSERT OR REPLACE`). A key not held stays
    /// unread, unless `wasEmpty` (known to have had no rows): its rows are then this one.
    func filed(_ filing: TimelineKeys.Filing, entry: Int64, wasEmpty: Bool, transaction: Int) {
        guard let (stem, kind, posting) = Self.row(filing, entry: entry) else { return }
        lock.lock()
        defer { lock.unlock() }
        open = transaction
        changeRows(stem: stem, kind: kind, creating: wasEmpty) { rows in
            let at = Self.firstIndex(in: rows.recent, of: posting)
            if at < rows.recent.count, !posting.precedes(rows.recent[at]) {
                rows.recent[at] = posting
            } else {
                rows.recent.insert(posting, at: at)
                held += 1
            }
            withRecent.insert(stem)
        }
        if held > capacity { forgetAll() }
    }

    /// A row the transaction deleted from both parts.
    func dropped(_ filing: TimelineKeys.Filing, entry: Int64, transaction: Int) {
        guard let (stem, kind, posting) = Self.row(filing, entry: entry) else { return }
        lock.lock()
        defer { lock.unlock() }
        open = transaction
        changeRows(stem: stem, kind: kind, creating: false) { rows in
            for part in [\Rows.recent, \Rows.settled] {
                let at = Self.firstIndex(in: rows[keyPath: part], of: posting)
                if at < rows[keyPath: part].count, !posting.precedes(rows[keyPath: part][at]) {
                    rows[keyPath: part].remove(at: at)
                    held -= 1
                }
            }
        }
    }

    /// Where a filing's row is held: its key's stem and kind of date, and the row.
    private static func row(_ filing: TimelineKeys.Filing, entry: Int64) -> (stem: String, kind: Int, posting: Posting)? {
        guard let (stem, kind) = TimelineEntryMemory.split(filing.key) else { return nil }
        return (stem, kind, Posting(firstDay: filing.firstDay, lastDay: filing.lastDay, entry: entry))
    }

    /// Runs `change` on a held key's rows (or new empty ones, when `creating`), taken out of the
    /// table meanwhile so they are changed in place rather than copied.
    private func changeRows(stem: String, kind: Int, creating: Bool, _ change: (inout Rows) -> Void) {
        var slots = stems.removeValue(forKey: stem) ?? Self.emptySlots
        if var rows = slots[kind] ?? (creating ? Rows() : nil) {
            slots[kind] = nil
            change(&rows)
            slots[kind] = rows
        }
        if slots.contains(where: { $0 != nil }) { stems[stem] = slots }
    }

    /// The transaction moved every recent row into the settled part (`INSERT OR REPLACE`).
    func settled(transaction: Int) {
        lock.lock()
        defer { lock.unlock() }
        open = transaction
        for stem in withRecent {
            guard var slots = stems.removeValue(forKey: stem) else { continue }
            for kind in slots.indices {
                guard var rows = slots[kind], !rows.recent.isEmpty else { continue }
                let before = rows.count
                rows.settled = Self.merged(rows.settled, rows.recent)
                rows.recent = []
                held += rows.count - before
                slots[kind] = rows
            }
            stems[stem] = slots
        }
        withRecent.removeAll()
    }

    /// The settled rows with the recent ones moved in; a recent row replaces a settled one with
    /// the same first day and entry.
    static func merged(_ settled: [Posting], _ recent: [Posting]) -> [Posting] {
        var out: [Posting] = []
        out.reserveCapacity(settled.count + recent.count)
        var (i, j) = (0, 0)
        while i < settled.count || j < recent.count {
            if j == recent.count || (i < settled.count && settled[i].precedes(recent[j])) {
                out.append(settled[i]); i += 1
            } else {
                if i < settled.count, !recent[j].precedes(settled[i]) { i += 1 }
                out.append(recent[j]); j += 1
            }
        }
        return out
    }

    private func forgetAll() {
        stems.removeAll()
        withRecent.removeAll()
        held = 0
        open = nil
    }

    private static let emptySlots = [Rows?](repeating: nil, count: TimelineKeys.lookupsPerName)

    /// The first row at or after `firstDay`.
    static func firstIndex(in rows: [Posting], firstDay: Int) -> Int {
        var (low, high) = (0, rows.count)
        while low < high {
            let mid = (low + high) / 2
            if rows[mid].firstDay < firstDay { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The first row not before `posting` in key order.
    private static func firstIndex(in rows: [Posting], of posting: Posting) -> Int {
        var (low, high) = (0, rows.count)
        while low < high {
            let mid = (low + high) / 2
            if rows[mid].precedes(posting) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
