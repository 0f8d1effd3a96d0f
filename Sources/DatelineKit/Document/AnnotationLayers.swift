/// The standoff annotation layers pipeline stages add to a document, all in Unicode scalar offsets
/// into `Document.text`. Each stage fills its own layer; an unfilled layer is an empty array.
public struct AnnotationLayers: Codable, Hashable, Sendable {
    public var sentences: [Sentence] = []
    public var tokens: [Token] = []
    /// Entity mentions in text order, each resolved to a canonical entity.
    public var mentions: [EntityMention] = []
    public var timexes: [Timex] = []
    public var quotes: [Quote] = []
    public var events: [ContactEvent] = []

    public init() {}

    /// Mentions grouped per canonical entity, in order of first mention — the contract's `entities`.
    public var entities: [(entity: EntityReference, mentions: [EntityMention])] {
        var order: [String] = []
        var groups: [String: (entity: EntityReference, mentions: [EntityMention])] = [:]
        for mention in mentions {
            let key = mention.entity.key
            if groups[key] == nil {
                order.append(key)
                groups[key] = (mention.entity, [])
            }
            groups[key]!.mentions.append(mention)
        }
        return order.map { groups[$0]! }
    }
}
