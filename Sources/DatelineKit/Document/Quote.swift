/// Something a person or body said, with who said it and how it reached the article.
public struct Quote: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case direct, indirect
    }

    /// Who said it; nil when no speaker can be attributed (never a guess).
    public var speaker: EntityReference?
    /// Where in the text the speaker is named or referred to ("he", "the Kremlin leader").
    public var speakerSpan: Span?
    /// The quoted words (direct) or the reported content (indirect), without quotation marks.
    public var text: String
    public var kind: Kind
    /// The verb or phrase that attributes it: "said", "told", "according to".
    public var cue: String?
    /// The outlet or document that carried it: "CCTV" in "CCTV quoted Xi as saying".
    public var via: String?
    /// The quoted content in the cleaned text (for a split quote, from its first to its last word).
    public var span: Span

    public init(speaker: EntityReference?, speakerSpan: Span? = nil, text: String, kind: Kind,
                cue: String? = nil, via: String? = nil, span: Span) {
        self.speaker = speaker
        self.speakerSpan = speakerSpan
        self.text = text
        self.kind = kind
        self.cue = cue
        self.via = via
        self.span = span
    }
}
