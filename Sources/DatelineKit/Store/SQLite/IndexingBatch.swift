import GRDB

/// What the layer indexes remember across the documents of one storing transaction, dropped when it
/// ends: the write lock is held throughout, so nothing another process writes can make it stale.
/// The timeline keeps the entries it has read or changed here, so a busy entry is decoded once per
/// batch instead of once per report that considers it, and written back once, at the end.
public final class IndexingBatch {
    /// Timeline entries read or changed in this transaction, by id, without their reports.
    var timelineEntries: [Int64: TimelineEntry] = [:]
    /// Ids of entries changed in memory whose row still holds the old summary.
    var unsavedTimelineEntries: Set<Int64> = []

    /// Story term counts as read when this transaction first needed them, and the articles of
    /// this transaction that carried each term since (written by `finish`).
    var storyTermBase: [UInt64: Int] = [:]
    var storyTermAdded: [UInt64: Int] = [:]
    /// Story summaries read or written in this transaction, with their `touched` number.
    var storySummaries: [Int64: (touched: Int, story: Story)] = [:]
    /// The article counter as the transaction's first article read it, and the articles clustered since.
    var storyArticlesBase: Int?
    var storyArticlesAdded = 0
    /// Term texts of the stories this transaction started or changed, and the changed ones whose
    /// row still holds the old summary (written by `finish`).
    var storyNames: [Int64: [UInt64: String]] = [:]
    var unsavedStories: Set<Int64> = []
    /// Postings read and changed in this transaction, the changes written by `finish`.
    var storyPostings = StoryPostings()
    /// Which story each article of this transaction joined, in order, and the stories' entity
    /// rows, the first article's reference for each (written by `finish`).
    var storyMembers: [(document: String, story: Int64, similarity: Double?)] = []
    var storyEntities: [StoryEntityRow: EntityReference] = [:]

    /// Paragraph counts this transaction's originals add, per outlet and paragraph, written by
    /// `finish` in key order to the table's recent part (`SettlingTable`): one upsert per
    /// paragraph an outlet's articles share (a footer in every one of them).
    var paragraphCounts: [OutletParagraph: Int] = [:]

    /// Full-text rows of this transaction's documents and quotes, written together by `finish`.
    /// FTS5 (SQLite 3.40) writes its pending terms to disk at every statement savepoint, and any
    /// `INSERT OR REPLACE` or row with a foreign key opens one: inserted between the other rows,
    /// each document became a tiny index segment of its own, merged again and again. Inserted
    /// last, the batch's terms reach the index as one segment.
    var searchRows: [SearchRow] = []

    struct SearchRow {
        enum Table { case documents, quotes }
        var table: Table
        var rowid: Int64
        var title: String?
        var text: String
    }

    /// This transaction's LSH bucket rows (`near_duplicate_bands_recent`), written by `finish` in
    /// key order. Written as each article was stored, a row landed on a random page of the recent
    /// part (16 per article, the costliest insert of a batch); in key order each page is visited
    /// once, its rows in a row. Until then the near-duplicate lookup reads them here: each row
    /// links to the batch's previous row of its bucket, the newest of each bucket found by hash.
    private var bandRows: [(bucket: Int64, document: Int64, previous: Int32)] = []
    private var newestBandRow = KeyTable(minimumCapacity: 1024)

    func addBands(_ buckets: [Int64], of document: Int64) {
        for bucket in buckets {
            let key = UInt64(bitPattern: bucket)
            bandRows.append((bucket, document, newestBandRow[key] ?? -1))
            newestBandRow.set(key, Int32(bandRows.count - 1))
        }
    }

    /// The documents of this transaction filed under `bucket`.
    func bandDocuments(_ bucket: Int64, _ each: (Int64) -> Void) {
        guard var row = newestBandRow[UInt64(bitPattern: bucket)] else { return }
        while row >= 0 {
            each(bandRows[Int(row)].document)
            row = bandRows[Int(row)].previous
        }
    }

    /// The store's filter of taken near-duplicate buckets, when it holds every stored bucket for
    /// this transaction (`BandBucketFilter.isCurrent`); nil: look every bucket up.
    var bandBuckets: BandBucketFilter?

    /// Summaries remembered from earlier transactions of the same store, if any.
    let remembered: TimelineEntryMemory?
    let rememberedStories: StoryMemory?
    /// The timeline index rows the store holds (`TimelineKeyPostings`), and this transaction's
    /// number with them once `checkMemory(dataVersion:)` made them current.
    private let keyPostings: TimelineKeyPostings?
    private var keyTransaction: Int?

    public convenience init() {
        self.init(remembering: nil)
    }

    init(remembering memory: TimelineEntryMemory?, stories: StoryMemory? = nil, keys: TimelineKeyPostings? = nil) {
        remembered = memory
        rememberedStories = stories
        keyPostings = keys
    }

    /// The held timeline index rows, when current in this transaction, with its number for them.
    var timelineKeys: (postings: TimelineKeyPostings, transaction: Int)? {
        guard let keyPostings, let keyTransaction else { return nil }
        return (keyPostings, keyTransaction)
    }

    /// Whether the remembered timeline summaries were checked against this transaction's
    /// `PRAGMA data_version` (`checkMemory(dataVersion:)`), so they need no row read.
    private(set) var rememberedIsCurrent = false

    /// Checks the store's memory against other connections' commits, given the writing
    /// connection's `PRAGMA data_version`; call first in the storing transaction.
    func checkMemory(dataVersion: Int64) {
        guard let remembered else { return }
        remembered.check(dataVersion: dataVersion)
        rememberedIsCurrent = true
        keyTransaction = keyPostings?.begin(dataVersion: dataVersion)
    }

    /// Hands what this transaction read and wrote to the store's memory; call after the commit.
    func committed() {
        remembered?.remember(timelineEntries)
        if let timelineKeys { timelineKeys.postings.committed(timelineKeys.transaction) }
        var counts = storyTermBase
        for (term, added) in storyTermAdded { counts[term, default: 0] += added }
        rememberedStories?.remember(documents: counts, summaries: storySummaries)
    }

    /// Writes back what the indexes deferred; the store calls it before committing.
    public func finish(in db: Database) throws {
        try SQLiteTimelineRepository(db: db, batch: self).saveDeferred()
        try SQLiteStoryRepository(db: db, batch: self).saveDeferred()
        try saveParagraphCounts(in: db)
        try saveBands(in: db)
        try saveSearchRows(in: db)
        try SettlingTable.nearDuplicateBands.settleIfFull(in: db)
        try SettlingTable.outletParagraphs.settleIfFull(in: db)
        try SettlingTable.inputs.settleIfFull(in: db)
        if try SettlingTable.timelineKeys.settleIfFull(in: db), let timelineKeys {
            timelineKeys.postings.settled(transaction: timelineKeys.transaction)
        }
    }

    private func saveParagraphCounts(in db: Database) throws {
        guard !paragraphCounts.isEmpty else { return }
        // One statement per paragraph: an upsert of several rows keeps a statement journal, which
        // measured slower than the statements it saves.
        let count = try db.cachedStatement(sql: """
            INSERT INTO outlet_paragraphs_recent (outlet, fingerprint, documents) VALUES (?, ?, ?)
            ON CONFLICT (outlet, fingerprint) DO UPDATE SET documents = documents + excluded.documents
            """)
        for (key, documents) in paragraphCounts.sorted(by: { ($0.key.outlet, $0.key.fingerprint) < ($1.key.outlet, $1.key.fingerprint) }) {
            try DirectBinding.run(count, [key.outlet, key.fingerprint, Int64(documents)], in: db)
        }
        paragraphCounts.removeAll()
    }

    private func saveBands(in db: Database) throws {
        guard !bandRows.isEmpty else { return }
        var rows = bandRows.map { (bucket: $0.bucket, document: $0.document) }
        rows.sort { ($0.bucket, $0.document) < ($1.bucket, $1.document) }
        try Self.bandRowInsert.execute(rows: rows.count, in: db) { row, i in
            row.bind(rows[i].bucket)
            row.bind(rows[i].document)
        }
        bandRows = []
        newestBandRow = KeyTable(minimumCapacity: 1024)
    }

    private static let bandRowInsert = MultiRowInsert("INSERT OR IGNORE INTO near_duplicate_bands_recent (bucket, document) VALUES", row: "(?, ?)")

    private func saveSearchRows(in db: Database) throws {
        guard !searchRows.isEmpty else { return }
        let document = try db.cachedStatement(sql: "INSERT INTO documents_fts (rowid, title, text) VALUES (?, ?, ?)")
        let quote = try db.cachedStatement(sql: "INSERT INTO quotes_fts (rowid, text) VALUES (?, ?)")
        for row in searchRows {
            var values = DirectBinding(row.table == .documents ? document : quote)
            values.bind(row.rowid)
            if row.table == .documents { values.bind(row.title ?? "") }
            values.bind(row.text)
            try values.run(in: db)
        }
        searchRows.removeAll()
    }
}

/// A paragraph of one outlet, by its fingerprint (`StoreBoilerplateMemory.fingerprint`).
struct OutletParagraph: Hashable {
    var outlet: String
    var fingerprint: Int64
}
