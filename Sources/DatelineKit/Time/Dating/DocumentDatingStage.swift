/// Dates an article that carries no publication date: sets `document.published` to an estimate
/// (`given: false`) with a basis a person can check. A given date (metadata, `--published`, a
/// record's field) is never replaced. Runs after sentences and before the time layer, so relative
/// expressions resolve against the estimate.
public struct DocumentDatingStage: AnnotationStage {
    public var name: String { "dating" }
    public var estimator: PublicationDateEstimator

    public init(estimator: PublicationDateEstimator = PublicationDateEstimator()) {
        self.estimator = estimator
    }

    public func annotate(_ document: inout AnnotatedDocument) {
        guard document.document.published == nil else { return }
        let (date, tags) = estimator.estimate(document, reusing: nil)
        document.document.published = date
        // The time layer, next, tags the same sentences: it takes these instead.
        document.timexTags = tags
    }
}
