import Foundation

/// The salient terms of one article, before any weighting by how rare they are: content words of
/// the body and the headline, capitalised names, and the canonical entities the entity layer
/// resolved ("the Russian president" and "Putin" are one term, `entity:Q7747`). Terms are 64-bit
/// hashes of their lower-case text, so counting an article's words builds no strings; the text of a
/// term is kept only for the few that end up naming a story.
public struct StoryTerms: Sendable {
    /// Raw weight per term: occurrences, with headline words, names and entities counted higher.
    public var weights: [UInt64: Double] {
        var weights: [UInt64: Double] = [:]
        weights.reserveCapacity(table.terms.count)
        for (term, weight) in zip(table.terms, table.weights) { weights[term] = weight }
        return weights
    }
    /// Each term once, with its weight and text: every word of the article is added here.
    private(set) var table = TermTable()
    /// The resolved entity behind each `entity:` term.
    public var entities: [UInt64: EntityReference]
    /// Publication day (days since 1970-01-01), if the article is dated.
    public var day: Int?

    enum TermText: Sendable {
        case body(Span)
        case literal(String)
    }

    /// How much more a word counts in the headline than once in the body: the headline names the story.
    static let headlineWeight = 3.0
    /// A capitalised word inside a sentence is a name ("Equifax", "Tarantino"): names tell stories apart.
    static let nameBonus = 1.0
    /// Each mention of a resolved entity.
    static let entityWeight = 1.5

    public init(_ annotated: AnnotatedDocument) {
        let document = annotated.document
        var table = TermTable()
        let scalars = ScalarString.scalars(of: document.text)
        let stopwords = StoryStopwords.shared
        var previousSentence = -1
        for token in annotated.layers.tokens where token.kind == .word {
            let sentenceStart = token.sentence != previousSentence
            previousSentence = token.sentence
            guard let (hash, stem) = Self.wordHash(scalars, token.span.start..<token.span.end, stopwords: stopwords) else { continue }
            var weight = 1.0
            if !sentenceStart, token.span.start < scalars.count, Self.isUpper(scalars[token.span.start]) { weight += Self.nameBonus }
            // The text is kept where the term is first seen.
            table.add(hash, weight) { .body(Span(start: stem.lowerBound, end: stem.upperBound)) }
        }
        if let title = document.title {
            let titleScalars = Array(title.unicodeScalars)
            for range in Self.words(in: titleScalars) {
                guard let (hash, stem) = Self.wordHash(titleScalars, range, stopwords: stopwords) else { continue }
                table.add(hash, Self.headlineWeight) { .literal(ScalarString.make(titleScalars[stem])) }
            }
        }
        var entities: [UInt64: EntityReference] = [:]
        for mention in annotated.layers.mentions {
            let hash = Self.hash(mention.entity.key, continuing: Self.entityPrefix)
            table.add(hash, Self.entityWeight) { nil }
            if entities[hash] == nil {
                entities[hash] = mention.entity
                table.setText(hash, .literal(mention.entity.name))
            }
        }
        self.entities = entities
        self.table = table
        day = document.published.flatMap { DayNumber.firstDay(of: $0.value) }
        self.text = scalars
    }

    /// The article's text as scalars, to read a body term's text back.
    private let text: [Unicode.Scalar]

    /// The readable text of a term of this article.
    func text(of term: UInt64) -> String? {
        switch table.text(of: term) {
        case .body(let span)?:
            guard span.start >= 0, span.end <= text.count, span.start < span.end else { return nil }
            return ScalarString.make(text[span.start..<span.end])
        case .literal(let value)?: return value
        case nil: return nil
        }
    }

    /// An article's terms, each once: weights summed, the text as first given. Terms are FNV
    /// hashes already, so `KeyTable` places them by multiply-shift; a `Dictionary` hashed each
    /// word again with SipHash (twice, for the weight and the text), and most words repeat.
    struct TermTable: Sendable {
        /// Position of each term in the lists below.
        private var positions: KeyTable
        /// The terms in the order first added, with their summed weights and texts.
        private(set) var terms: [UInt64] = []
        private(set) var weights: [Double] = []
        private var texts: [TermText?] = []

        init(capacity: Int = 256) {
            positions = KeyTable(minimumCapacity: capacity)
            terms.reserveCapacity(capacity)
            weights.reserveCapacity(capacity)
            texts.reserveCapacity(capacity)
        }

        /// Where `term` is in the lists, or nil.
        func position(_ term: UInt64) -> Int? {
            positions[term].map(Int.init)
        }

        /// Adds `weight` to `term`; a term new to the table takes the text `text()` gives.
        mutating func add(_ term: UInt64, _ weight: Double, text: () -> TermText?) {
            if let position = positions[term] {
                weights[Int(position)] += weight
                return
            }
            positions.set(term, Int32(terms.count))
            terms.append(term)
            weights.append(weight)
            texts.append(text())
        }

        /// Replaces the text of a term already added.
        mutating func setText(_ term: UInt64, _ text: TermText) {
            if let position = position(term) { texts[position] = text }
        }

        func text(of term: UInt64) -> TermText? {
            position(term).flatMap { texts[$0] }
        }
    }

    // MARK: Words

    /// The hash of the word at `range`, lower-cased and lightly stemmed, or nil for a word that says
    /// nothing about the story (stop word, number, one or two letters); with the stem's range.
    static func wordHash(_ scalars: [Unicode.Scalar], _ range: Range<Int>,
                         stopwords: StoryStopwords = .shared) -> (UInt64, Range<Int>)? {
        guard let stem = stem(scalars, range) else { return nil }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var letters = false
        for i in stem {
            let c = lower(scalars[i])
            if c.isASCII ? c.value >= 97 : c.properties.isAlphabetic { letters = true }
            hash = (hash ^ UInt64(c.value)) &* 0x100_0000_01b3
        }
        guard letters, !stopwords.contains(hash) else { return nil }
        return (hash, stem)
    }

    /// The part of a word that names it, or nil when under three letters: "Putin's" → "Putin",
    /// "missiles" → "missile" (but not "chess", "bus", "status", "Paris").
    static func stem(_ scalars: [Unicode.Scalar], _ range: Range<Int>) -> Range<Int>? {
        var lo = max(0, range.lowerBound), hi = min(range.upperBound, scalars.count)
        while lo < hi, !isLetterOrDigit(scalars[lo]) { lo += 1 }
        guard hi - lo >= 3 else { return nil }
        if scalars[hi - 1] == "s" || scalars[hi - 1] == "S", scalars[hi - 2] == "'" || scalars[hi - 2] == "\u{2019}" {
            hi -= 2
        } else if hi - lo > 4, scalars[hi - 1] == "s", scalars[hi - 2] != "s", scalars[hi - 2] != "u", scalars[hi - 2] != "i" {
            hi -= 1
        }
        return hi - lo >= 3 ? lo..<hi : nil
    }

    /// FNV-1a over the lower-cased scalars: the same hash `wordHash` gives a word.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for c in text.unicodeScalars { hash = (hash ^ UInt64(lower(c).value)) &* 0x100_0000_01b3 }
        return hash
    }

    /// The hash of "entity:", which every entity term's text starts with.
    static let entityPrefix = hash("entity:")

    /// The hash of a text that starts with the text hashed to `hash` and goes on with `text`: FNV-1a
    /// takes one scalar at a time, so an entity's term needs no "entity:KEY" string.
    static func hash(_ text: String, continuing hash: UInt64) -> UInt64 {
        var hash = hash
        for c in text.unicodeScalars { hash = (hash ^ UInt64(lower(c).value)) &* 0x100_0000_01b3 }
        return hash
    }

    /// Letter-and-digit runs (inner apostrophes and hyphens kept) of a short text such as a headline.
    static func words(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            guard isLetterOrDigit(scalars[i]) else { i += 1; continue }
            let start = i
            while i < scalars.count, isLetterOrDigit(scalars[i])
                || ((scalars[i] == "'" || scalars[i] == "\u{2019}" || scalars[i] == "-") && i + 1 < scalars.count && isLetterOrDigit(scalars[i + 1])) {
                i += 1
            }
            ranges.append(start..<i)
        }
        return ranges
    }

    static func isLetterOrDigit(_ s: Unicode.Scalar) -> Bool {
        if s.isASCII { let v = s.value; return (v >= 48 && v <= 57) || (v >= 65 && v <= 90) || (v >= 97 && v <= 122) }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    static func isUpper(_ s: Unicode.Scalar) -> Bool {
        s.isASCII ? s.value >= 65 && s.value <= 90 : s.properties.isUppercase
    }

    static func lower(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value >= 65 && s.value <= 90 { return Unicode.Scalar(s.value + 32)! }
        if s.isASCII { return s }
        if s == "\u{2019}" { return "'" }
        return s.properties.lowercaseMapping.unicodeScalars.first ?? s
    }
}

/// The words of `lexicons/story-stopwords.json`, as the hashes `StoryTerms` gives words. Every
/// word of every article is checked here: the hashes sit in an open-addressing table placed by
/// their own bits (they are FNV hashes already), so a check costs a multiply and a compare or two
/// instead of hashing the hash again, as a `Set` does.
struct StoryStopwords: Sendable {
    /// The nonzero hashes (`KeyTable` cannot tell 0 from 1), and whether a word hashed to zero.
    private let table: KeyTable
    private let hasZero: Bool

    init(hashes: Set<UInt64>) {
        var table = KeyTable(minimumCapacity: hashes.count)
        for hash in hashes where hash != 0 { table.set(hash, 0) }
        self.table = table
        hasZero = hashes.contains(0)
    }

    static let shared: StoryStopwords = {
        do {
            let data = try Data(contentsOf: ResourceFiles.url("lexicons/story-stopwords.json"))
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            var hashes = Set<UInt64>()
            // A stop word is dropped in the form the signature sees it too: "always" → "alway".
            for case let words as [String] in object.values {
                for word in words {
                    hashes.insert(StoryTerms.hash(word))
                    let scalars = Array(word.unicodeScalars)
                    if let stem = StoryTerms.stem(scalars, 0..<scalars.count) {
                        hashes.insert(StoryTerms.hash(String(String.UnicodeScalarView(scalars[stem]))))
                    }
                }
            }
            return StoryStopwords(hashes: hashes)
        } catch {
            fatalError("DatelineKit resource lexicons/story-stopwords.json is unreadable: \(error)")
        }
    }()

    func contains(_ hash: UInt64) -> Bool {
        hash == 0 ? hasZero : table.contains(hash)
    }
}
