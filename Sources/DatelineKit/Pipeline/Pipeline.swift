/// The ordered per-document stages after cleaning. The order is data: language, time (so roles
/// resolve on the right date), entities, quotes, events.
///
/// ```swift
/// var annotated = AnnotatedDocument(document: try ArticleCleaner().document(from: input))
/// Pipeline.standard.annotate(&annotated)
/// ```
public struct Pipeline: Sendable {
    public var stages: [any AnnotationStage]

    public init(stages: [any AnnotationStage]) {
        self.stages = stages
    }

    public func annotate(_ document: inout AnnotatedDocument) {
        for stage in stages { stage.annotate(&document) }
    }

    public func annotated(_ document: Document) -> AnnotatedDocument {
        var annotated = AnnotatedDocument(document: document)
        annotate(&annotated)
        return annotated
    }

    /// Every stage that exists, in order. Each stage's issue adds its line here.
    public static var standard: Pipeline {
        Pipeline(stages: [
            SentenceStage(),
            DocumentDatingStage(),
            TimexStage(),
            EntityStage(),
            QuoteStage(),
            EventStage(),
        ])
    }
}
