/// The dash-separated numbers opening a TIMEX3 value ("2023-10-05" → 2023, 10, 5, "2025-W04" →
/// 2025, nil), read on bytes exactly as `value.prefix(10).split(separator: "-")` and `Int(_:)`
/// read them: up to ten characters, empty pieces dropped, a piece a number only when it is an
/// optional sign and digits. Values that are not plain ASCII are left to that String code (nil).
struct TimexDateParts {
    /// How many pieces the first ten characters hold.
    var count = 0
    /// The first piece's length and number.
    var firstLength = 0
    var first: Int?
    var second: Int?
    var third: Int?
    /// The number the third piece's first two characters make ("2024-05-06T10" → 6), as a day is read.
    var thirdOpening: Int?

    init?(_ value: String) {
        var parsed: TimexDateParts?? = nil
        _ = value.utf8.withContiguousStorageIfAvailable { bytes in parsed = TimexDateParts(bytes) }
        guard let result = parsed ?? nil else { return nil }
        self = result
    }

    private init() {}

    private init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Ten characters are ten bytes only for ASCII without "\r\n" (one Character of two bytes).
        let n = min(bytes.count, 11)
        for k in 0..<n where bytes[k] >= 0x80 || bytes[k] == 13 { return nil }
        self.init()
        let end = min(bytes.count, 10)
        var i = 0
        while i < end {
            if bytes[i] == UInt8(ascii: "-") { i += 1; continue }
            var j = i
            while j < end, bytes[j] != UInt8(ascii: "-") { j += 1 }
            let number = Self.integer(bytes, i, j)
            switch count {
            case 0: firstLength = j - i; first = number
            case 1: second = number
            case 2:
                third = number
                thirdOpening = Self.integer(bytes, i, min(j, i + 2))
            default: break
            }
            count += 1
            i = j
        }
    }

    /// `Int(_:)` of bytes `lo..<hi` (no dash among them): an optional sign, then one or more digits.
    private static func integer(_ bytes: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> Int? {
        var i = lo
        var negative = false
        if i < hi, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { negative = bytes[i] == UInt8(ascii: "-"); i += 1 }
        guard i < hi else { return nil }
        var value = 0
        while i < hi {
            let b = bytes[i]
            guard b >= 48, b <= 57 else { return nil }
            value = value * 10 + Int(b - 48)
            i += 1
        }
        return negative ? -value : value
    }
}
