/// One line of `dateline docs`: enough to pick a document, not its text.
public struct DocumentSummary: Codable, Hashable, Sendable {
    public var id: String
    public var title: String?
    public var outlet: String?
    /// Publication date value ("2024-10-22", "2024-10"), if known.
    public var published: String?
    /// Length of the cleaned text in Unicode scalars.
    public var characters: Int
    public var source: String?
    /// The original this document nearly duplicates, if any.
    public var nearDuplicateOf: String?

    public init(id: String, title: String?, outlet: String?, published: String?, characters: Int,
                source: String?, nearDuplicateOf: String?) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.published = published
        self.characters = characters
        self.source = source
        self.nearDuplicateOf = nearDuplicateOf
    }
}

/// An original document and the near-duplicates stored linked to it (`dateline docs --duplicates`).
public struct NearDuplicateGroup: Codable, Hashable, Sendable {
    public var original: DocumentSummary
    public var duplicates: [DocumentSummary]

    public init(original: DocumentSummary, duplicates: [DocumentSummary]) {
        self.original = original
        self.duplicates = duplicates
    }
}
