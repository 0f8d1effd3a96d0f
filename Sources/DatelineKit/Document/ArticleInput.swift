import Foundation

/// One article as a reader found it, before cleaning: a file, a `.jsonl` record, or stdin.
public struct ArticleInput: Sendable {
    public enum Body: Sendable {
        /// Plain text (already valid UTF-8).
        case text(String)
        /// HTML bytes; `charset` is what the container declared (a JSON record: UTF-8), or nil
        /// to read it from `<meta>` and default to UTF-8.
        case html(Data, charset: String?)
    }

    /// The record's own id (`.jsonl`), or nil to derive one from the file name or content.
    public var id: String?
    public var source: DocumentSource
    public var title: String?
    /// The raw publication date the container gave (record field), parsed later.
    public var published: String?
    public var body: Body
    /// Size of the original input in bytes, for throughput figures.
    public var byteCount: Int

    public init(id: String? = nil, source: DocumentSource, title: String? = nil, published: String? = nil,
                body: Body, byteCount: Int) {
        self.id = id
        self.source = source
        self.title = title
        self.published = published
        self.body = body
        self.byteCount = byteCount
    }
}
