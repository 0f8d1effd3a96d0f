/// One token of the cleaned text: a word, a number or a punctuation mark.
public struct Token: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case word, number, punctuation, symbol
    }

    public var span: Span
    public var kind: Kind
    /// Index into `AnnotationLayers.sentences`.
    public var sentence: Int

    public init(span: Span, kind: Kind, sentence: Int) {
        self.span = span
        self.kind = kind
        self.sentence = sentence
    }
}
