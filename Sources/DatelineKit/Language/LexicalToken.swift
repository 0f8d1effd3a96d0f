/// A token as the tokenizer finds it: its place in bytes and scalars, its kind, and what the sentence
/// splitter needs to know about it (whitespace before it, whether it can end a sentence).
public struct LexicalToken: Hashable, Sendable {
    /// What a token means for sentence boundaries.
    public enum Role: UInt8, Sendable {
        case plain
        /// ". ! ? … ..." — ends a sentence unless what follows says otherwise.
        case terminator
        /// An abbreviation that stands before a name or number ("Gen.", "Jan.", "J."): never ends a sentence.
        case title
        /// An abbreviation that may end a sentence ("U.S.", "Inc."), when a usual sentence opener follows.
        case abbreviation
        /// Opening quotation mark or bracket.
        case opener
        /// Closing quotation mark or bracket: stays with the sentence it closes.
        case closer
        /// A straight quote ("), opening or closing depending on its neighbours.
        case quote
    }

    /// How the token's first letter is written.
    public enum Initial: UInt8, Sendable { case upper, lower, other }

    /// UTF-8 byte offsets into the text.
    public var bytes: Range<Int>
    /// Unicode scalar offsets into the text.
    public var span: Span
    public var kind: Token.Kind
    public var role: Role
    public var initial: Initial
    /// Line breaks in the whitespace before the token: 0, 1, or 2 for a paragraph break (a blank line).
    public var newlinesBefore: UInt8
    /// Whether any whitespace separates the token from the one before it.
    public var spaceBefore: Bool
}
