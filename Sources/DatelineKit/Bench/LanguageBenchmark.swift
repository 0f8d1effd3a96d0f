import Foundation

/// Throughput of the language and entity layers on the generated corpus: tokens alone, tokens and
/// sentences, and tokens, sentences and entities (the figure the ≥ 20 MB/s per core goal is about).
/// Each figure is measured in wall-clock time (`Throughput`) and in this thread's CPU time, which is
/// what "per core" means when other processes share the machine.
public struct LanguageBenchmark: Sendable {
    /// One phase: wall-clock throughput and CPU seconds spent.
    public struct Figure: Sendable {
        public var throughput: Throughput
        public var cpuSeconds: Double
        public var cpuMegabytesPerSecond: Double { Double(throughput.bytes) / 1_000_000 / max(cpuSeconds, 1e-9) }
        public var line: String {
            throughput.line + String(format: "   (CPU %.2f s, %.1f MB/s per core)", cpuSeconds, cpuMegabytesPerSecond)
        }
    }

    static func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    static func measure(_ name: String, _ body: () -> (documents: Int, bytes: Int)) -> Figure {
        let cpu = threadCPUSeconds()
        let throughput = Throughput.measure(name, body)
        return Figure(throughput: throughput, cpuSeconds: threadCPUSeconds() - cpu)
    }

    public var count: Int

    public init(count: Int) {
        self.count = count
    }

    public func run() -> [Figure] {
        let corpus = GeneratedCorpus(count: count)
        let texts = (0..<count).map { corpus.article($0) }
        let bytes = texts.reduce(0) { $0 + $1.utf8.count }
        let documents = texts.enumerated().map { index, text in
            Document(id: "bench-\(index)", source: DocumentSource(), published: PublicationDate.given("2024-05-16"),
                     text: text, contentHash: "")
        }
        let tokenizer = Tokenizer(), splitter = SentenceSplitter()
        let recognizer = EntityRecognizer.standard  // knowledge base loaded and compiled before timing
        var sink = 0
        let tokenize = Self.measure("tokenize") {
            for text in texts { sink &+= tokenizer.tokens(in: text).count }
            return (texts.count, bytes)
        }
        let sentences = Self.measure("tokenize + sentences") {
            for text in texts { sink &+= splitter.split(text).sentences.count }
            return (texts.count, bytes)
        }
        let stage = EntityStage(recognizer: recognizer), sentenceStage = SentenceStage()
        let entities = Self.measure("tokenize + sentences + entities") {
            for document in documents {
                var annotated = AnnotatedDocument(document: document)
                sentenceStage.annotate(&annotated)
                stage.annotate(&annotated)
                sink &+= annotated.layers.mentions.count
            }
            return (documents.count, bytes)
        }
        precondition(sink > 0)
        return [tokenize, sentences, entities]
    }
}
