/// Finds who said what in one document: direct quotations with their speakers, cues and channels,
/// and indirect speech. Speakers come only from the entity layer's mentions (names, titles, and
/// pronouns it resolved); a quotation whose attribution names no one it knows keeps a nil speaker.
///
/// ```swift
/// let quotes = QuoteFinder().quotes(in: annotated.document.text, mentions: annotated.layers.mentions)
/// for quote in quotes { print(quote.speaker?.name ?? "?", quote.cue ?? "", quote.text) }
/// ```
public struct QuoteFinder: Sendable {
    public var lexicon: SpeechCueLexicon
    /// Entity keys of news outlets (agencies, broadcasters, newspapers).
    public var outlets: Set<String>

    public init(lexicon: SpeechCueLexicon = .standard, knowledge: KnowledgeBase = .standard) {
        self.lexicon = lexicon
        self.outlets = Set(knowledge.organizations.filter { lexicon.outletTypes.contains($0.type.lowercased()) }.map(\.reference.key))
    }

    /// A direct quotation found in a sentence, before continuation is settled.
    private struct Found {
        var stretches: [QuotedStretch]
        var attribution: Attribution?
        /// The quotation opens its sentence and nothing in the sentence attributes it.
        var opensSentence: Bool
        var paragraph: Int
        var startsParagraph: Bool
    }

    public func quotes(in text: String, mentions: [EntityMention]) -> [Quote] {
        let chars = ScalarString.scalars(of: text)
        let stretches = QuoteMarkScanner().stretches(in: chars)
        let sentences = QuoteSentences.bounds(chars: chars, stretches: stretches)
        let reader = AttributionReader(lexicon: lexicon, speakers: SpeakerMentions(mentions, lexicon: lexicon, outlets: outlets), chars: chars)
        let paragraphs = ParagraphIndex(chars)
        var found: [Found] = []
        var indirect: [Quote] = []
        var firstStretch = 0
        // Made once: built per sentence, its copies of the lexicon and the reader cost a retain and
        // a release for each of their many arrays and tables.
        let indirectSpeech = IndirectSpeech(lexicon: lexicon, reader: reader, chars: chars)
        for range in sentences {
            while firstStretch < stretches.count, stretches[firstStretch].open < range.lowerBound { firstStretch += 1 }
            let pieces = ClausePieces.read(range, chars: chars, stretches: stretches, firstStretch: firstStretch)
            let direct = directQuotes(in: pieces, stretches: stretches, reader: reader, chars: chars, paragraphs: paragraphs)
            found += direct
            if direct.isEmpty, let quote = indirectSpeech.quote(in: pieces) {
                indirect.append(quote)
            }
        }
        let direct = settleContinuations(found, speakers: reader.speakers, chars: chars)
        return (direct + indirect).sorted { $0.span < $1.span }
    }

    /// The direct quotations of one sentence, split quotes joined (“…,” Putin said, “…”).
    private func directQuotes(in pieces: [ClausePiece], stretches: [QuotedStretch], reader: AttributionReader,
                              chars: [Unicode.Scalar], paragraphs: ParagraphIndex) -> [Found] {
        var result: [Found] = []
        let firstPiece = pieces.firstIndex { !($0.kind == .punctuation) }
        // "…, according to a readout from China’s Foreign Ministry." carries every quotation of the
        // sentence (read once, and only for a sentence that has one).
        var sentenceViaRead = false
        var sentenceViaValue: String?
        func sentenceVia() -> String? {
            if !sentenceViaRead { sentenceViaValue = reader.sentenceChannel(pieces); sentenceViaRead = true }
            return sentenceViaValue
        }
        var q = 0
        while q < pieces.count {
            guard pieces[q].kind == .quoted, let index = pieces[q].stretch else { q += 1; continue }
            let stretch = stretches[index]
            let after = reader.after(q, in: pieces)
            let opens = q == firstPiece
            let whole = opens && pieces[(q + 1)...].allSatisfy { $0.kind == .punctuation }
            guard ScareQuoteRule.isQuotation(stretch, chars: chars, opensSentence: opens, attributedBeside: after?.namesSpeaker ?? false,
                                             isWholeSentence: whole) else { q += 1; continue }
            var attribution: Attribution?
            if let after, after.namesSpeaker {
                attribution = after
            } else if let before = reader.before(q, in: pieces) {
                attribution = before.with(via: after?.via ?? sentenceVia())
            } else {
                attribution = after
            }
            var parts = [stretch]
            // “…,” Putin said, “…”: the attribution sits between two halves of one quotation.
            if let after, after.namesSpeaker, endsWithComma(stretch, q, pieces, chars),
               after.lastPiece + 2 < pieces.count, pieces[after.lastPiece + 1].isComma,
               pieces[after.lastPiece + 2].kind == .quoted, let second = pieces[after.lastPiece + 2].stretch {
                parts.append(stretches[second])
                q = after.lastPiece + 2
            }
            let paragraph = paragraphs.paragraph(of: stretch.open)
            result.append(Found(stretches: parts, attribution: attribution, opensSentence: opens && attribution == nil,
                                paragraph: paragraph, startsParagraph: paragraphs.startsParagraph(stretch.open, chars: chars)))
            q += 1
        }
        return result
    }

    private func endsWithComma(_ stretch: QuotedStretch, _ q: Int, _ pieces: [ClausePiece], _ chars: [Unicode.Scalar]) -> Bool {
        chars[stretch.content.end - 1] == "," || (q + 1 < pieces.count && pieces[q + 1].isComma)
    }

    /// News convention: a paragraph that is only a quotation, right after an attributed one, goes on
    /// with the same speaker (“Dear friend, …,” Putin said. ¶ “Russia highly values …”), as does a
    /// quotation that opens the next sentence of the same paragraph — unless someone else is named
    /// in between.
    private func settleContinuations(_ found: [Found], speakers: SpeakerMentions, chars: [Unicode.Scalar]) -> [Quote] {
        var quotes: [Quote] = []
        var previous: (found: Found, quote: Quote)?
        for item in found {
            var attribution = item.attribution
            if attribution == nil, item.opensSentence, let previous, let source = previous.found.attribution, source.namesSpeaker,
               item.paragraph == previous.found.paragraph || (item.startsParagraph && item.paragraph == previous.found.paragraph + 1) {
                let gap = Span(start: previous.found.stretches.last!.close, end: item.stretches[0].open)
                let others = speakers.inside(gap).filter {
                    $0.entity.kind == .person && $0.entity.key != source.speaker?.entity.key && $0.span != source.speaker?.span
                }
                if others.isEmpty { attribution = source }
            }
            let quote = makeQuote(item.stretches, attribution: attribution, chars: chars)
            quotes.append(quote)
            previous = (Found(stretches: item.stretches, attribution: attribution, opensSentence: item.opensSentence,
                              paragraph: item.paragraph, startsParagraph: item.startsParagraph), quote)
        }
        return quotes
    }

    private func makeQuote(_ parts: [QuotedStretch], attribution: Attribution?, chars: [Unicode.Scalar]) -> Quote {
        let pieces = parts.flatMap(\.pieces)
        let text = pieces.map { ScalarString.make(chars[$0.start..<$0.end]) }.joined(separator: " ")
        let span = Span(start: pieces.first!.start, end: pieces.last!.end)
        return Quote(speaker: attribution?.speaker?.entity, speakerSpan: attribution?.speaker?.span, text: text,
                     kind: .direct, cue: attribution?.cue, via: attribution?.via, span: span)
    }
}
