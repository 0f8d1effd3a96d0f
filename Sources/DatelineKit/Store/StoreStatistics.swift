/// What `dateline stats` reports about a store.
public struct StoreStatistics: Codable, Hashable, Sendable {
    /// Documents stored, near-duplicates included.
    public var documents: Int
    /// Of those, how many are near-duplicates linked to an original.
    public var nearDuplicates: Int
    /// Originals that have at least one near-duplicate.
    public var nearDuplicateGroups: Int
    /// Inputs remembered (files and records already ingested).
    public var inputs: Int
    /// Documents per outlet, most first ("unknown" outlets are left out).
    public var outlets: [OutletCount]
    /// Earliest and latest publication date among stored documents.
    public var earliest: String?
    public var latest: String?
    /// Documents without a publication date.
    public var undated: Int
    /// Size of the database in bytes (pages in use, write-ahead log included).
    public var databaseBytes: Int
    public var entityMentions: Int
    public var quotes: Int

    public struct OutletCount: Codable, Hashable, Sendable {
        public var outlet: String
        public var documents: Int
        public init(outlet: String, documents: Int) {
            self.outlet = outlet
            self.documents = documents
        }
    }

    public init(documents: Int, nearDuplicates: Int, nearDuplicateGroups: Int, inputs: Int, outlets: [OutletCount],
                earliest: String?, latest: String?, undated: Int, databaseBytes: Int, entityMentions: Int, quotes: Int) {
        self.documents = documents
        self.nearDuplicates = nearDuplicates
        self.nearDuplicateGroups = nearDuplicateGroups
        self.inputs = inputs
        self.outlets = outlets
        self.earliest = earliest
        self.latest = latest
        self.undated = undated
        self.databaseBytes = databaseBytes
        self.entityMentions = entityMentions
        self.quotes = quotes
    }
}
