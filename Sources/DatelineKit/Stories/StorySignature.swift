import Foundation

/// One weighted term of a signature or a story's centroid.
public struct StoryTerm: Hashable, Sendable {
    public var term: UInt64
    public var weight: Double

    public init(term: UInt64, weight: Double) {
        self.term = term
        self.weight = weight
    }

    /// Heavier first; equal weights by term, so any two terms have one order.
    static func heavier(_ a: StoryTerm, _ b: StoryTerm) -> Bool {
        a.weight != b.weight ? a.weight > b.weight : a.term < b.term
    }

    /// The `count` heaviest of `terms`, heaviest first: the same as sorting them all and taking the
    /// first `count`, without sorting the rest (ten lookup terms of a 64-term centroid).
    static func heaviest(_ terms: [StoryTerm], _ count: Int) -> [StoryTerm] {
        guard count > 0, terms.count > 2 * count else { return Array(terms.sorted(by: heavier).prefix(count)) }
        var top: [StoryTerm] = []
        top.reserveCapacity(count + 1)
        for t in terms {
            if top.count == count, !heavier(t, top[count - 1]) { continue }
            top.insert(t, at: top.firstIndex { heavier(t, $0) } ?? top.count)
            if top.count > count { top.removeLast() }
        }
        return top
    }
}

/// What an article is about, as the story clusterer compares it: its `StoryRules.signatureTerms`
/// heaviest terms by TF-IDF (sublinear term weight × inverse document frequency learned from the
/// articles seen before it), scaled to unit length, sorted by term for a merge-join with a story's
/// centroid, and its publication day.
public struct StorySignature: Sendable {
    /// Sorted by `term`; squared weights sum to 1 (or empty).
    public var terms: [StoryTerm]
    public var day: Int?
    /// Readable text of the signature's terms.
    public var names: [UInt64: String]
    /// The resolved entities among the signature's terms.
    public var entities: [UInt64: EntityReference]

    /// `documents(term)` is how many earlier articles had the term among their weighed terms, of
    /// `total` articles: a word in every article ("president") weighs little, a rare one much.
    public init(_ raw: StoryTerms, weighed: [StoryTerm], total: Int, documents: (UInt64) -> Int, rules: StoryRules) {
        self.init(raw, weighed: weighed, total: total, counts: weighed.map { documents($0.term) }, rules: rules)
    }

    /// `counts[i]` is the document count of `weighed[i]`: the store reads them in that order, and
    /// keeping them in a list spares a dictionary of 64 terms per article.
    init(_ raw: StoryTerms, weighed: [StoryTerm], total: Int, counts: [Int], rules: StoryRules) {
        precondition(counts.count == weighed.count, "one document count per weighed term")
        var scored: [StoryTerm] = []
        scored.reserveCapacity(weighed.count)
        for (t, count) in zip(weighed, counts) {
            let idf = log(Double(total + 1) / Double(count + 1)) + 1
            scored.append(StoryTerm(term: t.term, weight: (1 + log(t.weight)) * idf))
        }
        scored.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        scored = Array(scored.prefix(rules.signatureTerms))
        let norm = sqrt(scored.reduce(0) { $0 + $1.weight * $1.weight })
        terms = norm > 0 ? scored.map { StoryTerm(term: $0.term, weight: $0.weight / norm) }.sorted { $0.term < $1.term } : []
        day = raw.day
        // Texts only for the heaviest few: a story is named by terms heavy in some article, and
        // building a string per term was a fifth of the signature's cost.
        var names: [UInt64: String] = [:]
        for t in scored.prefix(rules.namedTerms) { names[t.term] = raw.text(of: t.term) }
        self.names = names
        entities = raw.entities.filter { names[$0.key] != nil }
    }

    /// A signature of given terms (scaled to unit length), for tests and benchmarks.
    init(terms: [StoryTerm], day: Int?) {
        let norm = sqrt(terms.reduce(0) { $0 + $1.weight * $1.weight })
        self.terms = norm > 0 ? terms.map { StoryTerm(term: $0.term, weight: $0.weight / norm) }.sorted { $0.term < $1.term } : []
        self.day = day
        names = [:]
        entities = [:]
    }

    /// The terms whose document frequency counts and whose IDF is looked up: the article's
    /// `StoryRules.weighedTerms` heaviest by raw weight. Bounding them bounds the store's work per
    /// article; a term that never makes this cut would never make a signature either.
    public static func weighed(_ raw: StoryTerms, rules: StoryRules) -> [StoryTerm] {
        var all: [StoryTerm] = []
        all.reserveCapacity(raw.table.terms.count)
        for (term, weight) in zip(raw.table.terms, raw.table.weights) { all.append(StoryTerm(term: term, weight: weight)) }
        all.sort { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
        return Array(all.prefix(rules.weighedTerms))
    }

    /// The terms a new article looks stories up by: its heaviest `StoryRules.lookupTerms`.
    public func lookupTerms(_ rules: StoryRules) -> [UInt64] {
        StoryTerm.heaviest(terms, rules.lookupTerms).map(\.term)
    }

    /// Dot product of two term lists sorted by term.
    static func dot(_ a: [StoryTerm], _ b: [StoryTerm]) -> Double {
        var i = 0, j = 0, sum = 0.0
        while i < a.count, j < b.count {
            if a[i].term == b[j].term { sum += a[i].weight * b[j].weight; i += 1; j += 1 }
            else if a[i].term < b[j].term { i += 1 }
            else { j += 1 }
        }
        return sum
    }
}
