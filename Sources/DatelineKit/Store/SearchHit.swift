/// One full-text search result: which document, how well it matched and where.
public struct SearchHit: Codable, Hashable, Sendable {
    public var id: String
    public var title: String?
    public var outlet: String?
    public var published: String?
    /// bm25 score (SQLite's: lower is better; results come best first).
    public var score: Double
    /// A passage around the matches with each match wrapped in the highlight markers.
    public var snippet: String

    public init(id: String, title: String?, outlet: String?, published: String?, score: Double, snippet: String) {
        self.id = id
        self.title = title
        self.outlet = outlet
        self.published = published
        self.score = score
        self.snippet = snippet
    }
}

/// How matched words are marked in snippets: bold on a terminal, brackets in plain output.
public struct Highlight: Sendable, Hashable {
    public var open: String
    public var close: String

    public init(open: String, close: String) {
        self.open = open
        self.close = close
    }

    public static let brackets = Highlight(open: "[", close: "]")
    public static let bold = Highlight(open: "\u{1B}[1m", close: "\u{1B}[0m")
}
