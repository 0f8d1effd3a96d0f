import GRDB

/// Writes many rows of one table with few statements: `INSERT … VALUES (…), (…), …` of up to
/// `rowsPerStatement` rows. An article adds a dozen rows to several tables (its LSH bands, its
/// mentions); executed one by one, each row paid a statement's fixed cost (binding, stepping,
/// resetting, GRDB's bookkeeping) on top of its B-tree insert. Use it with `INSERT OR IGNORE`: a
/// plain multi-row insert must keep a statement journal (to undo its first rows should a later one
/// fail), which costs more than the statements saved.
struct MultiRowInsert {
    /// The SQL for 1, 2, … `rowsPerStatement` rows, built once.
    private let sql: [String]

    static let rowsPerStatement = 32

    /// `head` is "INSERT OR IGNORE INTO near_duplicate_bands (bucket, document) VALUES"; `row` one
    /// row's values, "(?, ?)".
    init(_ head: String, row: String) {
        sql = (1...Self.rowsPerStatement).map { count in
            head + " " + Array(repeating: row, count: count).joined(separator: ", ")
        }
    }

    /// Inserts `rows` rows; `bind` binds row `i`'s values, in column order.
    func execute(rows: Int, in db: Database, bind: (inout DirectBinding, Int) -> Void) throws {
        var done = 0
        while done < rows {
            let count = min(Self.rowsPerStatement, rows - done)
            // One prepared statement per row count, kept by GRDB's statement cache.
            var binding = DirectBinding(try db.cachedStatement(sql: sql[count - 1]))
            for i in done..<(done + count) { bind(&binding, i) }
            try binding.run(in: db)
            done += count
        }
    }
}
