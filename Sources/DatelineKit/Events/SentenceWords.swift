/// The words and punctuation of one sentence, lower-cased for lexicon lookup, with scalar spans
/// into the document text and whether they sit inside quotation marks (a quoted "we will meet"
/// is speech, not a reported event).
struct SentenceWords {
    struct Word {
        /// Lower-case, curly apostrophes straightened: "beijing's", "face-to-face", "u.s.".
        var text: String
        var span: Span
        var isPunctuation: Bool
        var isCapitalized: Bool
        var inQuote: Bool
    }

    var words: [Word]

    /// Scans `scalars[range]`: letters and digits form words, with inner apostrophes, hyphens and
    /// dots kept ("Beijing's", "face-to-face", "U.S."); everything else visible is punctuation.
    init(scalars: [Unicode.Scalar], range: Range<Int>) {
        var words: [Word] = []
        var inQuote = false
        var i = max(0, range.lowerBound)
        let end = min(range.upperBound, scalars.count)
        words.reserveCapacity(max(0, end - i) / 4 + 4)  // about a word or mark per five scalars
        // One UTF-8 buffer reused for every word: building each word scalar by scalar in a String
        // cost more than the rest of the event finder.
        var text: [UInt8] = []
        while i < end {
            let s = scalars[i]
            if Self.isWordScalar(s) {
                let start = i
                text.removeAll(keepingCapacity: true)
                var length = 0  // in scalars
                var dotted = false
                var ascii = true
                // `Self.append`, not a nested function: one capturing `text`, `length` and `ascii`
                // paid a dynamic exclusivity check on each of them per call.
                while i < end {
                    let c = scalars[i]
                    // ASCII letters and digits, most of every word: lower-cased and appended directly.
                    let v = c.value
                    if (v >= 97 && v <= 122) || (v >= 48 && v <= 57) { text.append(UInt8(truncatingIfNeeded: v)); length += 1; i += 1; continue }
                    if v >= 65 && v <= 90 { text.append(UInt8(truncatingIfNeeded: v + 32)); length += 1; i += 1; continue }
                    if Self.isWordScalar(c) {
                        Self.append(Self.lower(c), to: &text, length: &length, ascii: &ascii)
                    } else if Self.isJoiner(c), i + 1 < end, Self.isWordScalar(scalars[i + 1]), length > 0 {
                        Self.append(c == "\u{2019}" ? "'" : c, to: &text, length: &length, ascii: &ascii)
                    } else if c == ".", i + 1 < end, Self.isWordScalar(scalars[i + 1]), length <= 2 {
                        Self.append(c, to: &text, length: &length, ascii: &ascii)  // "U.S", "U.N"
                        dotted = true
                    } else {
                        break
                    }
                    i += 1
                }
                // "U.S." keeps its closing dot when it closes an abbreviation.
                if i < end, scalars[i] == ".", dotted {
                    Self.append(".", to: &text, length: &length, ascii: &ascii)
                    i += 1
                }
                let first = scalars[start]
                let capital = first.isASCII ? (first.value >= 65 && first.value <= 90) || (first.value >= 48 && first.value <= 57)
                    : first.properties.isUppercase || first.properties.numericType != nil
                // ASCII needs no UTF-8 validation: copied straight into the string's storage.
                let word = ascii ? String(unsafeUninitializedCapacity: text.count) { _ = $0.initialize(fromContentsOf: text); return text.count }
                    : String(decoding: text, as: UTF8.self)
                words.append(Word(text: word, span: Span(start: start, end: i), isPunctuation: false,
                                  isCapitalized: capital, inQuote: inQuote))
                continue
            }
            if !Self.isWhitespace(s) {
                switch s {
                case "\u{201C}", "\u{00AB}": inQuote = true
                case "\u{201D}", "\u{00BB}": inQuote = false
                case "\"": inQuote.toggle()
                default: break
                }
                words.append(Word(text: String(s), span: Span(start: i, end: i + 1), isPunctuation: true,
                                  isCapitalized: false, inQuote: inQuote))
            }
            i += 1
        }
        self.words = words
    }

    @inline(__always) private static func append(_ c: Unicode.Scalar, to text: inout [UInt8], length: inout Int, ascii: inout Bool) {
        if c.isASCII { text.append(UInt8(truncatingIfNeeded: c.value)) } else { ascii = false; UTF8.encode(c) { text.append($0) } }
        length += 1
    }

    /// Unicode White_Space, with the ASCII answer (tab to carriage return, space) given directly.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s.value == 32 || (s.value >= 9 && s.value <= 13) : s.properties.isWhitespace
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122)
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "-" || s == "\u{2010}" || s == "\u{2011}"
    }

    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value >= 65 && s.value <= 90 { return Unicode.Scalar(s.value + 32)! }
        if s.isASCII { return s }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }

    /// Clause boundaries: commas, semicolons, colons, dashes and brackets.
    static func isClauseBreak(_ word: Word) -> Bool {
        guard word.isPunctuation else { return false }
        switch word.text {
        case ",", ";", ":", "\u{2014}", "\u{2013}", "(", ")", "[", "]": return true
        default: return false
        }
    }

    /// The clause (between clause breaks) holding word `index`, as a range of word indices.
    /// At most `Self.clauseReach` words either side, so a 10,000-word run without punctuation
    /// costs the same per trigger as a normal sentence.
    func clause(around index: Int) -> Range<Int> {
        var start = index
        while start > 0, index - start < Self.clauseReach, !Self.isClauseBreak(words[start - 1]) { start -= 1 }
        var end = index
        while end < words.count, end - index < Self.clauseReach, !Self.isClauseBreak(words[end]) { end += 1 }
        return start..<end
    }

    static let clauseReach = 40

    /// The index of the word covering or starting after scalar offset `offset`.
    func wordIndex(at offset: Int) -> Int? {
        var low = 0, high = words.count
        while low < high {
            let mid = (low + high) / 2
            if words[mid].span.end <= offset { low = mid + 1 } else { high = mid }
        }
        return low < words.count ? low : nil
    }
}
