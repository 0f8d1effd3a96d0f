/// Where documents live between runs: cleaned text, metadata, annotation layers, the inputs already
/// seen, near-duplicate links and learned boilerplate. SQLite is the embedded default; a PostgreSQL
/// store will implement the same protocol.
///
/// ```swift
/// let store = try StoreLocation.resolve(option: nil).open()
/// let summary = try Ingestor(store: store).ingest(["examples/"])
/// for hit in try store.search("gas pipeline", limit: 5, highlight: .brackets) { print(hit.snippet) }
/// ```
public protocol DocumentStore: OutletParagraphCounts {
    /// Human-readable place of the store, for messages ("./dateline.sqlite").
    var location: String { get }

    /// Which of `keys` were already ingested (re-ingest skips them even if cleaning would now differ).
    func knownInputs(_ keys: [InputKey]) throws -> Set<InputKey>

    /// Stores a batch in one transaction: all of it or none. Identical texts (content hash) are not
    /// stored twice; near-duplicates are stored and linked to their original.
    func store(_ items: [IngestItem]) throws -> [StoreOutcome]

    /// The stored document with this id, or nil.
    func document(id: String) throws -> Document?

    /// The annotation layers stored with a document, or nil for an unknown id.
    func layers(of id: String) throws -> AnnotationLayers?

    /// Documents, newest first (publication date, then ingest order).
    func documents(limit: Int, offset: Int) throws -> [DocumentSummary]

    /// Each original with the near-duplicates linked to it.
    func nearDuplicateGroups() throws -> [NearDuplicateGroup]

    /// Full-text search over titles and cleaned text, best match first, with highlighted snippets.
    func search(_ query: String, limit: Int, highlight: Highlight) throws -> [SearchHit]

    /// Counts, outlets, date range and size.
    func statistics() throws -> StoreStatistics

    /// Entities mentioned in one document (or in all of them), most mentioned first.
    func entities(document: String?) throws -> [EntityTally]

    /// Quotes, newest first, optionally by one speaker (id, name or part of a name), of one kind,
    /// and/or matching a full-text query.
    func quotes(speaker: String?, search: String?, kind: Quote.Kind?, limit: Int) throws -> [StoredQuote]
}

extension DocumentStore {
    /// Quotes of both kinds, newest first.
    public func quotes(speaker: String?, search: String?, limit: Int) throws -> [StoredQuote] {
        try quotes(speaker: speaker, search: search, kind: nil, limit: limit)
    }
}

/// Why the store refused a request: a message a person can act on.
public struct StoreError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}
