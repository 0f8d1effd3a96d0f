/// The story postings (`story_postings`) of the terms one storing transaction has read or changed,
/// and the changes it has yet to write. An article reads the newest stories of ten terms and
/// refiles one story under ten: in a batch of articles about the same news the same terms come
/// back again and again, so each is read once per batch, and a story that takes several articles
/// of the batch is written under its final terms only, by `IndexingBatch.finish`.
///
/// The write lock is held for the whole transaction, so the table changes only through here; a
/// list is the exact newest part of the term's postings as they will be once written.
struct StoryPostings {
    /// One story filed under a term, as the article numbered `touched` left it.
    struct Entry: Hashable {
        var touched: Int
        var story: Int64

        /// Newest first, as the table's index is read.
        static func newer(_ a: Entry, _ b: Entry) -> Bool {
            a.touched != b.touched ? a.touched > b.touched : a.story > b.story
        }
    }

    /// The newest entries of a term; `complete` when they are all the term has.
    private struct List {
        var entries: [Entry]
        var complete: Bool

        /// Removes `entry`; false when it is not among the entries.
        mutating func remove(_ entry: Entry) -> Bool {
            guard let i = entries.firstIndex(of: entry) else { return false }
            entries.remove(at: i)
            return true
        }

        /// Adds `entry` in newest-first order.
        mutating func insert(_ entry: Entry, limit: Int) {
            let i = entries.firstIndex { Entry.newer(entry, $0) } ?? entries.count
            entries.insert(entry, at: i)
            // Twice the limit leaves room for removals without a read; older entries are never asked for.
            if entries.count > 2 * limit {
                entries.removeLast(entries.count - 2 * limit)
                complete = false
            }
        }
    }

    private var lists: [UInt64: List] = [:]
    /// Rows to add and rows to remove, by term, each once, in no order. A row added and removed
    /// within the batch is in neither. Lists, not sets: a row leaves `added` when its story moves
    /// on, and a `Set` closed the gap by rehashing (SipHash) the entries after it, half the cost of
    /// refiling; a scan of a term's few dozen entries is cheaper.
    private(set) var added: [UInt64: [Entry]] = [:]
    private(set) var removed: [UInt64: [Entry]] = [:]

    /// The newest `limit` stories filed under `term`; `read(term, count)` reads the newest `count`
    /// rows of the table, newest first.
    mutating func newest(_ term: UInt64, limit: Int, read: (UInt64, Int) throws -> [Entry]) rethrows -> ArraySlice<Entry> {
        if let list = lists[term], list.complete || list.entries.count >= limit { return list.entries.prefix(limit) }
        // Rows still to be removed may be among the newest in the table: read past them.
        let gone = removed[term] ?? []
        let wanted = limit + gone.count
        let rows = try read(term, wanted)
        var entries: [Entry]
        if gone.count > 16 {
            let goneSet = Set(gone)
            entries = rows.filter { !goneSet.contains($0) }
        } else {
            entries = rows.filter { !gone.contains($0) }
        }
        // What this batch added is newer than anything it found in the table.
        entries += added[term] ?? []
        entries.sort(by: Entry.newer)
        lists[term] = List(entries: entries, complete: rows.count < wanted)
        return entries.prefix(limit)
    }

    /// Moves a story from the terms it was filed under at `old` to `terms` at `new`.
    mutating func refile(_ story: Int64, leaving before: [UInt64], at old: Int?, filing terms: [UInt64], at new: Int, limit: Int) {
        if let old {
            for term in before { remove(Entry(touched: old, story: story), from: term, limit: limit) }
        }
        for term in terms { add(Entry(touched: new, story: story), to: term, limit: limit) }
    }

    private mutating func remove(_ entry: Entry, from term: UInt64, limit: Int) {
        if let i = added.index(forKey: term), let j = added.values[i].firstIndex(of: entry) {
            // Order does not matter: the last entry takes the place of the one removed.
            added.values[i].swapAt(j, added.values[i].count - 1)
            added.values[i].removeLast()
        } else {
            removed[term, default: []].append(entry)
        }
        // Changed in place: a copy taken out of the dictionary would copy its entries on the first change.
        guard let index = lists.index(forKey: term), lists.values[index].remove(entry) else { return }
        // Fewer than `limit` known of a longer list: the next read fetches the rest from the table.
        let list = lists.values[index]
        if !(list.complete || list.entries.count >= limit) { lists.remove(at: index) }
    }

    private mutating func add(_ entry: Entry, to term: UInt64, limit: Int) {
        added[term, default: []].append(entry)
        guard let index = lists.index(forKey: term) else { return }
        lists.values[index].insert(entry, limit: limit)
    }
}
