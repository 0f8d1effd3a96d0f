import Foundation

/// Throughput of the time layer on the generated corpus: the tokenizer alone, the TIMEX3 tagger with
/// normalisation (publication date given), and document dating (no date given). Each figure comes
/// twice: by wall clock, and by this process's CPU time, which a machine shared with other jobs
/// does not inflate.
public struct TimexBenchmark: Sendable {
    public var count: Int

    public init(count: Int) { self.count = count }

    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    /// Measures `body` by wall clock and by CPU time.
    static func measure(_ name: String, _ body: () -> (documents: Int, bytes: Int)) -> [Throughput] {
        let cpu = cpuSeconds()
        let wall = Throughput.measure(name, body)
        let cpuFigure = Throughput(name: name + " (CPU time)", documents: wall.documents, bytes: wall.bytes, seconds: cpuSeconds() - cpu)
        return [wall, cpuFigure]
    }

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
        let tokenizer = Self.measure("time tokenizer") {
            for d in documents {
                let utf8 = Array(d.text.utf8)
                utf8.withUnsafeBufferPointer { buffer in
                    for r in SentenceRanges.simpleSplit(buffer) { tokens += TimeTokenizer.tokens(buffer, from: r.lowerBound, to: r.upperBound).count }
                }
            }
            return (documents.count, bytes)
        }
        var found = 0
        let tagger = Self.measure("timex tagger + normaliser") {
            for d in documents { found += stage.timexes(in: AnnotatedDocument(document: d)).count }
            return (documents.count, bytes)
        }
        let estimator = PublicationDateEstimator()
        var dated = 0
        let dating = Self.measure("document dating") {
            for var d in documents {
                d.published = nil
                if estimator.estimate(AnnotatedDocument(document: d)) != nil { dated += 1 }
            }
            return (documents.count, bytes)
        }
        precondition(found > 0 && dated >= 0 && tokens > 0)
        return tokenizer + tagger + dating
    }
}
