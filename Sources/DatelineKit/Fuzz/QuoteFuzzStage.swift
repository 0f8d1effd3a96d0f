extension FuzzStage {
    /// The quote finder on decoded text, two ways: as it is and after a never-closed opening mark, each with every capitalised word taken as a person mention (so
    /// speaker attribution runs too). Spans of quotations and speakers must lie inside the text.
    static let quoteFinder = FuzzStage(name: "quote finder") { bytes in
        let decoded = String(decoding: bytes, as: UTF8.self)
        let finder = QuoteFinder()
        var spans: [Span] = []
        var longest = ""
        for text in [decoded, "“" + decoded] {
            for quote in finder.quotes(in: text, mentions: capitalizedWordMentions(text)) {
                // Spans of both variants are checked against the longer (they differ by one mark).
                spans.append(quote.span)
                if let speaker = quote.speakerSpan { spans.append(speaker) }
            }
            if text.unicodeScalars.count > longest.unicodeScalars.count { longest = text }
        }
        return (longest, spans)
    }

    /// Every capitalised word as a mention of a person of that name.
    static func capitalizedWordMentions(_ text: String) -> [EntityMention] {
        var mentions: [EntityMention] = []
        var start: Int?
        var offset = 0
        var word = ""
        func flush() {
            if let s = start, let first = word.unicodeScalars.first, first.properties.isUppercase {
                mentions.append(EntityMention(span: Span(start: s, end: offset), text: word,
                                              entity: EntityReference(id: nil, name: word, kind: .person)))
            }
            start = nil
            word = ""
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                if start == nil { start = offset }
                word.unicodeScalars.append(scalar)
            } else {
                flush()
            }
            offset += 1
        }
        flush()
        return mentions
    }
}
