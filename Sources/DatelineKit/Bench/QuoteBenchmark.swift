import Foundation

/// Throughput of the quote stage alone: generated articles are cleaned and run through the stages
/// before it (sentences, entities) once, then only the quote stage is timed.
///
/// ```swift
/// print(QuoteBenchmark(generatedCount: 5_000).run().line)
/// ```
public struct QuoteBenchmark: Sendable {
    public var generatedCount: Int
    public var pipeline: Pipeline

    public init(generatedCount: Int, pipeline: Pipeline = .standard) {
        self.generatedCount = generatedCount
        self.pipeline = pipeline
    }

    public func run() throws -> (throughput: Throughput, quotes: Int) {
        let corpus = GeneratedCorpus(count: generatedCount)
        let cleaner = ArticleCleaner()
        let quoteIndex = pipeline.stages.firstIndex { $0 is QuoteStage } ?? pipeline.stages.count
        let before = Pipeline(stages: Array(pipeline.stages[..<quoteIndex]))
        let stage = QuoteStage()
        var documents: [AnnotatedDocument] = []
        for index in 0..<generatedCount {
            let text = corpus.article(index)
            let input = ArticleInput(source: DocumentSource(path: "generated-\(index).txt"), body: .text(text), byteCount: text.utf8.count)
            documents.append(before.annotated(try cleaner.document(from: input)))
        }
        var quotes = 0
        let throughput = Throughput.measure("quote stage (after entities)") {
            var bytes = 0
            for i in documents.indices {
                stage.annotate(&documents[i])
                quotes += documents[i].layers.quotes.count
                bytes += documents[i].document.text.utf8.count
            }
            return (documents.count, bytes)
        }
        return (throughput, quotes)
    }
}
