/// The outcome of cleaning one article's text: the article's own paragraphs and what was cut.
public struct CleanedText: Sendable, Equatable {
    public var title: String?
    public var outlet: String?
    public var wireDateline: WireDateline?
    public var paragraphs: [String]
    public var removed: [RemovedText]
    public var contributors: [String]

    /// The cleaned text as stored and annotated: paragraphs separated by a blank line.
    public var text: String { paragraphs.joined(separator: "\n\n") }
}
