import GRDB

/// Writes many rows of one table with few statements: `INSERT … VALUES (…), (…), …` of up to
/// `rowsPerStatement` rows. An article adds a dozen rows to several tables (its LSH bands, its
/// paragraphs, its mentions); executed one by one, each row paid a statement's fixed cost (binding,
/// stepping, resetting, GRDB's bookkeeping) on top of its B-tree insert. Use it with `INSERT OR
/// IGNORE`: a plain multi-row insert must keep a statement journal (to undo its first rows should a
/// later one fail), which costs more than the statements saved.
struct MultiRowInsert {
    /// "INSERT OR IGNORE INTO near_duplicate_bands (bucket, document) VALUES".
    let head: String
    /// One row's values: "(?, ?)", or "(?, ?, 1)" with constants.
    let row: String
    /// The `?` placeholders in `row`.
    let parameters: Int

    static let rowsPerStatement = 32

    init(_ head: String, row: String) {
        self.head = head
        self.row = row
        parameters = row.utf8.count { $0 == UInt8(ascii: "?") }
    }

    /// Inserts `values`, `parameters` per row, in order.
    func execute(_ values: [DatabaseValue], in db: Database) throws {
        precondition(parameters > 0 && values.count % parameters == 0, "values must fill whole rows")
        let rows = values.count / parameters
        var done = 0
        while done < rows {
            let count = min(Self.rowsPerStatement, rows - done)
            // One prepared statement per row count, kept by GRDB's statement cache: at most
            // `rowsPerStatement` of them per table.
            let sql = head + " " + Array(repeating: row, count: count).joined(separator: ", ")
            let statement = try db.cachedStatement(sql: sql)
            let slice = values[(done * parameters)..<((done + count) * parameters)]
            statement.setUncheckedArguments(StatementArguments(Array(slice)))
            try statement.execute()
            done += count
        }
    }
}
