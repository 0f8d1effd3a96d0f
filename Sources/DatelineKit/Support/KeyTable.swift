/// An open-addressing hash map from 64-bit token keys to small integers. Token keys are already
/// hashes, so a multiply-shift picks the slot: one probe per lookup, no `Hasher` (SipHash) on the hot path.
struct KeyTable: Sendable {
    private var keys: [UInt64]
    private var values: [Int32]
    private var shift: UInt64
    private(set) var count = 0

    init(minimumCapacity: Int = 16) {
        var size = 16, bits: UInt64 = 4
        while size < minimumCapacity * 2 { size <<= 1; bits += 1 }
        keys = [UInt64](repeating: 0, count: size)
        values = [Int32](repeating: 0, count: size)
        shift = 64 - bits
    }

    /// 0 marks an empty slot, so the key 0 keeps its value beside the slots: every key is told
    /// apart, as the story index's term and candidate tables need.
    private var zeroValue: Int32?

    @inline(__always) private func slot(_ key: UInt64) -> Int { Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift) }

    @inline(__always) subscript(key: UInt64) -> Int32? {
        if key == 0 { return zeroValue }
        let mask = keys.count - 1
        var i = slot(key)
        while true {
            let k = keys[i]
            if k == key { return values[i] }
            if k == 0 { return nil }
            i = (i + 1) & mask
        }
    }

    func contains(_ key: UInt64) -> Bool { self[key] != nil }

    mutating func set(_ key: UInt64, _ value: Int32) {
        if key == 0 {
            if zeroValue == nil { count += 1 }
            zeroValue = value
            return
        }
        if (count + 1) * 2 > keys.count { grow() }
        let mask = keys.count - 1
        var i = slot(key)
        while keys[i] != 0, keys[i] != key { i = (i + 1) & mask }
        if keys[i] == 0 { count += 1 }
        keys[i] = key
        values[i] = value
    }

    private mutating func grow() {
        let old = zip(keys, values).filter { $0.0 != 0 }
        let zero = zeroValue
        self = KeyTable(minimumCapacity: keys.count)
        for (key, value) in old { set(key, value) }
        if let zero { set(0, zero) }
    }

    init<S: Sequence>(set keys: S) where S.Element == UInt64 {
        self.init()
        for key in keys { set(key, 1) }
    }
}
