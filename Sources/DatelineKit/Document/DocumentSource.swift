/// Where a document came from: a file path (with the line for JSON Lines records) and/or a URL.
public struct DocumentSource: Codable, Hashable, Sendable {
    public var path: String?
    public var url: String?
    /// 1-based line of a `.jsonl` record; nil for whole files.
    public var line: Int?

    public init(path: String? = nil, url: String? = nil, line: Int? = nil) {
        self.path = path
        self.url = url
        self.line = line
    }

    /// "file.jsonl:12" style label for messages.
    public var label: String {
        let p = path ?? url ?? "<stdin>"
        if let line { return "\(p):\(line)" }
        return p
    }
}
