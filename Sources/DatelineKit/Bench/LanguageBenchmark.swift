/// Throughput of the language and entity layers on the generated corpus: tokens alone, tokens and
/// sentences, and tokens, sentences and entities (the figure the ≥ 20 MB/s per core goal is about).
public struct LanguageBenchmark: Sendable {
    public var count: Int

    public init(count: Int) {
        self.count = count
    }

    public func run() -> [Throughput] {
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
        let tokenize = Throughput.measure("tokenize") {
            for text in texts { sink &+= tokenizer.tokens(in: text).count }
            return (texts.count, bytes)
        }
        let sentences = Throughput.measure("tokenize + sentences") {
            for text in texts { sink &+= splitter.split(text).sentences.count }
            return (texts.count, bytes)
        }
        let stage = EntityStage(recognizer: recognizer), sentenceStage = SentenceStage()
        let entities = Throughput.measure("tokenize + sentences + entities") {
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
