/// The words of a paragraph as the boilerplate classifier sees them: lower-cased, curly apostrophes
/// straightened, and split into those inside quotation marks and those outside — "your" in a quoted
/// leader's speech is news, "your" in the outlet's own voice is an appeal.
struct ParagraphWords {
    /// All words, lower-cased, in order.
    var all: [String] = []
    /// All words as written (same indices as `all`), for names ("The Moscow Times").
    var written: [String] = []
    /// Words outside quotation marks.
    var outsideQuotes: [String] = []
    /// For each word of `all`: does it start with an upper-case letter or a digit (in the original)?
    var capitalised: [Bool] = []
    /// Whether the paragraph ends like a sentence (. ! ? or a closing quote after one).
    var endsLikeSentence = false
    /// Scalars in the paragraph.
    var length = 0

    init(_ text: Substring) {
        var current = String.UnicodeScalarView()
        var currentWritten = String.UnicodeScalarView()
        var currentCapitalised = false
        var inQuote = false
        func flush() {
            // A trailing apostrophe or hyphen is punctuation, not part of the word ("readers'").
            while let last = current.last, Self.isJoiner(last) || last == "'" { current.removeLast(); currentWritten.removeLast() }
            guard !current.isEmpty else { return }
            let word = String(current)
            all.append(word)
            written.append(String(currentWritten))
            currentWritten = String.UnicodeScalarView()
            if !inQuote { outsideQuotes.append(word) }
            capitalised.append(currentCapitalised)
            current = String.UnicodeScalarView()
        }
        var lastNonSpace: Unicode.Scalar = " "
        var beforeLast: Unicode.Scalar = " "
        for scalar in text.unicodeScalars {
            length += 1
            if Self.isWordScalar(scalar) || (Self.isJoiner(scalar) && !current.isEmpty) {
                if current.isEmpty { currentCapitalised = Self.isCapital(scalar) }
                current.append(Self.fold(scalar))
                currentWritten.append(scalar)
            } else {
                flush()
                switch scalar {
                case "\u{201C}", "\u{00AB}": inQuote = true
                case "\u{201D}", "\u{00BB}": inQuote = false
                case "\"": inQuote.toggle()
                default: break
                }
            }
            if !Self.isSpace(scalar) { beforeLast = lastNonSpace; lastNonSpace = scalar }
        }
        flush()
        let closers: Set<Unicode.Scalar> = ["\"", "\u{201D}", "\u{2019}", ")", "'"]
        let end = closers.contains(lastNonSpace) ? beforeLast : lastNonSpace
        endsLikeSentence = end == "." || end == "!" || end == "?" || end == "\u{2026}"
    }

    /// Splits a lexicon phrase the same way paragraphs are split.
    static func split(_ text: String) -> [String] {
        ParagraphWords(Substring(text)).all
    }

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? (s == " " || s == "\n" || s == "\t" || s == "\r") : s.properties.isWhitespace
    }

    /// Upper-case letter or digit: words that can start a name or a headline word.
    @inline(__always) static func isCapital(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { return (s.value >= 65 && s.value <= 90) || (s.value >= 48 && s.value <= 57) }
        return s.properties.isUppercase || s.properties.numericType != nil
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII {
            let v = s.value
            return (v >= 97 && v <= 122) || (v >= 65 && v <= 90) || (v >= 48 && v <= 57) || v == 36
        }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    /// Apostrophes and hyphens inside a word keep it whole: "you're", "ad-free".
    static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "'" || s == "\u{2019}" || s == "-"
    }

    static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s == "\u{2019}" { return "'" }
        if s.isASCII, s.value >= 65, s.value <= 90 { return Unicode.Scalar(s.value + 32)! }
        if s.isASCII { return s }
        return s.properties.lowercaseMapping.unicodeScalars.count == 1 ? s.properties.lowercaseMapping.unicodeScalars.first! : s
    }
}
