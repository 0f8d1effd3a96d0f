import Foundation

/// Timeline entry summaries this store has committed or read, kept between storing transactions so
/// a busy entry is not read and decoded again for every batch that considers it. Storing
/// transactions use them while no other connection has committed (`check(dataVersion:)`).
/// Entries are remembered only after their transaction commits; a rolled-back batch leaves nothing.
final class TimelineEntryMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Int64: TimelineEntry] = [:]
    /// What merging reads of each remembered entry (`TimelineMergeSketch`), made once when it is
    /// remembered: a report tests its candidates on these, and copies out the one entry it joins.
    /// Kept with `entries`, entry for entry, and `names` for as long as any sketch uses them.
    private var sketches = TimelineSketchTable()
    private var names = TimelineNames()
    /// More names than this (people seen in any entry ever remembered) and all is forgotten.
    let nameCapacity = 1_000_000
    /// Bounds memory on a large store: the oldest entries go first, new reports rarely reach them.
    /// About 700 bytes an entry: 150,000 (the entries of ~130,000 generated articles) cost ~80 MB
    /// at 100,000 articles and saved 15% of the store pass there (1.39 → 1.21 ms per article),
    /// where 20,000 made every batch read and decode most of its candidates from the table again.
    let capacity: Int

    init(capacity: Int = 150_000) {
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
        sketches.removeAll()
        names = TimelineNames()
        keys.removeAll()
        dropped.removeAll()
        trustedVersion = dataVersion
    }

    /// Index keys (`timeline_keys.key`) known to have no rows or to have had some. Most keys a
    /// report looks under are of kinds of date its people's entries never had ("a year", "a
    /// decade"): a key known empty is not looked up. Unlike summaries this is learned inside
    /// transactions, so it holds only what a rollback cannot make false: "empty" is learned only
    /// by reading a key that this process never deleted rows from (its own insertions mark the
    /// key filed first), and "filed" is never wrong to believe — it only costs a lookup. Kept by
    /// the keys' stem (`TimelineKeys.Lookup.stem`), the five kinds of date of one name together
    /// (`KeyStates`): a report reads one entry per name, not five.
    private var keys: [String: KeyStates] = [:]
    private var dropped: Set<String> = []
    let keyCapacity = 200_000

    /// What is known of the keys of one stem, two bits per kind of date (`TimelineKeys.suffixes`):
    /// 0 nothing, 1 no rows, 2 has had rows.
    struct KeyStates {
        var bits: UInt16 = 0

        /// Whether the key of this kind is known to have no rows; nil when not known.
        func isEmpty(_ kind: Int) -> Bool? {
            switch (bits >> (2 * kind)) & 3 {
            case 1: true
            case 2: false
            default: nil
            }
        }

        var isKnown: Bool { bits != 0 }

        mutating func set(_ kind: Int, isEmpty: Bool) {
            bits = bits & ~(3 << (2 * kind)) | ((isEmpty ? 1 : 2) << (2 * kind))
        }

        /// "Has had rows", for a key already known either way.
        mutating func markFiled(_ kind: Int) {
            if isEmpty(kind) != nil { set(kind, isEmpty: false) }
        }
    }

    /// What is known of the keys under one stem. Current once `check(dataVersion:)` ran in this
    /// transaction.
    func keys(stem: String) -> KeyStates {
        lock.lock()
        defer { lock.unlock() }
        return keys[stem] ?? KeyStates()
    }

    /// What a read of `lookup`'s key found.
    func learned(_ lookup: TimelineKeys.Lookup, isEmpty: Bool) {
        let key = isEmpty ? lookup.key : ""
        lock.lock()
        defer { lock.unlock() }
        if keys.count >= keyCapacity { keys.removeAll() }
        keys[lookup.stem, default: KeyStates()].set(lookup.kind, isEmpty: isEmpty && !dropped.contains(key))
    }

    /// A row was filed under `key`.
    func filed(_ key: String) {
        guard let (stem, kind) = Self.split(key) else { return }
        lock.lock()
        defer { lock.unlock() }
        keys[stem]?.markFiled(kind)
    }

    /// A row was removed from under `key`: a rollback may bring it back, so the key is never
    /// believed empty.
    func dropped(_ key: String) {
        let split = Self.split(key)
        lock.lock()
        defer { lock.unlock() }
        dropped.insert(key)
        if let (stem, kind) = split { keys[stem]?.markFiled(kind) }
    }

    /// A key's stem and kind of date; nil for a key no lookup makes (none is kept for it).
    static func split(_ key: String) -> (stem: String, kind: Int)? {
        guard let last = key.last, let kind = TimelineKeys.suffixes.firstIndex(of: String(last)) else { return nil }
        return (String(key.dropLast()), kind)
    }

    /// The remembered summary of entry `id`; current once `check(dataVersion:)` ran in this
    /// transaction.
    func entry(_ id: Int64) -> TimelineEntry? {
        lock.lock()
        defer { lock.unlock() }
        return entries[id]
    }

    /// Considers each remembered entry among `ids` as the entry `probe`'s report may join, on its
    /// sketch alone (one lock for all of them, no entry copied); returns the ids it does not
    /// remember, in their order. Current once `check(dataVersion:)` ran in this transaction.
    func consider(_ ids: [Int64], for probe: TimelineMergeProbe, into choice: inout TimelineMergeChoice) -> [Int64] {
        lock.lock()
        defer { lock.unlock() }
        guard !sketches.isEmpty else { return ids }
        let numbered = probe.numbered(names)
        var unknown: [Int64] = []
        for id in ids {
            if let sketch = sketches[id] {
                choice.consider(probe.fit(sketch, numbered) { sketches.moreActors(of: id) }, id: id)
            } else {
                unknown.append(id)
            }
        }
        return unknown
    }

    /// Takes in the summaries a committed transaction read or wrote.
    func remember(_ committed: [Int64: TimelineEntry]) {
        lock.lock()
        defer { lock.unlock() }
        if names.count > nameCapacity {
            entries.removeAll()
            sketches.removeAll()
            names = TimelineNames()
        }
        entries.merge(committed) { _, new in new }
        var more: [Int32] = []
        // In id order: the first id sketched is where the table's array starts.
        for id in committed.keys.sorted() {
            let sketch = TimelineMergeSketch(committed[id]!, names: &names, moreActors: &more)
            sketches.set(id, sketch, moreActors: more)
        }
        if entries.count > capacity {
            for id in entries.keys.sorted().prefix(entries.count - capacity / 2) {
                entries[id] = nil
                sketches.remove(id)
            }
            sketches.compact()
        }
    }
}
