/// The language layer as a pipeline stage: fills `layers.sentences` and `layers.tokens`.
public struct SentenceStage: AnnotationStage {
    public var splitter: SentenceSplitter
    public var name: String { "sentences" }

    public init(splitter: SentenceSplitter = SentenceSplitter()) {
        self.splitter = splitter
    }

    public func annotate(_ document: inout AnnotatedDocument) {
        let split = splitter.split(document.document.text)
        document.layers.sentences = split.sentences
        document.layers.tokens = split.tokens
    }
}
