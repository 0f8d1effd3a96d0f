/// The standoff annotation layers later pipeline stages add to a document. Each stage fills its own
/// layer; a layer no stage has filled yet is printed as an empty array, as the contract requires.
public struct AnnotationLayers: Sendable {
    public init() {}

    func encode<K: CodingKey>(into c: inout KeyedEncodingContainer<K>, entities: K, timexes: K, quotes: K, events: K) throws {
        let none: [String] = []
        try c.encode(none, forKey: entities)
        try c.encode(none, forKey: timexes)
        try c.encode(none, forKey: quotes)
        try c.encode(none, forKey: events)
    }
}
