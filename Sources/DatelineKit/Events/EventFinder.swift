/// Finds the events each sentence of a document states: triggers from the action lexicon, their
/// actors from the entity layer, dates from the time layer, places, modality and background.
/// The result keeps the trigger and actor phrases, so the coding can be scored on sentences
/// (`dateline eval plover`) as well as turned into contract events (`EventStage`).
public struct EventFinder: Sendable {
    /// One event as one sentence states it.
    public struct Found: Sendable {
        public var action: EventAction
        public var trigger: Span
        public var sentence: Span
        public var weak: Bool
        public var sources: [EntityReference]
        public var targets: [EntityReference]
        /// The noun phrase naming the source or target when no entity mention does.
        public var sourcePhrase: Span?
        public var targetPhrase: Span?
        /// Where the source and target entities are named in the sentence (nearest mention to the trigger).
        public var sourceSpans: [Span]
        public var targetSpans: [Span]
        public var date: EventDate?
        /// Whether `date` comes from a time expression in the text (not the publication fallback).
        public var datedByText: Bool
        public var place: ContactEvent.Place?
        public var modality: ContactEvent.Modality
        public var background: Bool
        /// A count of contacts ("met 42 times"), not one event.
        public var tally: Bool
        /// Followed by "unless …" or "if …" in its sentence: a conditional act.
        public var conditional: Bool
        /// Named with a definite determiner ("the call", "Tuesday's call"): refers back to a contact.
        public var definite: Bool

        /// CAMEO and PLOVER as stated (intent, threat) rather than as named.
        public var coding: EventCoding { EventCoding(action: action, modality: modality, conditional: conditional) }
    }

    public var lexicon: EventLexicon
    public var places: EventPlaces

    public init(lexicon: EventLexicon = .standard, places: EventPlaces = .standard) {
        self.lexicon = lexicon
        self.places = places
    }

    public func find(in annotated: AnnotatedDocument) -> [Found] {
        let scalars = ScalarString.scalars(of: annotated.document.text)
        let layers = annotated.layers
        let sentences = Self.bounded(layers.sentences.isEmpty ? Self.paragraphSentences(scalars) : layers.sentences.map(\.span), scalars)
        let quotes = layers.quotes.filter { $0.kind == .direct }.map(\.span)
        var found: [Found] = []
        var mentionCursor = 0, timexCursor = 0
        var personCounts: [String: (entity: EntityReference, count: Int, first: Int)] = [:]
        var mentionOrder = 0
        for sentenceSpan in sentences {
            let words = SentenceWords(scalars: scalars, range: sentenceSpan.start..<sentenceSpan.end)
            guard !words.words.isEmpty else { continue }
            // Mentions and timexes are in text order: advance cursors instead of filtering all.
            while mentionCursor < layers.mentions.count, layers.mentions[mentionCursor].span.start < sentenceSpan.start { mentionCursor += 1 }
            var mentions: [EventActors.Mention] = []
            var m = mentionCursor
            while m < layers.mentions.count, layers.mentions[m].span.start < sentenceSpan.end {
                let mention = layers.mentions[m]
                if let range = Self.wordRange(mention.span, words) {
                    mentions.append(EventActors.Mention(words: range, entity: mention.entity))
                }
                m += 1
            }
            while timexCursor < layers.timexes.count, layers.timexes[timexCursor].span.start < sentenceSpan.start { timexCursor += 1 }
            var timexes: [EventDating.PlacedTimex] = []
            var pastReferences: [Int] = []
            var t = timexCursor
            while t < layers.timexes.count, layers.timexes[t].span.start < sentenceSpan.end {
                let timex = layers.timexes[t]
                if timex.value == "PAST_REF", let range = Self.wordRange(timex.span, words) {
                    pastReferences.append(range.lowerBound)
                }
                if timex.type == .date || timex.type == .time, let calendar = EventDating.calendarDate(timex.value),
                   let range = Self.wordRange(timex.span, words) {
                    let basis = "'\(timex.text)' in the sentence" + (timex.basis.map { ": \($0)" } ?? "")
                    timexes.append(.init(words: range, timex: timex, date: EventDate(value: calendar.value, precision: calendar.precision, basis: basis)))
                }
                t += 1
            }
            for mention in mentions where mention.entity.kind == .person {
                let key = mention.entity.key
                mentionOrder += 1
                personCounts[key] = (mention.entity, (personCounts[key]?.count ?? 0) + 1, personCounts[key]?.first ?? mentionOrder)
            }
            var sentenceWords = words
            for q in quotes where q.end > sentenceSpan.start && q.start < sentenceSpan.end {
                for w in sentenceWords.words.indices where sentenceWords.words[w].span.start >= q.start && sentenceWords.words[w].span.end <= q.end {
                    sentenceWords.words[w].inQuote = true
                }
            }
            let matches = lexicon.matches(in: sentenceWords)
            // Most sentences state no event: the leading pair (a pass over every person so far) is
            // only worked out for one that does.
            let pair = matches.isEmpty ? [] : Self.leadingPair(personCounts)
            for match in matches {
                var event = event(match, sentence: sentenceSpan, words: sentenceWords, mentions: mentions, timexes: timexes,
                                  pair: pair, published: annotated.document.published)
                // "in recent years", "in the past": history, not news.
                let clause = sentenceWords.clause(around: match.words.lowerBound)
                if !event.datedByText, event.modality != .planned, pastReferences.contains(where: { clause.contains($0) }) { event.background = true }
                found.append(event)
            }
        }
        return found
    }

    /// The longest stretch read as one sentence. A news sentence is a few hundred characters; a
    /// scraped page without full stops can make a "sentence" of megabytes, and the per-trigger
    /// look-arounds would then grow with its square. Longer spans are read in pieces cut at spaces.
    static let longestSentence = 2_000

    static func bounded(_ spans: [Span], _ scalars: [Unicode.Scalar]) -> [Span] {
        guard spans.contains(where: { $0.end - $0.start > longestSentence }) else { return spans }
        var pieces: [Span] = []
        for span in spans {
            var start = span.start
            while span.end - start > longestSentence {
                var cut = start + longestSentence
                let earliest = start + longestSentence / 2
                while cut > earliest, !scalars[cut].properties.isWhitespace { cut -= 1 }
                if cut == earliest { cut = start + longestSentence }
                pieces.append(Span(start: start, end: cut))
                start = cut
            }
            pieces.append(Span(start: start, end: span.end))
        }
        return pieces
    }

    private func event(_ match: EventLexicon.Match, sentence: Span, words: SentenceWords, mentions: [EventActors.Mention],
                       timexes: [EventDating.PlacedTimex], pair: [EntityReference], published: PublicationDate?) -> Found {
        var action = match.action
        // Only mentions near the trigger can be its actors; the window bounds the cost of long sentences.
        let reach = SentenceWords.clauseReach
        var low = 0, high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].words.upperBound + reach < match.words.lowerBound { low = mid + 1 } else { high = mid }
        }
        var upper = low
        while upper < mentions.count, mentions[upper].words.lowerBound <= match.words.upperBound + reach { upper += 1 }
        let near = Array(mentions[low..<upper])
        let actorMentions = near.filter { $0.entity.kind != .location }
        var actors = EventActors(sentence: words, trigger: match.words, action: action, mentions: actorMentions, leadingPair: pair)
        if let fallback = action.ifNoActor, actors.targets.entities.isEmpty, let other = lexicon.action(named: fallback) {
            action = other
            actors = EventActors(sentence: words, trigger: match.words, action: action, mentions: actorMentions, leadingPair: pair)
        }
        var placed = EventDating.date(for: match.words.lowerBound, in: words, timexes: timexes)
        // "accepted Xi's invitation … to meet in February 2022": a date after publication is the
        // invited event's; the invitation itself was made by the time of writing.
        if action.class == .invitation, let p = placed, EventDating.isAfter(p.date, published) { placed = nil }
        let date = placed?.date ?? EventDating.publicationFallback(published)
        let modality = EventModality.modality(trigger: match.words, in: words)
        let background = EventModality.isBackground(trigger: match.words, in: words, date: date, datedByText: placed != nil,
                                                    published: published, modality: modality)
        let place = action.class == .remote || action.class == .message
            ? nil : places.place(for: match.words, in: words, locations: near.filter { $0.entity.kind == .location || $0.entity.kind == .country },
                                 countriesAllowed: action.name == "visit" || action.hostRole)
        let triggerWords = words.words[match.words]
        return Found(action: action,
                     trigger: Span(start: triggerWords.first!.span.start, end: triggerWords.last!.span.end),
                     sentence: sentence, weak: match.weak,
                     sources: actors.sources.entities, targets: actors.targets.entities,
                     sourcePhrase: actors.sources.phrase, targetPhrase: actors.targets.phrase,
                     sourceSpans: Self.spans(of: actors.sources.entities, near: match.words, mentions: near, words: words),
                     targetSpans: Self.spans(of: actors.targets.entities, near: match.words, mentions: near, words: words),
                     date: date, datedByText: placed != nil, place: place, modality: modality, background: background,
                     tally: EventModality.isTally(trigger: match.words, in: words),
                     conditional: words.words[match.words.upperBound..<min(words.words.count, match.words.upperBound + reach)]
                        .contains { $0.text == "unless" || $0.text == "if" },
                     definite: Self.isDefinite(match.words, words))
    }

    static func spans(of entities: [EntityReference], near trigger: Range<Int>, mentions: [EventActors.Mention],
                      words: SentenceWords) -> [Span] {
        entities.compactMap { entity in
            mentions.filter { $0.entity.key == entity.key }
                .min { abs($0.words.lowerBound - trigger.lowerBound) < abs($1.words.lowerBound - trigger.lowerBound) }
                .map { Span(start: words.words[$0.words.lowerBound].span.start, end: words.words[$0.words.upperBound - 1].span.end) }
        }
    }

    static let determiners: Set<String> = ["the", "their", "this", "that", "these", "those", "his", "her"]
    /// `determiners` for the look-back before every trigger.
    static let determinerTable = WordTable(set: determiners)

    static func isDefinite(_ trigger: Range<Int>, _ words: SentenceWords) -> Bool {
        let first = words.words[trigger.lowerBound].text
        if determinerTable.contains(first) || first.hasSuffix("'s") { return true }
        var i = trigger.lowerBound - 1
        // "the 1.5-hour call": one modifier may stand between.
        for _ in 0..<2 where i >= 0 {
            let text = words.words[i].text
            if determinerTable.contains(text) || text.hasSuffix("'s") { return true }
            if words.words[i].isPunctuation { return false }
            i -= 1
        }
        return false
    }

    /// The word range a text span covers, or nil when it falls between words.
    static func wordRange(_ span: Span, _ words: SentenceWords) -> Range<Int>? {
        guard let first = words.wordIndex(at: span.start), words.words[first].span.start < span.end else { return nil }
        var last = first
        while last + 1 < words.words.count, words.words[last + 1].span.start < span.end { last += 1 }
        return first..<(last + 1)
    }

    /// The two people mentioned most so far (ties: first mentioned), for "the two leaders".
    /// One pass instead of sorting every sentence: `first` differs between people (each is the
    /// order of a first mention), so the order is total and the top two are those a sort would give.
    static func leadingPair(_ counts: [String: (entity: EntityReference, count: Int, first: Int)]) -> [EntityReference] {
        guard counts.count >= 2 else { return [] }
        func ranksAbove(_ a: (entity: EntityReference, count: Int, first: Int), _ b: (entity: EntityReference, count: Int, first: Int)) -> Bool {
            a.count != b.count ? a.count > b.count : a.first < b.first
        }
        var best: (entity: EntityReference, count: Int, first: Int)?, second: (entity: EntityReference, count: Int, first: Int)?
        for person in counts.values {
            if let b = best, !ranksAbove(person, b) {
                if second.map({ ranksAbove(person, $0) }) ?? true { second = person }
            } else {
                second = best
                best = person
            }
        }
        return [best!.entity, second!.entity]
    }

    /// Without a sentence layer, each paragraph (line) stands in for a sentence.
    static func paragraphSentences(_ scalars: [Unicode.Scalar]) -> [Span] {
        var spans: [Span] = []
        var start = 0
        for (i, s) in scalars.enumerated() where s == "\n" {
            if i > start { spans.append(Span(start: start, end: i)) }
            start = i + 1
        }
        if start < scalars.count { spans.append(Span(start: start, end: scalars.count)) }
        return spans
    }
}
