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

extension ScalarString {
    /// `Array(text.unicodeScalars)`, decoded from the text's UTF-8 storage in one pass (ASCII bytes
    /// taken as they are): the view's iterator decodes scalar by scalar through its index type, and
    /// the quote and event stages each turn a whole article into scalars.
    static func scalars(of text: String) -> [Unicode.Scalar] {
        let decoded = text.utf8.withContiguousStorageIfAvailable { bytes -> [Unicode.Scalar] in
            // Written straight into the array's storage (a text has no more scalars than bytes):
            // appending checked capacity and uniqueness for every character of the article.
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { out, written in
                var i = 0, count = 0
                let n = bytes.count
                while i < n {
                    let b0 = bytes[i]
                    if b0 < 0x80 {
                        out[count] = Unicode.Scalar(b0)
                        count += 1
                        i += 1
                        continue
                    }
                    // Valid UTF-8 (it is a String's storage): the lead byte gives the width.
                    let width = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
                    var value = UInt32(b0) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
                    for k in 1..<width { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
                    out[count] = Unicode.Scalar(value)!
                    count += 1
                    i += width
                }
                written = count
            }
        }
        return decoded ?? Array(text.unicodeScalars)
    }
}
