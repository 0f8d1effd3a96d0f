import Foundation

/// Scores the quote layer on the seed articles against the gold quotes, as `shared/eval/README.md`
/// says: a gold quote is found when a direct quotation of its document contains the first five
/// words of its `starts_with`, and right when that quotation's speaker is the gold speaker. The
/// seeds go through the same path as `dateline extract` (reader, cleaner, full pipeline).
///
/// ```swift
/// let result = try SeedQuoteEvaluation(seeds: seedsFolder, gold: goldFile).run()
/// print(result.right, "of", result.outcomes.count)
/// ```
public struct SeedQuoteEvaluation: Sendable {
    public var seeds: URL
    public var gold: URL
    public var extractor: Extractor

    public init(seeds: URL, gold: URL, extractor: Extractor = Extractor()) {
        self.seeds = seeds
        self.gold = gold
        self.extractor = extractor
    }

    public enum Verdict: String, Sendable, Codable {
        case right = "right speaker", wrong = "wrong speaker", noSpeaker = "no speaker", missed
    }

    public struct Outcome: Sendable {
        public var document: String
        public var gold: SeedGold.Quote
        public var verdict: Verdict
        /// The quotation that holds the gold words (the best one when several do).
        public var found: Quote?
    }

    public struct Result: Sendable {
        public var outcomes: [Outcome]
        /// Direct quotations of five words or more that hold no gold quote, per document.
        public var unmatched: [(document: String, quote: Quote)]
        /// Every quotation found (direct and indirect), per document id.
        public var quotes: [String: [Quote]]
        public var problems: [String]

        public func count(_ verdict: Verdict) -> Int { outcomes.filter { $0.verdict == verdict }.count }
        /// Gold quotes held by some found quotation, whoever it names.
        public var found: Int { outcomes.count - count(.missed) }
        public var right: Int { count(.right) }
        public var wrong: Int { count(.wrong) }
        public var missed: Int { count(.missed) }
    }

    public func run() throws -> Result {
        let goldRecords = try SeedGold(contentsOf: gold).records
        var quotesByDocument: [String: [Quote]] = [:]
        var problems: [String] = []
        extractor.run(paths: [seeds.path]) { result in
            switch result {
            case .success(let record): quotesByDocument[record.document.id] = record.layers.quotes
            case .failure(let problem): problems.append("\(problem)")
            }
        }
        var outcomes: [Outcome] = []
        var used: Set<String> = []
        for record in goldRecords {
            let quotes = (quotesByDocument[record.id] ?? []).filter { $0.kind == .direct }
            if quotesByDocument[record.id] == nil { problems.append("\(record.id): no seed file produced this document") }
            for goldQuote in record.quotes {
                let words = goldQuote.firstFiveWords
                let holders = quotes.filter { Self.normalized($0.text).contains(words) }
                let outcome: Outcome
                if let right = holders.first(where: { $0.speaker.map { SeedGold.samePerson(goldQuote.speaker, $0.name) } ?? false }) {
                    outcome = Outcome(document: record.id, gold: goldQuote, verdict: .right, found: right)
                } else if let wrong = holders.first(where: { $0.speaker != nil }) {
                    outcome = Outcome(document: record.id, gold: goldQuote, verdict: .wrong, found: wrong)
                } else {
                    outcome = Outcome(document: record.id, gold: goldQuote, verdict: holders.isEmpty ? .missed : .noSpeaker,
                                      found: holders.first)
                }
                holders.forEach { used.insert("\(record.id)@\($0.span.start)") }
                outcomes.append(outcome)
            }
        }
        let unmatched = goldRecords.flatMap { record in
            (quotesByDocument[record.id] ?? [])
                .filter { $0.kind == .direct && !used.contains("\(record.id)@\($0.span.start)") && $0.text.split(whereSeparator: \.isWhitespace).count >= 5 }
                .map { (document: record.id, quote: $0) }
        }
        return Result(outcomes: outcomes, unmatched: unmatched, quotes: quotesByDocument, problems: problems)
    }

    /// Runs of white space as one space, so a quotation over paragraphs still holds its words.
    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
