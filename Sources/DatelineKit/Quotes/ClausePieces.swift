/// Splits a stretch of text into clause pieces.
enum ClausePieces {
    static func read(_ range: Range<Int>, chars: [Unicode.Scalar], stretches: [QuotedStretch],
                     firstStretch: Int = 0) -> [ClausePiece] {
        var pieces: [ClausePiece] = []
        pieces.reserveCapacity(range.count / 5 + 4)  // about a piece per five scalars
        var s = firstStretch
        var i = range.lowerBound
        while i < range.upperBound {
            while s < stretches.count, stretches[s].close < i { s += 1 }
            if s < stretches.count, stretches[s].open == i {
                let stretch = stretches[s]
                pieces.append(ClausePiece(kind: .quoted, span: stretch.outer, lower: "", stretch: s))
                i = stretch.close + 1
                continue
            }
            let c = chars[i]
            if QuoteText.isSpace(c) { i += 1; continue }
            guard QuoteText.isWordScalar(c) else {
                pieces.append(ClausePiece(kind: .punctuation, span: Span(start: i, end: i + 1), lower: "", mark: c))
                i += 1
                continue
            }
            var j = i + 1
            while j < range.upperBound {
                if QuoteText.isWordScalar(chars[j]) { j += 1; continue }
                // Inner apostrophes, hyphens and dots: "China’s", "re-election", "U.S".
                let inner = chars[j] == "'" || chars[j] == "’" || chars[j] == "-" || chars[j] == "." || chars[j] == "&"
                if inner, j + 1 < range.upperBound, QuoteText.isWordScalar(chars[j + 1]) { j += 2; continue }
                break
            }
            var word: String
            var possessive: Bool
            if chars[i..<j].allSatisfy({ $0.value < 0x80 }) {
                // ASCII (nearly every word): the suffix tests on scalars, without String's
                // Character-wise `hasSuffix`; an ASCII word holds no ’, so only 's can end it.
                let endsWithS = chars[j - 1] == "s" || chars[j - 1] == "S"
                let apostropheS = endsWithS && j - i >= 2 && chars[j - 2] == "'"
                possessive = apostropheS
                if !possessive, endsWithS, j < range.upperBound, chars[j] == "’" || chars[j] == "'",
                   j + 1 >= range.upperBound || !QuoteText.isWordScalar(chars[j + 1]) {
                    possessive = true  // "countries’ ties"
                }
                word = lowercased(chars[i..<(apostropheS ? j - 2 : j)])
            } else {
                word = lowercased(chars[i..<j])
                possessive = word.hasSuffix("’s") || word.hasSuffix("'s")
                if !possessive, word.hasSuffix("s"), j < range.upperBound, chars[j] == "’" || chars[j] == "'",
                   j + 1 >= range.upperBound || !QuoteText.isWordScalar(chars[j + 1]) {
                    possessive = true
                }
                if possessive, word.hasSuffix("’s") || word.hasSuffix("'s") { word = String(word.dropLast(2)) }
            }
            pieces.append(ClausePiece(kind: .word, span: Span(start: i, end: j), lower: word,
                                      isCapitalized: QuoteText.isUppercase(c), isPossessive: possessive))
            i = j
        }
        return pieces
    }

    /// The lower-cased word, written straight into the string's storage on the common ASCII path
    /// (words up to 15 bytes need no allocation at all).
    private static func lowercased(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        guard scalars.allSatisfy({ $0.value < 0x80 }) else { return String(String.UnicodeScalarView(scalars)).lowercased() }
        return String(unsafeUninitializedCapacity: scalars.count) { buffer in
            var n = 0
            for scalar in scalars {
                let v = UInt8(truncatingIfNeeded: scalar.value)
                buffer[n] = v >= 65 && v <= 90 ? v + 32 : v
                n += 1
            }
            return n
        }
    }
}
