/// The words of a paragraph as the boilerplate classifier sees them: lower-cased, curly apostrophes
/// straightened, and split into those inside quotation marks and those outside — "your" in a quoted
/// leader's speech is news, "your" in the outlet's own voice is an appeal.
///
/// Scans UTF-8 bytes with an ASCII fast path: this runs on every paragraph of every article.
struct ParagraphWords {
    /// All words, lower-cased, in order.
    private(set) var all: [String] = []
    /// Words outside quotation marks.
    private(set) var outsideQuotes: [String] = []
    /// For each word of `all`: does it start with an upper-case letter or a digit?
    private(set) var capitalised: [Bool] = []
    /// Whether the paragraph ends like a sentence (. ! ? … or a closing quote after one).
    private(set) var endsLikeSentence = false
    /// Byte ranges of the words in the paragraph's UTF-8, for `written(_:)`.
    private var ranges: [Range<Int>] = []
    private let bytes: [UInt8]

    init(_ text: Substring) {
        bytes = text.utf8.withContiguousStorageIfAvailable { Array($0) } ?? Array(text.utf8)
        scan()
    }

    /// Whether punctuation that ends a clause or a name (. , : ; ! ? |) stands between word `i` and the next.
    func clauseBreak(after i: Int) -> Bool {
        let end = i + 1 < ranges.count ? ranges[i + 1].lowerBound : bytes.count
        return bytes[ranges[i].upperBound..<end].contains { b in
            b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ":") || b == UInt8(ascii: ";")
                || b == UInt8(ascii: "!") || b == UInt8(ascii: "?") || b == UInt8(ascii: "|")
        }
    }

    /// Whether word `i` is all digits (a year in "Copyright 2023 The Associated Press").
    func isNumber(_ i: Int) -> Bool {
        all[i].utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
    }

    /// Word `i` as written ("Times", not "times").
    func written(_ i: Int) -> String {
        String(decoding: bytes[ranges[i]], as: UTF8.self)
    }

    /// Splits a lexicon phrase the same way paragraphs are split.
    static func split(_ text: String) -> [String] {
        ParagraphWords(Substring(text)).all
    }

    /// The word with curly apostrophes (’) as straight ones, replaced on bytes.
    static func straightened(_ word: String) -> String {
        let utf8 = Array(word.utf8)
        guard utf8.count >= 3 else { return word }
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var i = 0
        while i < utf8.count {
            if utf8[i] == 0xE2, i + 2 < utf8.count, utf8[i + 1] == 0x80, utf8[i + 2] == 0x99 {
                out.append(UInt8(ascii: "'"))
                i += 3
            } else {
                out.append(utf8[i])
                i += 1
            }
        }
        return out.count == utf8.count ? word : String(decoding: out, as: UTF8.self)
    }

    private mutating func scan() {
        // About one word per six bytes in English: reserve so the arrays rarely grow.
        let expected = bytes.count / 6 + 4
        all.reserveCapacity(expected)
        outsideQuotes.reserveCapacity(expected)
        capitalised.reserveCapacity(expected)
        ranges.reserveCapacity(expected)
        var inQuote = false
        var wordStart = -1
        var wordASCII = true
        var lastEnd: Unicode.Scalar = " ", beforeLastEnd: Unicode.Scalar = " "
        var i = 0
        let bytes = self.bytes
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x80 {
                // ASCII, nearly every byte: the same tests as below without decoding a scalar.
                let space = b == 32 || b == 10 || b == 9 || b == 13
                if !space { beforeLastEnd = lastEnd; lastEnd = Unicode.Scalar(b) }
                let letterOrDigit = (b | 0x20 >= 97 && b | 0x20 <= 122) || (b >= 48 && b <= 57) || b == 36
                if letterOrDigit || ((b == 39 || b == 45) && wordStart >= 0) {
                    if wordStart < 0 { wordStart = i; wordASCII = true }
                    i += 1
                    continue
                }
                if wordStart >= 0 { addWord(wordStart..<i, ascii: wordASCII, quoted: inQuote); wordStart = -1 }
                if b == 34 { inQuote.toggle() }
                i += 1
                continue
            }
            let (scalar, width) = decode(at: i)
            defer { i += width }
            if !isSpace(scalar) { beforeLastEnd = lastEnd; lastEnd = scalar }
            if Self.isWordScalar(scalar) || (Self.isJoiner(scalar) && wordStart >= 0) {
                if wordStart < 0 { wordStart = i; wordASCII = true }
                if width > 1 { wordASCII = false }
                continue
            }
            if wordStart >= 0 { addWord(wordStart..<i, ascii: wordASCII, quoted: inQuote); wordStart = -1 }
            switch scalar {
            case "\u{201C}", "\u{00AB}": inQuote = true
            case "\u{201D}", "\u{00BB}": inQuote = false
            case "\"": inQuote.toggle()
            default: break
            }
        }
        if wordStart >= 0 { addWord(wordStart..<bytes.count, ascii: wordASCII, quoted: inQuote) }
        let end = Self.closers.contains(lastEnd) ? beforeLastEnd : lastEnd
        endsLikeSentence = end == "." || end == "!" || end == "?" || end == "\u{2026}"
    }

    private static let closers: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{2019}", ")", "'"]

    private mutating func addWord(_ range: Range<Int>, ascii: Bool, quoted: Bool) {
        var range = range
        // A trailing apostrophe or hyphen is punctuation, not part of the word ("readers'").
        while range.count > 0 {
            if bytes[range.upperBound - 1] == UInt8(ascii: "'") || bytes[range.upperBound - 1] == UInt8(ascii: "-") {
                range = range.lowerBound..<(range.upperBound - 1)
            } else if range.count >= 3, bytes[range.upperBound - 3] == 0xE2, bytes[range.upperBound - 2] == 0x80,
                      bytes[range.upperBound - 1] == 0x99 {
                range = range.lowerBound..<(range.upperBound - 3)
            } else { break }
        }
        guard !range.isEmpty else { return }
        let word: String
        if ascii {
            // Through a pointer: an ArraySlice of `bytes` per word cost a retain and a release.
            word = bytes.withUnsafeBufferPointer { bytes in
                String(unsafeUninitializedCapacity: range.count) { buffer in
                    for k in range { let b = bytes[k]; buffer[k - range.lowerBound] = (b >= 65 && b <= 90) ? b + 32 : b }
                    return range.count
                }
            }
        } else {
            word = Self.straightened(String(decoding: bytes[range], as: UTF8.self).lowercased())
        }
        all.append(word)
        if !quoted { outsideQuotes.append(word) }
        let first = bytes[range.lowerBound]
        capitalised.append(first < 0x80 ? (first >= 65 && first <= 90) || (first >= 48 && first <= 57)
                                        : Self.isCapital(decode(at: range.lowerBound).0))
        ranges.append(range)
    }

    /// The scalar starting at byte `i` and its width (input is valid UTF-8: it came from a String).
    @inline(__always) private func decode(at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let width = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : 2
        var value = UInt32(b0) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width where i + k < bytes.count { value = value << 6 | (UInt32(bytes[i + k]) & 0x3F) }
        return (Unicode.Scalar(value) ?? " ", min(width, bytes.count - i))
    }

    @inline(__always) private func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s == " " || s == "\n" || s == "\t" || s == "\r") : s.properties.isWhitespace
    }

    /// Upper-case letter or digit: words that can start a name or a headline word.
    @inline(__always) static func isCapital(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value >= 65 && s.value <= 90) || (s.value >= 48 && s.value <= 57) }
        return s.properties.isUppercase || s.properties.numericType != nil
    }

    @inline(__always) static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57) || v == 36
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Apostrophes and hyphens inside a word keep it whole: "you're", "ad-free".
    @inline(__always) static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "-"
    }
}
