import Foundation

/// One line of `dateline extract` output: the extraction contract (`shared/contracts/extract.md`).
/// Fields may be added, never renamed or removed; unknown values are `null`, never missing.
public struct ExtractionRecord: Encodable, Sendable {
    public var document: Document
    public var layers: AnnotationLayers

    public init(document: Document, layers: AnnotationLayers = AnnotationLayers()) {
        self.document = document
        self.layers = layers
    }

    private enum Key: String, CodingKey {
        case id, source, title, outlet, byline, published, text, removed, contributors
        case entities, timexes, quotes, events
        case nearDuplicateOf = "near_duplicate_of"
    }

    private struct SourceField: Encodable {
        var path: String?
        var url: String?
        var line: Int?
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(path, forKey: .path)
            try c.encode(url, forKey: .url)
            try c.encodeIfPresent(line, forKey: .line)
        }
        enum CodingKeys: String, CodingKey { case path, url, line }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        let d = document
        try c.encode(d.id, forKey: .id)
        try c.encode(SourceField(path: d.source.path, url: d.source.url ?? d.canonicalURL, line: d.source.line), forKey: .source)
        try c.encode(d.title, forKey: .title)
        try c.encode(d.outlet, forKey: .outlet)
        try c.encode(d.byline, forKey: .byline)
        try c.encode(d.published, forKey: .published)
        try c.encode(d.text, forKey: .text)
        try c.encode(d.removed, forKey: .removed)
        try c.encode(d.contributors, forKey: .contributors)
        try c.encode(d.nearDuplicateOf, forKey: .nearDuplicateOf)
        try c.encode(layers.entities.map { LayerRecords.EntityRecord(entity: $0.entity, mentions: $0.mentions) }, forKey: .entities)
        try c.encode(layers.timexes.map(LayerRecords.TimexRecord.init), forKey: .timexes)
        try c.encode(layers.quotes.map(LayerRecords.QuoteRecord.init), forKey: .quotes)
        try c.encode(layers.events.map(LayerRecords.EventRecord.init), forKey: .events)
    }

    /// The record as one JSON line, keys sorted: without it the order follows the process's random
    /// hash seed, and two runs over the same article could not be compared with `diff`.
    public func jsonLine() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(self), as: UTF8.self)
    }
}
