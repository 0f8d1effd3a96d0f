/// Splits a stretch of text into clause pieces.
enum ClausePieces {
    static func read(_ range: Range<Int>, chars: [Unicode.Scalar], stretches: [QuotedStretch],
                     firstStretch: Int = 0) -> [ClausePiece] {
        var pieces: [ClausePiece] = []
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
                pieces.append(ClausePiece(kind: .punctuation, span: Span(start: i, end: i + 1), lower: String(Character(c))))
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
            var word = String(String.UnicodeScalarView(chars[i..<j])).lowercased()
            var possessive = word.hasSuffix("’s") || word.hasSuffix("'s")
            if !possessive, word.hasSuffix("s"), j < range.upperBound, chars[j] == "’" || chars[j] == "'",
               j + 1 >= range.upperBound || !QuoteText.isWordScalar(chars[j + 1]) {
                possessive = true  // "countries’ ties"
            }
            if possessive, word.hasSuffix("’s") || word.hasSuffix("'s") { word = String(word.dropLast(2)) }
            pieces.append(ClausePiece(kind: .word, span: Span(start: i, end: j), lower: word,
                                      isCapitalized: c.properties.isUppercase, isPossessive: possessive))
            i = j
        }
        return pieces
    }
}
