/// The stories an article's lookup terms found, each once with the `touched` number it was last
/// found under: up to ten terms of 24 postings each, gathered for every article. Story ids are
/// row ids, placed by `KeyTable`'s multiply-shift; a `Dictionary` hashed each with SipHash, a
/// fifth of the cost of finding the candidates.
struct StoryCandidates {
    /// Position in `found` of each story.
    private var positions: KeyTable
    /// Each story once, in the order first found.
    private(set) var found: [(story: Int64, touched: Int)] = []

    init(capacity: Int) {
        positions = KeyTable(minimumCapacity: capacity)
        found.reserveCapacity(capacity)
    }

    /// Records `story` as found under `touched`; a story found again keeps the later number.
    mutating func insert(_ story: Int64, touched: Int) {
        let key = UInt64(bitPattern: story)
        if let position = positions[key] {
            found[Int(position)].touched = touched
            return
        }
        positions.set(key, Int32(found.count))
        found.append((story, touched))
    }

    /// The `limit` most recently changed of the stories found (by `touched`, then the newer story),
    /// in no particular order; all of them when there are no more. A selection, not a sort: only
    /// which stories are kept matters.
    func newest(_ limit: Int) -> [(story: Int64, touched: Int)] {
        guard found.count > limit else { return found }
        guard limit > 0 else { return [] }
        var entries = found
        selectFirst(&entries, limit) { a, b in a.touched != b.touched ? a.touched > b.touched : a.story > b.story }
        return Array(entries.prefix(limit))
    }
}
