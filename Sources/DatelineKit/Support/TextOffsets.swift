/// Converts between UTF-8 byte offsets (what fast scanners walk) and Unicode scalar offsets (what
/// every public output uses). ASCII text, the common case, needs no table at all.
public struct TextOffsets: Sendable {
    public let text: String
    /// Scalar offset at each UTF-8 byte offset that starts a scalar (and at the end); nil for ASCII.
    private let scalarAtByte: [Int32]?
    /// UTF-8 byte offset of each scalar (and of the end); nil for ASCII.
    private let byteAtScalar: [Int32]?

    public init(_ text: String) {
        self.text = text
        let utf8 = text.utf8
        if ASCIIText.isASCII(text) {
            scalarAtByte = nil
            byteAtScalar = nil
            return
        }
        var scalarAt = [Int32](repeating: -1, count: utf8.count + 1)
        var byteAt: [Int32] = []
        byteAt.reserveCapacity(utf8.count + 1)
        var byte = 0
        for scalar in text.unicodeScalars {
            scalarAt[byte] = Int32(byteAt.count)
            byteAt.append(Int32(byte))
            byte += UTF8.width(scalar)
        }
        scalarAt[byte] = Int32(byteAt.count)
        byteAt.append(Int32(byte))
        // A byte inside a multi-byte scalar maps to the scalar that contains it.
        var last: Int32 = 0
        for i in scalarAt.indices {
            if scalarAt[i] < 0 { scalarAt[i] = last } else { last = scalarAt[i] }
        }
        scalarAtByte = scalarAt
        byteAtScalar = byteAt
    }

    /// Number of Unicode scalars in the text.
    public var scalarCount: Int { byteAtScalar.map { $0.count - 1 } ?? text.utf8.count }

    public func scalarOffset(ofByte byte: Int) -> Int {
        guard let table = scalarAtByte else { return byte }
        return Int(table[min(max(byte, 0), table.count - 1)])
    }

    public func byteOffset(ofScalar scalar: Int) -> Int {
        guard let table = byteAtScalar else { return scalar }
        return Int(table[min(max(scalar, 0), table.count - 1)])
    }

    /// The span covering UTF-8 bytes `range`.
    public func span(bytes range: Range<Int>) -> Span {
        Span(start: scalarOffset(ofByte: range.lowerBound), end: scalarOffset(ofByte: range.upperBound))
    }

    public func substring(_ span: Span) -> String {
        let lo = byteOffset(ofScalar: span.start), hi = byteOffset(ofScalar: span.end)
        guard lo <= hi, hi <= text.utf8.count else { return "" }
        // Decoded from the text's own storage: copying the whole text per span cost more than
        // the spans themselves (events ask for each evidence sentence, the timeline for each event).
        if let piece = text.utf8.withContiguousStorageIfAvailable({ String(decoding: UnsafeBufferPointer(rebasing: $0[lo..<hi]), as: UTF8.self) }) {
            return piece
        }
        return String(decoding: Array(text.utf8)[lo..<hi], as: UTF8.self)
    }
}
