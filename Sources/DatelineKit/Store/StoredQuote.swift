/// A quote as the store keeps it: what was said, by whom, in which document, outlet and date.
public struct StoredQuote: Codable, Hashable, Sendable {
    public var document: String
    public var outlet: String?
    public var published: String?
    public var speaker: EntityReference?
    public var text: String
    public var kind: Quote.Kind
    public var cue: String?
    public var via: String?
    public var span: Span

    public init(document: String, outlet: String?, published: String?, speaker: EntityReference?, text: String,
                kind: Quote.Kind, cue: String?, via: String?, span: Span) {
        self.document = document
        self.outlet = outlet
        self.published = published
        self.speaker = speaker
        self.text = text
        self.kind = kind
        self.cue = cue
        self.via = via
        self.span = span
    }
}

/// An entity with how often it is mentioned and in how many documents.
public struct EntityTally: Codable, Hashable, Sendable {
    public var entity: EntityReference
    public var mentions: Int
    public var documents: Int

    public init(entity: EntityReference, mentions: Int, documents: Int) {
        self.entity = entity
        self.mentions = mentions
        self.documents = documents
    }
}
