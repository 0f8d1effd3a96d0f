/// Splits text into words, numbers, punctuation and symbols in one pass over its UTF-8 bytes.
///
/// Keeps together what news text writes as one unit: abbreviations with their period ("Gen.", "U.S.",
/// "Jan."), initials ("J."), decimals and thousands ("87.33", "10,000", "1.5"), ordinals ("21st"),
/// apostrophes inside names ("O'Brien"). Splits possessives ("Xi" "’s") and hyphens ("China" "-" "Russia"),
/// so each name is a token of its own for the gazetteer.
///
/// ```swift
/// let tokens = Tokenizer().tokens(in: "Gen. Valery Gerasimov met U.S. officials.")
/// // Gen. | Valery | Gerasimov | met | U.S. | officials | .
/// ```
public struct Tokenizer: Sendable {
    public var abbreviations: Abbreviations

    public init(abbreviations: Abbreviations = .standard) {
        self.abbreviations = abbreviations
    }

    public func tokens(in text: String) -> [LexicalToken] {
        var text = text
        return text.withUTF8 { tokens(in: $0) }
    }

    func tokens(in buf: UnsafeBufferPointer<UInt8>) -> [LexicalToken] {
        var scanner = Scanner(buf: buf, abbreviations: abbreviations)
        return scanner.run()
    }
}

/// The tokenizer's state while it walks one text.
private struct Scanner {
    let buf: UnsafeBufferPointer<UInt8>
    let abbreviations: Abbreviations
    var i = 0
    /// Scalar offset of byte `i`.
    var scalar = 0
    var tokens: [LexicalToken] = []

    init(buf: UnsafeBufferPointer<UInt8>, abbreviations: Abbreviations) {
        self.buf = buf
        self.abbreviations = abbreviations
        tokens.reserveCapacity(buf.count / 5)
    }

    mutating func run() -> [LexicalToken] {
        var newlines: UInt8 = 0
        var space = false
        while i < buf.count {
            let (cls, length) = buf.scalarClass(at: i)
            switch cls {
            case .space:
                advance(length); space = true; continue
            case .newline:
                // "\r\n" is one line break
                if buf[i] == 0x0D, i + 1 < buf.count, buf[i + 1] == 0x0A { advance(1) }
                advance(length); space = true; newlines = min(newlines + 1, 2); continue
            default:
                break
            }
            let startByte = i, startScalar = scalar
            let (kind, role) = scanToken(cls, length)
            let initial = initialCase(at: startByte, kind: kind)
            tokens.append(LexicalToken(bytes: startByte..<i, span: Span(start: startScalar, end: scalar), kind: kind,
                                       role: role, initial: initial, newlinesBefore: newlines, spaceBefore: space))
            newlines = 0
            space = false
        }
        return tokens
    }

    @inline(__always) mutating func advance(_ bytes: Int) {
        i += bytes
        scalar += 1
    }

    mutating func scanToken(_ cls: ScalarClass, _ length: Int) -> (Token.Kind, LexicalToken.Role) {
        switch cls {
        case .letter, .mark:
            return scanWord()
        case .digit:
            scanNumber(); return (.number, .plain)
        case .apostrophe:
            // "Xi’s": the possessive is a token of its own, attached to the word before it
            if let last = tokens.last, last.bytes.upperBound == i, last.kind == .word, isPossessive(at: i + length) {
                advance(length); advance(1); return (.word, .plain)
            }
            advance(length)
            return (.punctuation, buf[i - length] == UInt8(ascii: "'") ? .quote : .closer)
        case .terminator:
            advance(length)
            while i < buf.count, case (.terminator, let l) = buf.scalarClass(at: i) { advance(l) }
            return (.punctuation, .terminator)
        case .hyphen:
            advance(length)
            while i < buf.count, case (.hyphen, let l) = buf.scalarClass(at: i) { advance(l) }
            return (.punctuation, .plain)
        case .openingQuote, .openingBracket:
            advance(length); return (.punctuation, .opener)
        case .closingQuote, .closingBracket:
            advance(length); return (.punctuation, .closer)
        case .ambiguousQuote:
            advance(length); return (.punctuation, .quote)
        case .symbol:
            advance(length); return (.symbol, .plain)
        default:
            advance(length); return (.punctuation, .plain)
        }
    }

    /// "'s" or "’s" followed by something that is not a letter.
    func isPossessive(at j: Int) -> Bool {
        guard j < buf.count, buf[j] | 0x20 == UInt8(ascii: "s") else { return false }
        return !buf.scalarClass(at: j + 1).0.continuesWord
    }

    mutating func scanWord() -> (Token.Kind, LexicalToken.Role) {
        let start = i
        var scalars = 0
        while i < buf.count {
            let (cls, length) = buf.scalarClass(at: i)
            if cls.continuesWord { advance(length); scalars += 1; continue }
            // "O'Brien", "d’Estaing": an apostrophe between letters stays inside, a possessive does not
            if cls == .apostrophe, buf.scalarClass(at: i + length).0 == .letter, !isPossessive(at: i + length) {
                advance(length); continue
            }
            break
        }
        guard i < buf.count, buf[i] == UInt8(ascii: ".") else { return (.word, .plain) }
        // "U.S.", "U.N.", "a.m.", "e.g.": single letters joined by periods
        if scalars == 1, buf[start] < 0x80 {
            var end = i + 1, letters = 1
            while end + 1 < buf.count, ScalarClass.ascii[Int(min(buf[end], 127))] == .letter, buf[end] < 0x80,
                  buf[end + 1] == UInt8(ascii: "."), !(end + 2 < buf.count && ScalarClass.ascii[Int(min(buf[end + 2], 127))] == .letter) {
                end += 2; letters += 1
            }
            if letters > 1 {
                while i < end { advance(1) }
                return (.word, .abbreviation)
            }
            // "J." in "George W. Bush": an initial
            if buf[start] >= UInt8(ascii: "A"), buf[start] <= UInt8(ascii: "Z") {
                advance(1); return (.word, .title)
            }
        }
        let word = buf[start..<i]
        guard word.count <= 8 else { return (.word, .plain) }
        let bytes = Array(word)
        if abbreviations.titles.contains(bytes) { advance(1); return (.word, .title) }
        if abbreviations.others.contains(bytes) { advance(1); return (.word, .abbreviation) }
        return (.word, .plain)
    }

    /// "87.33", "10,000", "10:30", "21st", "1990s".
    mutating func scanNumber() {
        while i < buf.count {
            let (cls, length) = buf.scalarClass(at: i)
            if cls == .digit { advance(length); continue }
            let b = buf[i]
            if b == UInt8(ascii: ".") || b == UInt8(ascii: ",") || b == UInt8(ascii: ":"),
               i + 1 < buf.count, buf[i + 1] >= 0x30, buf[i + 1] <= 0x39 {
                advance(1); continue
            }
            break
        }
        while i < buf.count, case (.letter, let l) = buf.scalarClass(at: i) { advance(l) }
    }

    func initialCase(at byte: Int, kind: Token.Kind) -> LexicalToken.Initial {
        guard kind == .word else { return .other }
        let b = buf[byte]
        if b < 0x80 {
            if b >= 0x41, b <= 0x5A { return .upper }
            if b >= 0x61, b <= 0x7A { return .lower }
            return .other
        }
        let properties = buf.scalar(at: byte).0.properties
        return properties.isUppercase ? .upper : properties.isLowercase ? .lower : .other
    }
}
