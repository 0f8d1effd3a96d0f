/// The pipeline's last per-document stage: fills `layers.events` with who did what with whom,
/// when and where, each with its evidence sentence (see `EventFinder` and `DocumentEvents`).
///
/// ```swift
/// var annotated = AnnotatedDocument(document: document)
/// EventStage().annotate(&annotated)
/// for event in annotated.layers.events { print(event.type, event.date?.value ?? "?") }
/// ```
public struct EventStage: AnnotationStage {
    public var finder: EventFinder
    public var name: String { "events" }

    public init(finder: EventFinder = EventFinder()) {
        self.finder = finder
    }

    public func annotate(_ document: inout AnnotatedDocument) {
        let found = finder.find(in: document)
        document.layers.events = DocumentEvents.events(from: found, document: document.document)
    }
}
