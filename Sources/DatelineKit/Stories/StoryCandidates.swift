/// The stories an article's lookup terms found, each once with the `touched` number it was last
/// found under: up to ten terms of 24 postings each, gathered for every article. Story ids are
/// row ids, so a multiply-shift spreads them over the slots; a `Dictionary` hashed each with
/// SipHash, a fifth of the cost of finding the candidates.
struct StoryCandidates {
    /// Position + 1 in `found` of the story in each slot; 0 marks an empty slot.
    private var slots: [Int32]
    private var keys: [Int64]
    private let shift: UInt64
    /// Each story once, in the order first found.
    private(set) var found: [(story: Int64, touched: Int)] = []

    /// Room for `capacity` stories without a collision chain longer than a few slots.
    init(capacity: Int) {
        var size = 16, bits: UInt64 = 4
        while size < capacity * 2 { size <<= 1; bits += 1 }
        slots = [Int32](repeating: 0, count: size)
        keys = [Int64](repeating: 0, count: size)
        shift = 64 - bits
        found.reserveCapacity(capacity)
    }

    /// Records `story` as found under `touched`; a story found again keeps the later number.
    mutating func insert(_ story: Int64, touched: Int) {
        if found.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var i = Int(truncatingIfNeeded: (UInt64(bitPattern: story) &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while slots[i] != 0 {
            if keys[i] == story { found[Int(slots[i]) - 1].touched = touched; return }
            i = (i + 1) & mask
        }
        found.append((story, touched))
        slots[i] = Int32(found.count)
        keys[i] = story
    }

    private mutating func grow() {
        var larger = StoryCandidates(capacity: slots.count)
        for entry in found { larger.insert(entry.story, touched: entry.touched) }
        self = larger
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
