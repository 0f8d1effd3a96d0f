/// What the entity stage knows about each token of a document: its key, how it is written, its
/// sentence, and whether it sits inside quotation marks.
struct DocumentToken {
    var bytes: Range<Int>
    var span: Span
    var key: UInt64
    var kind: Token.Kind
    var initial: LexicalToken.Initial
    /// Every letter upper case, more than one letter ("NATO", "U.S.").
    var allCaps: Bool
    var sentence: Int
    /// Inside a direct quotation.
    var quoted: Bool

    /// Builds the entity stage's view of the tokens layer.
    static func tokens(of document: AnnotatedDocument, buf: UnsafeBufferPointer<UInt8>, offsets: TextOffsets) -> [DocumentToken] {
        var result: [DocumentToken] = []
        result.reserveCapacity(document.layers.tokens.count)
        var depth = 0
        var straightOpen = false
        var paragraph = -1
        for token in document.layers.tokens {
            let lo = offsets.byteOffset(ofScalar: token.span.start), hi = offsets.byteOffset(ofScalar: token.span.end)
            guard lo < hi, hi <= buf.count else { continue }
            let sentenceParagraph = token.sentence < document.layers.sentences.count ? document.layers.sentences[token.sentence].paragraph : 0
            if sentenceParagraph != paragraph {
                // a quotation that runs over paragraphs reopens each one; never let one leak further
                paragraph = sentenceParagraph
                depth = 0
                straightOpen = false
            }
            let first = buf[lo]
            var quoteChange = 0
            if first == UInt8(ascii: "\"") {
                quoteChange = straightOpen ? -1 : 1
                straightOpen.toggle()
            } else if first == 0xE2, hi - lo == 3, buf[lo + 1] == 0x80 {
                if buf[lo + 2] == 0x9C || buf[lo + 2] == 0x9E { quoteChange = 1 }       // “ „
                else if buf[lo + 2] == 0x9D { quoteChange = -1 }                         // ”
            } else if first == 0xC2, hi - lo == 2 {
                if buf[lo + 1] == 0xAB { quoteChange = 1 } else if buf[lo + 1] == 0xBB { quoteChange = -1 }  // « »
            }
            if quoteChange > 0 { depth += 1 }
            let slice = buf[lo..<hi]
            var initial = LexicalToken.Initial.other
            var allCaps = false
            if token.kind == .word {
                if first >= 0x41, first <= 0x5A { initial = .upper } else if first >= 0x61, first <= 0x7A { initial = .lower }
                else if first >= 0x80 {
                    let scalar = buf.scalar(at: lo).0
                    initial = scalar.properties.isUppercase ? .upper : scalar.properties.isLowercase ? .lower : .other
                }
                var letters = 0, upper = 0
                for b in slice where (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) {
                    letters += 1
                    if b <= 0x5A { upper += 1 }
                }
                allCaps = letters > 1 && upper == letters
            }
            result.append(DocumentToken(bytes: lo..<hi, span: token.span, key: TokenKey.of(slice), kind: token.kind,
                                        initial: initial, allCaps: allCaps, sentence: token.sentence,
                                        quoted: depth > 0 && quoteChange == 0))
            if quoteChange < 0 { depth = max(0, depth - 1) }
        }
        return result
    }
}
