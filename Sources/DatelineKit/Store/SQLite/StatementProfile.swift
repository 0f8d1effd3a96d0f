import Foundation

/// Where a store's time goes, statement by statement: how often each SQL statement ran and how
/// long SQLite spent stepping it (wall time, from SQLite's profile trace). Figures of this kind
/// found that FTS5 flushed its pending terms inside other tables' inserts and that foreign key
/// checks made every insert keep a statement journal; `dateline bench pipeline --sql-profile`
/// prints them.
public final class StatementProfile: @unchecked Sendable {
    public struct Line: Sendable {
        /// The statement's SQL on one line, shortened.
        public var sql: String
        public var executions: Int
        public var seconds: Double
    }

    private let lock = NSLock()
    private var lines: [String: (executions: Int, seconds: Double)] = [:]

    public init() {}

    func record(_ sql: String, seconds: Double) {
        lock.lock()
        defer { lock.unlock() }
        lines[sql, default: (0, 0)].executions += 1
        lines[sql, default: (0, 0)].seconds += seconds
    }

    /// Every statement, most time first.
    public var report: [Line] {
        lock.lock()
        defer { lock.unlock() }
        return lines.map { sql, figures in
            let flat = sql.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            return Line(sql: flat.count > 110 ? flat.prefix(109) + "…" : flat, executions: figures.executions, seconds: figures.seconds)
        }.sorted { ($0.seconds, $1.sql) > ($1.seconds, $0.sql) }
    }
}
