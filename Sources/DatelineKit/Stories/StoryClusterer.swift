import Foundation

/// Online story clustering in memory (evaluation, tests, benchmarks); the SQLite store runs the same
/// rules on its tables at ingest (`SQLiteStoryRepository`). Each article joins the most similar
/// recent story or starts one. Candidates come from an inverted index holding, per term, only the
/// `StoryRules.storiesPerTerm` most recently changed stories, and at most `candidateLimit` are
/// compared, so one more article costs the same whether 100 or 100,000 are already clustered.
///
/// ```swift
/// var stories = StoryClusterer()
/// for document in annotatedDocuments { stories.add(document) }
/// for story in stories.stories where story.articles > 1 { print(story.topTerms(), story.articles) }
/// ```
public struct StoryClusterer: Sendable {
    public let rules: StoryRules
    public private(set) var stories: [Story] = []
    /// Per term, the positions of the stories filed under it, most recently changed last.
    private var postings: [UInt64: [Int]] = [:]
    /// Per story position, the number of the article that last changed it: recency across terms.
    private var touched: [Int] = []
    private var changes = 0
    /// Per term, how many articles had it among their weighed terms; and how many articles.
    private var documents: [UInt64: Int] = [:]
    private var total = 0

    public init(rules: StoryRules = StoryRules()) {
        self.rules = rules
    }

    /// Clusters one article; returns the id of the story it joined or started.
    @discardableResult
    public mutating func add(_ annotated: AnnotatedDocument) -> Int64 {
        let raw = StoryTerms(annotated)
        let weighed = StorySignature.weighed(raw, rules: rules)
        let signature = StorySignature(raw, weighed: weighed, total: total, documents: { documents[$0] ?? 0 }, rules: rules)
        for t in weighed { documents[t.term, default: 0] += 1 }
        total += 1
        return add(signature, document: annotated.document)
    }

    /// Clusters an article whose signature is already made.
    public mutating func add(_ signature: StorySignature, document: Document) -> Int64 {
        changes += 1
        let positions = candidates(signature.lookupTerms(rules))
        if let best = best(for: signature, among: positions), let position = positions.first(where: { stories[$0].id == best.id }) {
            let before = stories[position].filingTerms(rules)
            stories[position].absorb(signature, rules: rules)
            touched[position] = changes
            file(position, leaving: before)
            return best.id
        }
        let id = Int64(stories.count + 1)
        stories.append(Story(id: id, first: signature, document: document, rules: rules))
        touched.append(changes)
        file(stories.count - 1, leaving: [])
        return id
    }

    /// Non-mutating, so reading the candidates holds no second reference to `stories` (which would
    /// make the next change copy the whole array).
    private func best(for signature: StorySignature, among positions: [Int]) -> (id: Int64, score: Double)? {
        rules.best(for: signature, among: positions.lazy.map { stories[$0] })
    }

    /// The most recently changed stories filed under any of the terms, at most `candidateLimit`.
    /// Each term's list holds at most `storiesPerTerm`, so this reads a bounded number of entries.
    func candidates(_ terms: [UInt64]) -> [Int] {
        var found: Set<Int> = []
        for term in terms { if let list = postings[term] { found.formUnion(list) } }
        guard found.count > rules.candidateLimit else { return Array(found) }
        return found.sorted { touched[$0] != touched[$1] ? touched[$0] > touched[$1] : $0 > $1 }.prefix(rules.candidateLimit).map { $0 }
    }

    /// Files a changed story as the newest under its heaviest terms; a list that outgrows
    /// `storiesPerTerm` forgets its least recently changed story.
    private mutating func file(_ position: Int, leaving before: [UInt64]) {
        let now = Set(stories[position].filingTerms(rules))
        for term in before where !now.contains(term) { postings[term]?.removeAll { $0 == position } }
        for term in now {
            var list = postings[term] ?? []
            list.removeAll { $0 == position }
            list.append(position)
            if list.count > rules.storiesPerTerm { list.removeFirst(list.count - rules.storiesPerTerm) }
            postings[term] = list
        }
    }

    /// How many stories are filed under a term (at most `storiesPerTerm`).
    public func filed(under term: UInt64) -> Int { postings[term]?.count ?? 0 }
}
