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
        precondition(found > 0 && dated >= 0)
        return [tagger, dating]
    }
}
