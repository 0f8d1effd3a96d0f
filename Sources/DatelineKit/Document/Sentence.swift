/// One sentence of the cleaned text, found by the language layer.
public struct Sentence: Codable, Hashable, Sendable {
    public var span: Span
    /// Index of the paragraph (blank-line separated block) the sentence sits in.
    public var paragraph: Int

    public init(span: Span, paragraph: Int) {
        self.span = span
        self.paragraph = paragraph
    }
}
