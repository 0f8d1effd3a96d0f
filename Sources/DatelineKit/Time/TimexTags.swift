/// The tagger's matches for every sentence of one document, before any value is given. Tagging
/// does not depend on the publication date, so dating (which reads the text's dates to estimate
/// that date) and the time layer right after it (which gives the values) can share one tagging:
/// dating leaves its tags on the document and the time layer takes them, instead of tokenising
/// and matching every sentence a second time.
struct TimexTags: Sendable {
    /// One match with its UTF-8 byte extent, surface text and the tense around it.
    struct Tagged: Sendable {
        var match: TimexMatch
        /// Byte range of the expression in the document's UTF-8 (valid only when `inside`).
        var bytes: Range<Int>
        var text: String
        var tense: SentenceTense
        /// The match lies within its sentence's tokens (always, unless the tagger misbehaves).
        var inside: Bool
    }

    /// The text and sentence ranges tagged, and the lexicon used: the tags fit another reader
    /// only when all three are the same.
    let text: String
    let ranges: [Range<Int>]
    let lexicon: TimeLexicon.Identity
    /// Per range, its matches in order.
    let sentences: [[Tagged]]

    /// Tags `ranges` of `bytes` (the UTF-8 of `text`).
    init(text: String, bytes: UnsafeBufferPointer<UInt8>, ranges: [Range<Int>], tagger: TimexTagger) {
        self.text = text
        self.ranges = ranges
        lexicon = tagger.lexicon.identity
        sentences = ranges.map { r in
            var tokens = TimeTokenizer.tokens(bytes, from: r.lowerBound, to: r.upperBound)
            tagger.lexicon.classify(&tokens)
            return tagger.matches(tokens).map { m in
                let inside = m.first < m.last && m.last <= tokens.count && m.first >= 0
                let lo = inside ? tokens[m.first].start : 0, hi = inside ? tokens[m.last - 1].end : 0
                return Tagged(match: m, bytes: lo..<hi, text: String(decoding: UnsafeBufferPointer(rebasing: bytes[lo..<hi]), as: UTF8.self),
                              tense: SentenceTense.around(m.first, m.last, in: tokens, lexicon: tagger.lexicon), inside: inside)
            }
        }
    }

    /// Whether these tags are what `tagger` would find in `ranges` of `text`.
    func fit(text other: String, ranges otherRanges: [Range<Int>], tagger: TimexTagger) -> Bool {
        lexicon === tagger.lexicon.identity && ranges == otherRanges && text == other
    }
}
