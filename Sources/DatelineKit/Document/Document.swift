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

    /// `paragraphs` found on UTF-8 bytes (splitting a String on "\n\n" goes through
    /// grapheme breaking and a substring search, the slowest part of counting paragraphs). A line
    /// feed is a grapheme of its own except after a carriage return, so without CR the two agree.
    public static func paragraphs(of text: String) -> [Substring] {
        let utf8 = text.utf8
        guard !utf8.contains(UInt8(ascii: "\r")) else { return text.split(separator: "\n\n", omittingEmptySubsequences: true) }
        var paragraphs: [Substring] = []
        var start = utf8.startIndex, i = utf8.startIndex
        while i != utf8.endIndex {
            let next = utf8.index(after: i)
            if utf8[i] == UInt8(ascii: "\n"), next != utf8.endIndex, utf8[next] == UInt8(ascii: "\n") {
                if start != i { paragraphs.append(text[start..<i]) }
                i = utf8.index(after: next)
                start = i
            } else {
                i = next
            }
        }
        if start != utf8.endIndex { paragraphs.append(text[start...]) }
        return paragraphs
    }
}
