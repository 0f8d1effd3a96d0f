/// An open-addressing hash map from 64-bit token keys to small integers. Token keys are already
/// hashes, so a multiply-shift picks the slot: one probe per lookup, no `Hasher` (SipHash) on the hot path.
struct KeyTable: Sendable {
    /// A key and its value side by side: a probe into a large table (the gazetteer's edges) then
    /// misses the cache once, where separate key and value arrays missed twice.
    private struct Slot { var key: UInt64; var value: Int32 }
    private var slots: [Slot]
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var size = 16, bits: UInt64 = 4
        while size < minimumCapacity * 2 { size <<= 1; bits += 1 }
        slots = [Slot](repeating: Slot(key: 0, value: 0), count: size)
        shift = 64 - bits
    }

    /// 0 marks an empty slot, so the key 0 keeps its value beside the slots: every key is told
    /// apart, as the story index's term and candidate tables need.
    private var zeroValue: Int32?

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always) subscript(key: UInt64) -> Int32? {
        if key == 0 { return zeroValue }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var i = slot(key)
            while true {
                let k = slots[i].key
                if k == key { return slots[i].value }
                if k == 0 { return nil }
                i = (i + 1) & mask
            }
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if key == 0 {
            if zeroValue == nil { count += 1 }
            zeroValue = value
            return
        }
        if (count + 1) * 2 > slots.count { grow() }
        let mask = slots.count - 1
        var i = slot(key)
        while slots[i].key != 0, slots[i].key != key { i = (i + 1) & mask }
        if slots[i].key == 0 { count += 1 }
        slots[i] = Slot(key: key, value: value)
    }

    private mutating func grow() {
        let old = slots.filter { $0.key != 0 }
        let zero = zeroValue
        self = KeyTable(minimumCapacity: slots.count)
        for slot in old { set(slot.key, slot.value) }
        if let zero { set(0, zero) }
    }

    init<S: Sequence>(set keys: S) where S.Element == UInt64 {
        self.init()
        for key in keys { set(key, 1) }
    }
}
