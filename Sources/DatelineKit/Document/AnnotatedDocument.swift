/// A cleaned document and the annotation layers the pipeline stages have added to it so far.
public struct AnnotatedDocument: Sendable {
    public var document: Document
    public var layers: AnnotationLayers
    /// Dating's temporal tags, left for the time layer to reuse (it clears them).
    var timexTags: TimexTags?

    public init(document: Document, layers: AnnotationLayers = AnnotationLayers()) {
        self.document = document
        self.layers = layers
    }

    /// The text a span covers.
    public func text(of span: Span) -> String {
        TextOffsets(document.text).substring(span)
    }
}
