import GRDB

/// A table keyed by a hash, kept as two: a small *recent* part that takes every new row, and the
/// large *settled* part that receives the recent rows in one ordered pass once they pass `limit`.
///
/// Why: a row keyed by a hash lands on a random page. Once a table is larger than one batch's
/// rows, nearly every row of a batch dirties a page of its own, and SQLite writes each dirty
/// page whole to the WAL and again at the checkpoint — so the bytes written per article grew with
/// the store (at 40,000 articles the LSH bands and paragraph counts dirtied some 4,000 pages per
/// batch of 500, half of all; at 30,000 the inputs, keyed by content hash, dirtied 231 of their
/// 360 pages in every batch, and at 90,000 the timeline's index rows 409 pages). The recent part stays a few hundred pages, hot in the page cache;
/// the settled part is rewritten once per `limit` rows, its pages visited in key order, many rows
/// each. Readers look in both (`SQLiteStore+Storing`); `outlet_paragraph_counts` and
/// `remembered_inputs` are views of both.
struct SettlingTable {
    let recent: String
    /// Moves the recent rows into the settled table (the recent table is emptied after it).
    let settleSQL: String
    /// Recent rows that start a settling pass. Larger makes each batch dirty more recent pages;
    /// smaller rewrites the settled pages more often. Pages written per article are about
    /// limit / (rows per page × articles per batch) + settled pages × rows per article / limit,
    /// least at limit = √(settled pages × rows per article × rows per page × articles per batch):
    /// for 100,000 articles in batches of 500, ~110,000 band rows (16 per article, 230 per page),
    /// ~40,000 paragraph rows (6 per article, 130 per page) and ~8,000 input rows (one per
    /// article, 1,200 settled pages of 120 rows), ~16,000 timeline index rows (two per article,
    /// 700 settled pages of 290).
    let limit: Int

    static let nearDuplicateBands = SettlingTable(
        recent: "near_duplicate_bands_recent",
        settleSQL: """
            INSERT OR IGNORE INTO near_duplicate_bands (bucket, document)
            SELECT bucket, document FROM near_duplicate_bands_recent ORDER BY bucket, document
            """,
        limit: 131_072)

    static let outletParagraphs = SettlingTable(
        recent: "outlet_paragraphs_recent",
        settleSQL: """
            INSERT INTO outlet_paragraphs (outlet, fingerprint, documents)
            SELECT outlet, fingerprint, documents FROM outlet_paragraphs_recent WHERE true ORDER BY outlet, fingerprint
            ON CONFLICT (outlet, fingerprint) DO UPDATE SET documents = documents + excluded.documents
            """,
        limit: 32_768)

    /// The inputs already ingested. A pair already settled is not added again to the recent part
    /// (`SQLiteStore.remember`), so the two parts never hold the same row.
    static let inputs = SettlingTable(
        recent: "inputs_recent",
        settleSQL: """
            INSERT OR IGNORE INTO inputs (hash, source, document, ingested_at)
            SELECT hash, source, document, ingested_at FROM inputs_recent ORDER BY hash, source
            """,
        limit: 8_192)

    /// The timeline's index rows (`SQLiteTimelineRepository`). A row is deleted from both parts
    /// before the entry is filed again, so the two parts never hold the same row.
    static let timelineKeys = SettlingTable(
        recent: "timeline_keys_recent",
        settleSQL: """
            INSERT OR REPLACE INTO timeline_keys (key, first_day, last_day, entry)
            SELECT key, first_day, last_day, entry FROM timeline_keys_recent ORDER BY key, first_day, entry
            """,
        limit: 16_384)

    /// Settles the recent rows if there are `limit` of them; call inside the writing transaction,
    /// after its rows are written. Returns whether it settled.
    @discardableResult
    func settleIfFull(in db: Database) throws -> Bool {
        // Counting walks the recent part's leaves: a few hundred cached pages, once per batch.
        let rows = try Int.fetchOne(db.cachedStatement(sql: "SELECT count(*) FROM \(recent)")) ?? 0
        guard rows >= limit else { return false }
        try settle(in: db)
        return true
    }

    /// Moves every recent row into the settled table.
    func settle(in db: Database) throws {
        try db.execute(sql: settleSQL)
        try db.execute(sql: "DELETE FROM \(recent)")
    }
}
