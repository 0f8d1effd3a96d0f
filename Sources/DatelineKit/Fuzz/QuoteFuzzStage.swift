import Foundation

extension FuzzStage {
    /// The quote finder on decoded text, two ways, each timed as its own step: as it is and after a
    /// never-closed opening mark, with every capitalised word taken as a person mention (so speaker
    /// attribution runs too). Spans of quotations and speakers must lie inside the text.
    static let quoteFinder = FuzzStage(name: "quote finder") { bytes in
        let decoded = String(decoding: bytes, as: UTF8.self)
        let unclosed = "“" + decoded
        var spans: [Span] = []
        var steps: [(name: String, seconds: Double)] = []
        for (step, text) in [("as is", decoded), ("after an unclosed mark", unclosed)] {
            let mentions = capitalizedWordMentions(text)
            let start = DispatchTime.now().uptimeNanoseconds
            let quotes = sharedQuoteFinder.quotes(in: text, mentions: mentions)
            steps.append((step, seconds(since: start)))
            // Spans of both variants are checked against the longer text (they differ by one mark).
            spans += quotes.flatMap { [$0.span] + ($0.speakerSpan.map { [$0] } ?? []) }
        }
        return Outcome(text: unclosed, spans: spans, steps: steps)
    }

    private static let sharedQuoteFinder = QuoteFinder()

    /// Every capitalised word as a mention of a person of that name.
    static func capitalizedWordMentions(_ text: String) -> [EntityMention] {
        let scalars = Array(text.unicodeScalars)
        var mentions: [EntityMention] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i].properties.isAlphabetic else { i += 1; continue }
            var j = i + 1
            while j < scalars.count, scalars[j].properties.isAlphabetic { j += 1 }
            if scalars[i].properties.isUppercase {
                let word = String(String.UnicodeScalarView(scalars[i..<j]))
                mentions.append(EntityMention(span: Span(start: i, end: j), text: word,
                                              entity: EntityReference(id: nil, name: word, kind: .person)))
            }
            i = j
        }
        return mentions
    }
}
