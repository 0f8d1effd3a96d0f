/// One per-document pipeline stage: reads the layers earlier stages made and adds its own. No I/O.
/// Stages may also settle document metadata they are responsible for (document dating fills
/// `document.published` when no date was given).
public protocol AnnotationStage: Sendable {
    /// Short name for progress, fuzzing and timing output ("sentences", "timexes", …).
    var name: String { get }
    func annotate(_ document: inout AnnotatedDocument)
}
