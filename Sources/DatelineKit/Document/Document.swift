/// One cleaned article: the main text (never changed after cleaning) and what is known about it.
/// Later stages add standoff annotation layers that point into `text` by scalar offsets.
public struct Document: Codable, Hashable, Sendable {
    public var id: String
    public var source: DocumentSource
    public var title: String?
    public var outlet: String?
    public var byline: String?
    public var canonicalURL: String?
    public var published: PublicationDate?
    /// The cleaned main text; paragraphs separated by a blank line.
    public var text: String
    /// What cleaning cut, with reasons.
    public var removed: [RemovedText]
    /// Agencies credited in contribution lines ("AFP contributed reporting"), kept as metadata.
    public var contributors: [String]
    /// SHA-256 (hex) of the cleaned text: identical documents are stored once.
    public var contentHash: String
    /// Id of the document this one nearly duplicates (a syndicated copy), if any.
    public var nearDuplicateOf: String?

    public init(id: String, source: DocumentSource, title: String? = nil, outlet: String? = nil,
                byline: String? = nil, canonicalURL: String? = nil, published: PublicationDate? = nil,
                text: String, removed: [RemovedText] = [], contributors: [String] = [],
                contentHash: String, nearDuplicateOf: String? = nil) {
        self.id = id
        self.source = source
        self.title = title
        self.outlet = outlet
        self.byline = byline
        self.canonicalURL = canonicalURL
        self.published = published
        self.text = text
        self.removed = removed
        self.contributors = contributors
        self.contentHash = contentHash
        self.nearDuplicateOf = nearDuplicateOf
    }

    /// The cleaned text's paragraphs, in order.
    public var paragraphs: [Substring] {
        text.split(separator: "\n\n", omittingEmptySubsequences: true)
    }
}
