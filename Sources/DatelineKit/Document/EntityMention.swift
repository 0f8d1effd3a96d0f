/// One place in the text that names or refers to an entity: "Russian President Vladimir Putin",
/// "Putin", "the Kremlin leader", "he". Mentions that are not a literal name match carry a basis.
public struct EntityMention: Codable, Hashable, Sendable {
    public var span: Span
    public var text: String
    public var entity: EntityReference
    /// Why this mention means this entity when it is not a literal name: "office holder of President
    /// of China on 2023-03-10", "pronoun 'he' refers back to 'Putin' (subject of the previous sentence)".
    public var basis: String?

    public init(span: Span, text: String, entity: EntityReference, basis: String? = nil) {
        self.span = span
        self.text = text
        self.entity = entity
        self.basis = basis
    }
}
