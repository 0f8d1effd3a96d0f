/// The entity layer's mentions as the quote layer asks about them: who, if anyone, a phrase like
/// "Putin's foreign policy aide Yury Ushakov", "the Kremlin leader" or "he" names as one speaker.
/// Identity (names, titles in time, pronouns) is the entity layer's work; this only chooses among
/// its mentions and refuses when a phrase names no one or several.
struct SpeakerMentions: Sendable {
    /// Mentions that can speak (people, organisations, countries), in text order.
    private let mentions: [EntityMention]
    private let plural: WordTable
    private let titles: Set<String>
    /// Entity keys of news outlets ("TASS", "CCTV"): channels, not speakers, after "according to".
    private let outlets: Set<String>

    init(_ mentions: [EntityMention], lexicon: SpeechCueLexicon, outlets: Set<String>) {
        self.mentions = mentions.filter { $0.entity.kind != .location }.sorted { $0.span < $1.span }
        self.plural = lexicon.pluralWords
        self.titles = lexicon.titles
        self.outlets = outlets
    }

    func isOutlet(_ mention: EntityMention) -> Bool { outlets.contains(mention.entity.key) }

    /// Index of the first mention starting at or after `offset`.
    private func firstMention(startingFrom offset: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].span.start < offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The mentions lying inside `span`.
    func inside(_ span: Span) -> ArraySlice<EntityMention> {
        let lo = firstMention(startingFrom: span.start)
        var end = lo
        while end < mentions.count, mentions[end].span.start < span.end { end += 1 }
        return mentions[lo..<end].filter { $0.span.end <= span.end }[...]
    }

    /// The mention that starts at piece `index` (a mention may start inside a word's span, as in
    /// "Putin's"), and the index of the piece it ends in.
    func mention(startingAt index: Int, in pieces: [ClausePiece]) -> (mention: EntityMention, lastPiece: Int)? {
        let piece = pieces[index]
        guard piece.kind == .word else { return nil }
        let first = firstMention(startingFrom: piece.span.start)
        guard first < mentions.count, mentions[first].span.start < piece.span.end else { return nil }
        let found = mentions[first]
        var last = index
        while last + 1 < pieces.count, pieces[last + 1].span.start < found.span.end { last += 1 }
        return (found, last)
    }

    /// One speaker named by the phrase `pieces[range]`, read left to right as a subject noun phrase:
    /// determiners, capitalised and title words lead to the first mention; a possessive mention
    /// ("Putin's …") is skipped for the one it owns ("… aide Yury Ushakov"). Nil for a plural
    /// ("Xi and Putin", "they", "the two leaders") or when a plain word comes before any mention.
    func subject(in pieces: [ClausePiece], range: Range<Int>) -> (mention: EntityMention, lastPiece: Int)? {
        var i = range.lowerBound
        var afterPossessive = 0
        while i < range.upperBound {
            let piece = pieces[i]
            if piece.kind == .word, plural.contains(piece.lower) { return nil }
            if let (mention, last) = mention(startingAt: i, in: pieces), last < range.upperBound {
                if pieces[last].isPossessive {
                    afterPossessive = 6
                    i = last + 1
                    continue
                }
                if isPluralMention(mention) { return nil }
                // "Chinese President Xi Jinping": a demonym or country before a title and a name
                // modifies the person who follows.
                if mention.entity.kind != .person {
                    if let person = person(after: last, in: pieces, limit: range.upperBound) { return person }
                    // "a Chinese scholar", "the Russian ambassador": the country only qualifies the speaker.
                    if last + 1 < range.upperBound, pieces[last + 1].kind == .word, !pieces[last + 1].isCapitalized,
                       pieces[last + 1].lower != "and" { return nil }
                }
                // "Xi and Putin said": two speakers, no single one.
                if last + 2 < range.upperBound, pieces[last + 1].lower == "and",
                   self.mention(startingAt: last + 2, in: pieces) != nil { return nil }
                return (mention, last)
            }
            guard piece.kind == .word else { return nil }
            if afterPossessive > 0 {
                afterPossessive -= 1
            } else if !piece.isCapitalized, !Self.leadingWords.contains(piece.lower) {
                return nil
            }
            i += 1
        }
        return nil
    }

    /// A person mention after piece `index`, past capitalised and title words ("Kremlin spokesman
    /// Dmitry Peskov", "Chinese President Xi Jinping").
    private func person(after index: Int, in pieces: [ClausePiece], limit: Int) -> (mention: EntityMention, lastPiece: Int)? {
        var i = index + 1
        while i < min(limit, index + 6), pieces[i].kind == .word, pieces[i].isCapitalized || titles.contains(pieces[i].lower) {
            if let hit = mention(startingAt: i, in: pieces), hit.mention.entity.kind == .person, hit.lastPiece < limit { return hit }
            i += 1
        }
        return nil
    }

    private func isPluralMention(_ mention: EntityMention) -> Bool {
        let words = mention.text.lowercased().split(whereSeparator: { !$0.isLetter })
        return words.contains { plural.contains(String($0)) || $0 == "and" }
    }

    /// Words that may open a speaker's noun phrase before the mention itself.
    static let leadingWords: Set<String> = ["the", "a", "an", "former", "then", "acting", "new", "outgoing", "incoming"]
}
