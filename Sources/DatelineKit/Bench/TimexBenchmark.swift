/// Throughput of the time layer on the generated corpus: the TIMEX3 tagger with normalisation
/// (publication date given), and document dating (no date given).
public struct TimexBenchmark: Sendable {
    public var count: Int

    public init(count: Int) { self.count = count }

    public func run() -> [Throughput] {
        let corpus = GeneratedCorpus(count: count)
        let documents = (0..<count).map { i in
            Document(id: "g\(i)", source: DocumentSource(path: "g\(i).txt"),
                     published: PublicationDate(value: "2024-05-16", precision: .day, given: true),
                     text: corpus.article(i), contentHash: "")
        }
        let bytes = documents.reduce(0) { $0 + $1.text.utf8.count }
        let stage = TimexStage()
        var tokens = 0
        let tokenizer = Throughput.measure("time tokenizer (sentences, tokens)") {
            for d in documents {
                let bytes = Array(d.text.utf8)
                bytes.withUnsafeBufferPointer { buffer in
                    for r in SentenceRanges.simpleSplit(buffer) { tokens += TimeTokenizer.tokens(buffer, from: r.lowerBound, to: r.upperBound).count }
                }
            }
            return (documents.count, bytes)
        }
        var found = 0
        let tagger = Throughput.measure("timex tagger + normaliser") {
            for d in documents { found += stage.timexes(in: AnnotatedDocument(document: d)).count }
            return (documents.count, bytes)
        }
        let estimator = PublicationDateEstimator()
        var dated = 0
        let dating = Throughput.measure("document dating") {
            for var d in documents {
                d.published = nil
                if estimator.estimate(AnnotatedDocument(document: d)) != nil { dated += 1 }
            }
            return (documents.count, bytes)
        }
        precondition(found > 0 && dated >= 0 && tokens > 0)
        return [tokenizer, tagger, dating]
    }
}
