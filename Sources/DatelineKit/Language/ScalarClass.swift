/// What a Unicode scalar is to the tokenizer. ASCII is classified by a table; other scalars by their
/// Unicode properties, with news typography (curly quotes, dashes, no-break spaces) named explicitly.
enum ScalarClass: UInt8 {
    case space, newline, letter, digit, mark, apostrophe, openingQuote, closingQuote, ambiguousQuote,
         openingBracket, closingBracket, terminator, hyphen, punctuation, symbol

    static let ascii: [ScalarClass] = (0..<128).map { classify(asciiByte: UInt8($0)) }

    private static func classify(asciiByte b: UInt8) -> ScalarClass {
        switch b {
        case 0x0A, 0x0D: return .newline
        case 0x00...0x20, 0x7F: return .space
        case 0x30...0x39: return .digit
        case 0x41...0x5A, 0x61...0x7A: return .letter
        case UInt8(ascii: "'"): return .apostrophe
        case UInt8(ascii: "\""): return .ambiguousQuote
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"): return .openingBracket
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"): return .closingBracket
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"): return .terminator
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "+"), UInt8(ascii: "<"), UInt8(ascii: "="),
             UInt8(ascii: ">"), UInt8(ascii: "^"), UInt8(ascii: "|"), UInt8(ascii: "~"), UInt8(ascii: "`"),
             UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "@"), UInt8(ascii: "\\"):
            return .symbol
        default: return .punctuation
        }
    }

    static func of(_ scalar: Unicode.Scalar) -> ScalarClass {
        let v = scalar.value
        if v < 0x80 { return ascii[Int(v)] }
        switch v {
        case 0x2028, 0x2029, 0x85: return .newline
        case 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000, 0xFEFF: return .space
        case 0x2019: return .apostrophe                      // ’ : apostrophe inside words, closing quote otherwise
        case 0x2018, 0x201A, 0x201B, 0x201C, 0x201E, 0x201F, 0xAB, 0x2039: return .openingQuote
        case 0x201D, 0xBB, 0x203A: return .closingQuote
        case 0x2010, 0x2011: return .hyphen
        case 0x2026, 0x203C, 0x2047...0x2049: return .terminator  // … ‼
        case 0x3002, 0xFF01, 0xFF0E, 0xFF1F: return .terminator  // CJK full stops
        default: break
        }
        let properties = scalar.properties
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter: return .letter
        case .decimalNumber: return .digit
        case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
        case .spaceSeparator: return .space
        case .lineSeparator, .paragraphSeparator: return .newline
        case .openPunctuation: return .openingBracket
        case .closePunctuation: return .closingBracket
        case .initialPunctuation: return .openingQuote
        case .finalPunctuation: return .closingQuote
        case .mathSymbol, .currencySymbol, .modifierSymbol, .otherSymbol, .letterNumber, .otherNumber: return .symbol
        case .control, .format: return .space
        default: return .punctuation
        }
    }

    var continuesWord: Bool { self == .letter || self == .digit || self == .mark }
}

extension UnsafeBufferPointer<UInt8> {
    /// The scalar starting at byte `i` and its length in bytes (a malformed byte reads as U+FFFD, length 1).
    @inline(__always)
    func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = self[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        let length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC0 ? 2 : 1
        guard length > 1, i + length <= count else { return ("\u{FFFD}", 1) }
        var value = UInt32(b0) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length {
            let b = self[i + k]
            guard b & 0xC0 == 0x80 else { return ("\u{FFFD}", 1) }
            value = value << 6 | UInt32(b & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The class of the scalar at byte `i` and its length; `.space` past the end.
    @inline(__always)
    func scalarClass(at i: Int) -> (ScalarClass, Int) {
        guard i < count else { return (.space, 0) }
        let b = self[i]
        if b < 0x80 { return (ScalarClass.ascii[Int(b)], 1) }
        let (scalar, length) = self.scalar(at: i)
        return (ScalarClass.of(scalar), length)
    }
}
