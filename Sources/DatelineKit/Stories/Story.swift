import Foundation

/// One developing news story: the articles that report it, summed into a centroid of their
/// signatures, and the days it spans. Merging needs only this summary, never the articles.
public struct Story: Sendable {
    public var id: Int64
    /// Sum of the member signatures, cut to `StoryRules.centroidTerms` heaviest, sorted by term.
    public var centroid: [StoryTerm]
    /// Length of `centroid`, kept so a comparison is one merge-join and a division.
    public var norm: Double
    public var firstDay: Int?
    public var lastDay: Int?
    public var articles: Int
    /// Headline and id of the article that started the story.
    public var headline: String?
    public var firstDocument: String
    /// Readable text of the centroid's terms.
    public var names: [UInt64: String]

    public init(id: Int64, first signature: StorySignature, document: Document, rules: StoryRules) {
        self.id = id
        centroid = []
        norm = 0
        firstDay = signature.day
        lastDay = signature.day
        articles = 0
        headline = document.title
        firstDocument = document.id
        names = [:]
        absorb(signature, rules: rules)
    }

    init(id: Int64, centroid: [StoryTerm], firstDay: Int?, lastDay: Int?, articles: Int, headline: String?,
         firstDocument: String, names: [UInt64: String]) {
        self.id = id
        self.centroid = centroid
        norm = sqrt(centroid.reduce(0) { $0 + $1.weight * $1.weight })
        self.firstDay = firstDay
        self.lastDay = lastDay
        self.articles = articles
        self.headline = headline
        self.firstDocument = firstDocument
        self.names = names
    }

    /// Takes in one more article: adds its signature to the centroid and widens the span.
    public mutating func absorb(_ signature: StorySignature, rules: StoryRules) {
        var merged: [StoryTerm] = []
        merged.reserveCapacity(centroid.count + signature.terms.count)
        var i = 0, j = 0
        let a = centroid, b = signature.terms
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].term < b[j].term) { merged.append(a[i]); i += 1 }
            else if i == a.count || b[j].term < a[i].term { merged.append(b[j]); j += 1 }
            else { merged.append(StoryTerm(term: a[i].term, weight: a[i].weight + b[j].weight)); i += 1; j += 1 }
        }
        // Names are kept for centroid terms only: every named term is in `merged` before the cut,
        // so dropping the names of the cut terms is all the pruning there is.
        // The signature names only some of its terms (and none when it has no terms): a dozen
        // lookups instead of one per term.
        if !signature.terms.isEmpty {
            for (term, name) in signature.names where names[term] == nil { names[term] = name }
        }
        if rules.centroidTerms <= 0, !merged.isEmpty {
            for t in merged { names[t.term] = nil }
            merged = []
        } else if merged.count > rules.centroidTerms {
            // The lightest of the terms kept decides the cut; `merged` stays in term order, so
            // neither the terms by weight nor the kept ones by term need sorting.
            var byWeight = merged
            selectFirst(&byWeight, rules.centroidTerms, by: StoryTerm.heavier)
            let lightestKept = byWeight[rules.centroidTerms - 1]
            merged.removeAll { t in
                guard StoryTerm.heavier(lightestKept, t) else { return false }
                names[t.term] = nil
                return true
            }
        }
        centroid = merged
        norm = sqrt(merged.reduce(0) { $0 + $1.weight * $1.weight })
        if let day = signature.day {
            firstDay = min(firstDay ?? day, day)
            lastDay = max(lastDay ?? day, day)
        }
        articles += 1
    }

    /// The terms the story is filed under in the candidate index: its heaviest.
    public func filingTerms(_ rules: StoryRules) -> [UInt64] {
        heaviest(rules.lookupTerms).map(\.term)
    }

    /// The story's heaviest terms, heaviest first.
    func heaviest(_ count: Int) -> [StoryTerm] {
        StoryTerm.heaviest(centroid, count)
    }

    /// The words that name the story, heaviest first ("Equifax", "breach", "data").
    /// A word already shown inside a longer name, or the other way round, is shown once
    /// ("Putin" and "Vladimir Putin", the word "russia" and the entity Russia).
    public func topTerms(_ count: Int = 6) -> [String] {
        var shown: [String] = []
        for term in heaviest(count * 3) {
            guard let name = names[term.term] else { continue }
            let lower = name.lowercased()
            if let i = shown.firstIndex(where: { $0.lowercased().contains(lower) || lower.contains($0.lowercased()) }) {
                if name.count > shown[i].count { shown[i] = name }
                continue
            }
            shown.append(name)
            if shown.count == count { break }
        }
        return shown
    }
}
