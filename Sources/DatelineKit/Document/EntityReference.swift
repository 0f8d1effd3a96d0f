/// What kind of thing an entity is, as the extraction contract names it.
public enum EntityKind: String, Codable, Hashable, Sendable {
    case person, country, organization, location
}

/// A canonical entity: a knowledge-base entry (with its Wikidata id) or, for people the knowledge
/// base does not know, a name with no id.
public struct EntityReference: Codable, Hashable, Sendable {
    /// Wikidata id ("Q7747"), nil for entities outside the knowledge base.
    public var id: String?
    public var name: String
    public var kind: EntityKind
    /// ISO 3166 alpha-3 country the entity belongs to ("RUS"), when known.
    public var country: String?

    public init(id: String?, name: String, kind: EntityKind, country: String? = nil) {
        self.id = id
        self.name = name
        self.kind = kind
        self.country = country
    }

    /// The key that groups mentions of one entity: the id, else kind and name.
    public var key: String { id ?? "\(kind.rawValue):\(name)" }
}
