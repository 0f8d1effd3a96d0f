/// A paragraph lower-cased with surrounding spaces and tabs cut — the form the label, photo-credit and
/// caption checks compare against. Made once per paragraph, without Foundation: `trimmingCharacters(in:)`
/// bridges to NSString on Linux and cost more than the whole rest of the classifier.
enum LoweredParagraph {
    /// Same result as `text.lowercased().trimmingCharacters(in: .whitespaces)` (tab and the Zs spaces).
    static func make(_ text: Substring) -> String {
        // ASCII, nearly every paragraph: trimmed and lowered straight from the text's bytes into the string.
        if let lowered = text.utf8.withContiguousStorageIfAvailable({ bytes -> String? in
            guard ASCIIText.isASCII(bytes) else { return nil }
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end { let b = bytes[k]; out[k - start] = b >= 65 && b <= 90 ? b + 32 : b }
                return end - start
            }
        }) {
            if let lowered { return lowered }
        }
        let utf8 = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes = utf8
            var start = 0, end = bytes.count
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            for k in start..<end where bytes[k] >= 65 && bytes[k] <= 90 { bytes[k] += 32 }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        let scalars = text.lowercased().unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }

    /// Foundation's `.whitespaces`: the tab and the space separators (Zs).
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == "\t" || s.properties.generalCategory == .spaceSeparator
    }
}
