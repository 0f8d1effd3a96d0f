/// Strings from runs of Unicode scalars. `String(String.UnicodeScalarView(slice))` appends scalar by
/// scalar through the view; encoding the UTF-8 into one buffer first is several times faster, and the
/// quote stage makes a string of every quotation and attribution it reads.
enum ScalarString {
    static func make(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(scalars.count)
        for s in scalars {
            if s.value < 0x80 { bytes.append(UInt8(truncatingIfNeeded: s.value)) } else { UTF8.encode(s) { bytes.append($0) } }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
