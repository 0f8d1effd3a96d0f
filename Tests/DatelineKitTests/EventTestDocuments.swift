import DatelineKit

/// Hand-made annotated documents for event tests: sentences split at ". ", entity mentions and
/// time expressions placed wherever their text occurs, as the entity and time layers would.
enum EventTestDocuments {
    static let putin = EntityReference(id: "Q7747", name: "Vladimir Putin", kind: .person, country: "RUS")
    static let xi = EntityReference(id: "Q15031", name: "Xi Jinping", kind: .person, country: "CHN")
    static let russia = EntityReference(id: "Q159", name: "Russia", kind: .country, country: "RUS")
    static let china = EntityReference(id: "Q148", name: "China", kind: .country, country: "CHN")
    static let beijing = EntityReference(id: "Q956", name: "Beijing", kind: .location, country: "CHN")

    static func document(_ text: String, id: String = "doc", published: String? = "2024-05-16",
                         entities: [String: EntityReference] = [:],
                         timexes: [(text: String, value: String)] = []) -> AnnotatedDocument {
        let scalars = Array(text.unicodeScalars)
        var layers = AnnotationLayers()
        var start = 0
        for i in scalars.indices where scalars[i] == "." && (i + 1 == scalars.count || scalars[i + 1] == " ") {
            layers.sentences.append(Sentence(span: Span(start: start, end: i + 1), paragraph: 0))
            start = i + 2
        }
        if start < scalars.count { layers.sentences.append(Sentence(span: Span(start: start, end: scalars.count), paragraph: 0)) }
        for (surface, entity) in entities {
            for span in occurrences(of: surface, in: scalars) {
                layers.mentions.append(EntityMention(span: span, text: surface, entity: entity))
            }
        }
        layers.mentions.sort { $0.span < $1.span }
        for timex in timexes {
            for span in occurrences(of: timex.text, in: scalars) {
                layers.timexes.append(Timex(span: span, text: timex.text, type: .date, value: timex.value))
            }
        }
        layers.timexes.sort { $0.span < $1.span }
        let document = Document(id: id, source: DocumentSource(path: "\(id).txt"),
                                published: published.flatMap { PublicationDate.given($0) }, text: text, contentHash: id)
        return AnnotatedDocument(document: document, layers: layers)
    }

    /// Whole-word occurrences of `surface`.
    static func occurrences(of surface: String, in scalars: [Unicode.Scalar]) -> [Span] {
        let needle = Array(surface.unicodeScalars)
        guard !needle.isEmpty, needle.count <= scalars.count else { return [] }
        var spans: [Span] = []
        for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
            let before = i == 0 || !scalars[i - 1].properties.isAlphabetic
            let after = i + needle.count == scalars.count || !scalars[i + needle.count].properties.isAlphabetic
            if before && after { spans.append(Span(start: i, end: i + needle.count)) }
        }
        return spans
    }

    static func events(_ annotated: AnnotatedDocument) -> [ContactEvent] {
        var document = annotated
        EventStage().annotate(&document)
        return document.layers.events
    }
}
