/// A sentence as lower-case UTF-8 bytes (’ and ‘ as '), with the plain byte search calendar terms
/// need. Foundation's `range(of:)` costs a thousand times more on Linux; these are short sentences.
struct LoweredText: Sendable {
    var bytes: [UInt8]

    init(bytes: [UInt8]) { self.bytes = bytes }

    init(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        // Written straight into the array's storage (never longer than the range): appending byte
        // by byte checked capacity and uniqueness for every byte of every sentence dating reads.
        bytes = [UInt8](unsafeUninitializedCapacity: range.count) { out, written in
            var i = range.lowerBound, n = 0
            while i < range.upperBound {
                let b = buffer[i]
                if b == 0xE2, i + 2 < range.upperBound, buffer[i + 1] == 0x80, buffer[i + 2] == 0x98 || buffer[i + 2] == 0x99 {
                    out[n] = 39
                    n += 1
                    i += 3
                    continue
                }
                out[n] = b >= 65 && b <= 90 ? b | 0x20 : b
                n += 1
                i += 1
            }
            written = n
        }
    }

    init(_ string: String) {
        bytes = Array(string.utf8).withUnsafeBufferPointer { LoweredText($0, 0..<$0.count).bytes }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }

    static func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 || (b >= 48 && b <= 57) || b >= 0x80 }

    /// Offset of the first occurrence of `needle` at or after `from`, optionally only at a word start.
    func find(_ needle: [UInt8], from: Int = 0, wordStart: Bool = false) -> Int? {
        let n = needle.count
        guard n > 0, bytes.count >= n else { return nil }
        let first = needle[0]
        var i = from
        while i <= bytes.count - n {
            if bytes[i] == first, !wordStart || i == 0 || !Self.isWordByte(bytes[i - 1]) {
                var k = 1
                while k < n, bytes[i + k] == needle[k] { k += 1 }
                if k == n { return i }
            }
            i += 1
        }
        return nil
    }

    func contains(_ needle: [UInt8], wordStart: Bool = false) -> Bool { find(needle, wordStart: wordStart) != nil }
    func contains(_ needle: String) -> Bool { contains(Array(needle.utf8)) }
}
