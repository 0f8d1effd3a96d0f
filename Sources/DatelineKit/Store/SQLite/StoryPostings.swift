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
    }

    private var lists: [UInt64: List] = [:]
    /// Rows to add and rows to remove, by term. A row added and removed within the batch is in neither.
    private(set) var added: [UInt64: Set<Entry>] = [:]
    private(set) var removed: [UInt64: Set<Entry>] = [:]

    /// The newest `limit` stories filed under `term`; `read(term, count)` reads the newest `count`
    /// rows of the table, newest first.
    mutating func newest(_ term: UInt64, limit: Int, read: (UInt64, Int) throws -> [Entry]) rethrows -> ArraySlice<Entry> {
        if let list = lists[term], list.complete || list.entries.count >= limit { return list.entries.prefix(limit) }
        // Rows still to be removed may be among the newest in the table: read past them.
        let gone = removed[term] ?? []
        let wanted = limit + gone.count
        let rows = try read(term, wanted)
        var entries = rows.filter { !gone.contains($0) }
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
        if added[term]?.remove(entry) == nil { removed[term, default: []].insert(entry) }
        guard var list = lists[term], let i = list.entries.firstIndex(of: entry) else { return }
        list.entries.remove(at: i)
        // Fewer than `limit` known of a longer list: the next read fetches the rest from the table.
        lists[term] = list.complete || list.entries.count >= limit ? list : nil
    }

    private mutating func add(_ entry: Entry, to term: UInt64, limit: Int) {
        added[term, default: []].insert(entry)
        guard var list = lists[term] else { return }
        let i = list.entries.firstIndex { Entry.newer(entry, $0) } ?? list.entries.count
        list.entries.insert(entry, at: i)
        // Twice the limit leaves room for removals without a read; older entries are never asked for.
        if list.entries.count > 2 * limit {
            list.entries.removeLast(list.entries.count - 2 * limit)
            list.complete = false
        }
        lists[term] = list
    }
}
