/// The remembered entries' sketches, by entry id. Entry ids are row ids, handed out in order, so
/// the sketches lie in one array from the oldest id remembered on: a candidate's sketch is one
/// read at a known place. In a hashed table the same read touched the table's occupancy, keys
/// and values apart, three cache misses for each of a report's up to 64 candidates, and that
/// had become most of what testing a candidate cost. Ids older than the array's first (an entry
/// read from its row after older ones were forgotten) are kept by a hashed table beside it.
struct TimelineSketchTable {
    /// The id of `slots[0]`.
    private var base: Int64 = 0
    private var slots: [TimelineMergeSketch?] = []
    private var older: [Int64: TimelineMergeSketch] = [:]
    /// People beyond a sketch's `inlineActors`, by entry id.
    private var moreActors: [Int64: [Int32]] = [:]

    var isEmpty: Bool { slots.isEmpty && older.isEmpty }

    subscript(id: Int64) -> TimelineMergeSketch? {
        if id >= base, id - base < Int64(slots.count) { return slots[Int(id - base)] }
        return id < base ? older[id] : nil
    }

    func moreActors(of id: Int64) -> [Int32] {
        moreActors[id] ?? []
    }

    /// Sketches in `slots`.
    private var present = 0

    mutating func set(_ id: Int64, _ sketch: TimelineMergeSketch, moreActors more: [Int32]) {
        moreActors[id] = more.isEmpty ? nil : more
        if slots.isEmpty { base = id }
        if id < base {
            older[id] = sketch
            return
        }
        let slot = id - base
        if slot >= Int64(slots.count) {
            // Mostly few slots stay empty: ids are dense, and the entries a batch reads or writes
            // are mostly recent. An array far emptier than that (an old entry read first, then
            // the newest) starts again at this id, the sketches before it kept as older ones.
            if slot - Int64(present) > Int64(4 * present + 4096) {
                for (i, kept) in slots.enumerated() { if let kept { older[base + Int64(i)] = kept } }
                slots = []
                present = 0
                base = id
                return set(id, sketch, moreActors: more)
            }
            slots.append(contentsOf: repeatElement(nil, count: Int(slot) - slots.count + 1))
        }
        if slots[Int(slot)] == nil { present += 1 }
        slots[Int(slot)] = sketch
    }

    mutating func remove(_ id: Int64) {
        moreActors[id] = nil
        if id < base {
            older[id] = nil
        } else if id - base < Int64(slots.count), slots[Int(id - base)] != nil {
            slots[Int(id - base)] = nil
            present -= 1
        }
    }

    /// Gives back the slots before the oldest sketch left (after the oldest entries are forgotten).
    mutating func compact() {
        guard let first = slots.firstIndex(where: { $0 != nil }), first > 0 else { return }
        slots.removeFirst(first)
        base += Int64(first)
    }

    mutating func removeAll() {
        self = TimelineSketchTable()
    }
}
