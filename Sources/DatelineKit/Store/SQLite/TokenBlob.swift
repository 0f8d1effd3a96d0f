/// The token layer as the store keeps it (`documents.tokens`, migration "v6-token-blobs"): a few bytes
/// per token instead of a JSON object. A 3 KB article has ~600 tokens; as JSON they were most of
/// `layers_json` and most of the time spent encoding it.
///
/// Format: a version byte, the token count, then per token four variable-length integers (7 bits per
/// byte, low first): the gap from the previous token's end, the length, the kind, and the step in
/// sentence index — each zigzag-coded, so any layer round-trips exactly, in order or not.
///
/// ```swift
/// let blob = TokenBlob.encode(layers.tokens)
/// let tokens = try TokenBlob.decode(blob)   // == layers.tokens
/// ```
public enum TokenBlob {
    static let version: UInt8 = 1
    static let kinds: [Token.Kind] = [.word, .number, .punctuation, .symbol]

    public static func encode(_ tokens: [Token]) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8 + tokens.count * 4)
        bytes.append(version)
        append(Int64(tokens.count), to: &bytes)
        var previousEnd = 0, previousSentence = 0
        for token in tokens {
            append(zigzag(token.span.start - previousEnd), to: &bytes)
            append(zigzag(token.span.end - token.span.start), to: &bytes)
            append(Int64(kindCode(token.kind)), to: &bytes)
            append(zigzag(token.sentence - previousSentence), to: &bytes)
            previousEnd = token.span.end
            previousSentence = token.sentence
        }
        return bytes
    }

    /// The tokens, or an error for a blob this code did not write (never a crash).
    public static func decode(_ bytes: [UInt8]) throws -> [Token] {
        var reader = Reader(bytes: bytes)
        guard try reader.byte() == version else { throw StoreError("stored tokens: unknown format") }
        let count = try reader.count(limit: bytes.count)
        var tokens: [Token] = []
        tokens.reserveCapacity(count)
        var previousEnd = 0, previousSentence = 0
        for _ in 0..<count {
            let start = previousEnd + (try reader.signed())
            let length = try reader.signed()
            let code = try reader.count(limit: kinds.count - 1)
            let sentence = previousSentence + (try reader.signed())
            guard length >= 0 else { throw StoreError("stored tokens: negative length") }
            tokens.append(Token(span: Span(start: start, end: start + length), kind: kinds[code], sentence: sentence))
            previousEnd = start + length
            previousSentence = sentence
        }
        guard reader.atEnd else { throw StoreError("stored tokens: trailing bytes") }
        return tokens
    }

    static func kindCode(_ kind: Token.Kind) -> Int {
        switch kind {
        case .word: 0
        case .number: 1
        case .punctuation: 2
        case .symbol: 3
        }
    }

    static func zigzag(_ value: Int) -> Int64 {
        let v = Int64(value)
        return (v << 1) ^ (v >> 63)
    }

    static func append(_ value: Int64, to bytes: inout [UInt8]) {
        var v = UInt64(bitPattern: value)
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    /// Reads what `append` wrote; errors name `what` ("stored tokens", "stored timeline entry").
    struct Reader {
        let bytes: [UInt8]
        var what = "stored tokens"
        var position = 0

        var atEnd: Bool { position == bytes.count }

        mutating func byte() throws -> UInt8 {
            guard position < bytes.count else { throw StoreError("\(what): cut short") }
            defer { position += 1 }
            return bytes[position]
        }

        mutating func unsigned() throws -> UInt64 {
            var value: UInt64 = 0, shift: UInt64 = 0
            while true {
                let b = try byte()
                guard shift < 64 else { throw StoreError("\(what): number too long") }
                value |= UInt64(b & 0x7F) << shift
                if b < 0x80 { return value }
                shift += 7
            }
        }

        /// A zigzag-coded value, kept to offsets a document can have (no overflow when added).
        mutating func signed() throws -> Int {
            let u = try unsigned()
            let value = Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
            guard value > -Int64(Int32.max), value < Int64(Int32.max) else { throw StoreError("\(what): number out of range") }
            return Int(value)
        }

        mutating func count(limit: Int) throws -> Int {
            let value = try unsigned()
            guard value <= UInt64(limit) else { throw StoreError("\(what): count out of range") }
            return Int(value)
        }
    }
}
