/// Which quoted stretches are quotations. Scare quotes and titles ("no limits", "big trouble",
/// “example for the 21st century”) are words an article holds at a distance, not something
/// someone said: one to four words inside a sentence are not a quotation. A short stretch is one
/// only when it stands as its own utterance: with an attribution beside it (“No,” Peskov said.) or
/// as a whole sentence (“We will remember it.”).
/// Five or more words in title case with no sentence punctuation are a title ("The Art of the Deal").
enum ScareQuoteRule {
    static let minimumWords = 5
    /// Words a title leaves in lower case ("The Art of the Deal").
    static let titleSmallWords: Set<String> = ["a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from"]

    static func isQuotation(_ stretch: QuotedStretch, chars: [Unicode.Scalar], opensSentence: Bool,
                            attributedBeside: Bool, isWholeSentence: Bool) -> Bool {
        var words = 0, significant = 0, capitalized = 0
        for piece in stretch.pieces {
            for word in ClausePieces.read(piece.start..<piece.end, chars: chars, stretches: []) where word.kind == .word {
                words += 1
                guard !titleSmallWords.contains(word.lower) else { continue }
                significant += 1
                if word.isCapitalized { capitalized += 1 }
            }
        }
        guard words > 0 else { return false }
        let last = chars[stretch.content.end - 1]
        // “We will remember it.” standing as a sentence of its own is said, not held at a distance.
        if words < minimumWords { return opensSentence && (attributedBeside || (isWholeSentence && QuoteText.isSentenceEnd(last))) }
        let punctuated = QuoteText.isSentenceEnd(last) || last == ","
        if !opensSentence, !punctuated, significant >= 2, capitalized * 10 >= significant * 7 { return false }
        return true
    }
}
