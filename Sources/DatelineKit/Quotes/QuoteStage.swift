/// The pipeline stage that fills `layers.quotes` from the text and the entity layer's mentions.
/// It runs after `EntityStage`: speakers are that layer's mentions, pronouns and titles included.
public struct QuoteStage: AnnotationStage {
    public var name: String { "quotes" }
    public var finder: QuoteFinder

    public init(finder: QuoteFinder = QuoteFinder()) {
        self.finder = finder
    }

    public func annotate(_ document: inout AnnotatedDocument) {
        document.layers.quotes = finder.quotes(in: document.document.text, mentions: document.layers.mentions)
    }
}
