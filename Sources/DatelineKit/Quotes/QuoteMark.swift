/// A quotation mark and what its shape and surroundings say about it. Typographic marks carry a
/// direction (“ opens, ” closes); straight marks (" and ') only get one from context, and ’ / ' are
/// also apostrophes ("China’s", "countries’ ").
struct QuoteMark: Sendable, Equatable {
    enum Family: Sendable { case double, single }
    enum Shape: Sendable { case opening, closing, either }

    var family: Family
    var shape: Shape

    /// The mark a scalar is, or nil. „ and « open, » closes; ‚ is too rare to be worth the risk.
    init?(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        case 0x201C, 0x201E, 0x00AB: (family, shape) = (.double, .opening)
        case 0x201D, 0x00BB: (family, shape) = (.double, .closing)
        case 0x22: (family, shape) = (.double, .either)
        case 0x2018: (family, shape) = (.single, .opening)
        case 0x2019: (family, shape) = (.single, .closing)
        case 0x27: (family, shape) = (.single, .either)
        default: return nil
        }
    }

    static func isQuoteMark(_ scalar: Unicode.Scalar) -> Bool { QuoteMark(scalar) != nil }
}

/// Character classes the quote layer's scanners need, on scalars.
enum QuoteText {
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s.value == 0xA0 || s.properties.isWhitespace
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        if s.value < 0x80 {
            return (s >= "a" && s <= "z") || (s >= "A" && s <= "Z") || (s >= "0" && s <= "9")
        }
        let p = s.properties
        return p.isAlphabetic || p.numericType != nil || p.generalCategory == .nonspacingMark
    }

    /// Punctuation that may stand right before an opening mark: "(“", "—“", "/‘".
    static func opensBefore(_ s: Unicode.Scalar) -> Bool {
        isSpace(s) || s == "(" || s == "[" || s == "{" || s == "—" || s == "–" || s == "-" || s == "/" || s == ":"
            || QuoteMark.isQuoteMark(s)
    }

    static func isSentenceEnd(_ s: Unicode.Scalar) -> Bool { s == "." || s == "!" || s == "?" }
}
