import Foundation

/// Which character encoding an HTML page's bytes are in. Order of authority, as browsers do it:
/// a byte-order mark, then what the container declared (HTTP header, JSON record), then `<meta charset>` /
/// `<meta http-equiv="Content-Type" content="…; charset=…">`, then UTF-8 when the bytes are valid UTF-8,
/// and only then a guess from byte statistics.
public enum HTMLCharset {
    /// The chosen encoding name (as libxml2/iconv know it) and the reason.
    public struct Choice: Sendable, Equatable {
        public var name: String
        public var basis: String
    }

    public static func choose(for data: Data, declared: String?) -> Choice {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return Choice(name: "UTF-8", basis: "byte-order mark") }
        if data.starts(with: [0xFF, 0xFE]) { return Choice(name: "UTF-16LE", basis: "byte-order mark") }
        if data.starts(with: [0xFE, 0xFF]) { return Choice(name: "UTF-16BE", basis: "byte-order mark") }
        if let declared = normalized(declared) { return checked(declared, data: data, basis: "declared by the container") }
        if let meta = metaCharset(in: data).flatMap(normalized) { return checked(meta, data: data, basis: "declared by <meta>") }
        if String(validating: data, as: UTF8.self) != nil { return Choice(name: "UTF-8", basis: "valid UTF-8") }
        return Choice(name: guessLegacy(data), basis: "guessed from byte statistics")
    }

    /// A declared single-byte Western charset on bytes that are valid, non-ASCII UTF-8 is almost always a
    /// stale template declaration: UTF-8 multi-byte sequences are very unlikely in real Latin-1 text.
    private static func checked(_ name: String, data: Data, basis: String) -> Choice {
        let western = ["ISO-8859-1", "WINDOWS-1252", "US-ASCII"]
        if western.contains(name), data.contains(where: { $0 >= 0x80 }), String(validating: data, as: UTF8.self) != nil {
            return Choice(name: "UTF-8", basis: "\(basis) as \(name), but the bytes are valid UTF-8")
        }
        return Choice(name: name, basis: basis)
    }

    /// Canonical names for the labels pages use; unknown labels pass through for iconv to judge.
    static func normalized(_ label: String?) -> String? {
        guard var label = label?.trimmingCharacters(in: CharacterSet(charactersIn: " \t\r\n\"';")), !label.isEmpty else { return nil }
        label = label.uppercased()
        switch label {
        case "UTF8", "UTF-8", "UNICODE-1-1-UTF-8": return "UTF-8"
        // WHATWG: these Latin-1 labels mean windows-1252, a superset (curly quotes in 0x80–0x9F).
        case "ISO-8859-1", "LATIN1", "LATIN-1", "ISO8859-1", "ASCII", "US-ASCII", "CP1252", "WINDOWS-1252", "X-CP1252":
            return "WINDOWS-1252"
        case "GB2312", "GBK", "X-GBK", "CP936", "GB18030": return "GB18030"
        case "CP1251", "WINDOWS-1251", "X-CP1251": return "WINDOWS-1251"
        case "SJIS", "SHIFT-JIS", "X-SJIS", "SHIFT_JIS": return "SHIFT_JIS"
        case "UTF-16", "UTF16": return "UTF-16LE"
        default: return label
        }
    }

    /// The charset a `<meta>` tag in the first 8 KB declares, found by scanning bytes (before parsing,
    /// since the parser needs the encoding up front).
    static func metaCharset(in data: Data) -> String? {
        let head = Array(data.prefix(8192)).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        let needle = Array("charset".utf8)
        var i = 0
        while i + needle.count < head.count {
            guard head[i] == needle[0], Array(head[i..<(i + needle.count)]) == needle, insideMetaTag(head, at: i) else { i += 1; continue }
            var j = i + needle.count
            while j < head.count, head[j] == 0x20 || head[j] == 0x09 { j += 1 }
            guard j < head.count, head[j] == UInt8(ascii: "=") else { i += 1; continue }
            j += 1
            while j < head.count, head[j] == 0x20 || head[j] == 0x22 || head[j] == 0x27 { j += 1 }
            let start = j
            while j < head.count, isLabelByte(head[j]) { j += 1 }
            if j > start { return String(decoding: head[start..<j], as: UTF8.self) }
            i = j
        }
        return nil
    }

    private static func isLabelByte(_ b: UInt8) -> Bool {
        (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E
    }

    /// True when the nearest `<` before `at` opens a `<meta` tag not yet closed by `>`.
    private static func insideMetaTag(_ head: [UInt8], at: Int) -> Bool {
        var k = at - 1
        while k >= 0, head[k] != UInt8(ascii: "<") {
            if head[k] == UInt8(ascii: ">") { return false }
            k -= 1
        }
        guard k >= 0, k + 5 <= head.count else { return false }
        return Array(head[(k + 1)..<(k + 5)]) == Array("meta".utf8)
    }

    /// A simple heuristic over byte statistics for undeclared, non-UTF-8 pages. It only separates the three
    /// legacy encodings news pages most often arrive in:
    /// - Windows-1251 (Cyrillic): most high bytes are letters 0xC0–0xFF, and runs of several high bytes in
    ///   a row (whole words) are common.
    /// - GB18030 (Chinese): high bytes come in pairs — a lead 0x81–0xFE followed by a trail 0x40–0xFE — and
    ///   nearly every lead is followed by a valid trail.
    /// - Windows-1252 (Western): high bytes are isolated accented letters or punctuation between ASCII.
    static func guessLegacy(_ data: Data) -> String {
        var high = 0, pairs = 0, brokenPairs = 0, isolated = 0, cyrillicLetters = 0
        var bytes = Array(data.prefix(200_000))
        bytes.append(0x20)
        var i = 0
        while i < bytes.count - 1 {
            let b = bytes[i]
            guard b >= 0x80 else { i += 1; continue }
            high += 1
            if b >= 0xC0 { cyrillicLetters += 1 }
            let prevASCII = i == 0 || bytes[i - 1] < 0x80
            let next = bytes[i + 1]
            if prevASCII && next < 0x80 { isolated += 1 }
            if b >= 0x81 && b <= 0xFE {
                if next >= 0x40 && next <= 0xFE && next != 0x7F { pairs += 1; i += 2; continue }
                brokenPairs += 1
            }
            i += 1
        }
        guard high > 0 else { return "WINDOWS-1252" }
        // Isolated high bytes dominate Western text; Cyrillic and Chinese have words of consecutive high bytes.
        if isolated * 2 > high { return "WINDOWS-1252" }
        // Chinese: the two bytes of a character share the high range only half of the time (trail bytes
        // 0x40–0x7E are ASCII), and broken pairs are rare. Cyrillic letters are all ≥ 0xC0 and their
        // pairs land entirely in 0xC0–0xFF.
        let letterShare = Double(cyrillicLetters) / Double(high)
        if brokenPairs * 20 < pairs && letterShare < 0.85 { return "GB18030" }
        return letterShare >= 0.6 ? "WINDOWS-1251" : "GB18030"
    }

    /// The bytes without a UTF-8 BOM (libxml2 is given the encoding explicitly).
    static func strippingBOM(_ data: Data) -> Data {
        data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data
    }
}
