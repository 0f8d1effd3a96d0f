import Foundation
import GRDB
import GRDBSQLite

/// Runs a prepared GRDB statement through SQLite's C API: values bound as they are, without
/// GRDB's `StatementArguments` (each value boxed as `DatabaseValue`, checked against the statement,
/// copied) — measured, that bookkeeping cost about as much as SQLite's own work for the store's
/// small, hot inserts and lookups. Only for statements the storing transaction runs thousands of
/// times; everything else goes through GRDB.
struct DirectBinding {
    let statement: Statement
    private var handle: OpaquePointer { statement.sqliteStatement }
    private var position: Int32 = 0
    /// Whether some text is bound in place: `run(in:)` then clears the bindings, so none outlives
    /// the bytes it points at.
    private var bindsInPlace = false

    init(_ statement: Statement) {
        self.statement = statement
        sqlite3_reset(statement.sqliteStatement)
        sqlite3_clear_bindings(statement.sqliteStatement)
    }

    /// SQLite copies the bytes before the call returns (`SQLITE_TRANSIENT`).
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    mutating func bind(_ value: String) {
        position += 1
        var value = value
        value.withUTF8 { bytes in
            guard let start = bytes.baseAddress else {
                _ = sqlite3_bind_text(handle, position, "", 0, Self.transient)
                return
            }
            start.withMemoryRebound(to: CChar.self, capacity: bytes.count) { chars in
                _ = sqlite3_bind_text(handle, position, chars, Int32(bytes.count), Self.transient)
            }
        }
    }

    mutating func bind(_ value: String?) {
        if let value { bind(value) } else { position += 1 }
    }

    /// SQLite reads the bytes where they are, without a copy (`SQLITE_STATIC`).
    private static let inPlace = unsafeBitCast(0, to: sqlite3_destructor_type.self)

    /// UTF-8 text SQLite reads where it is, without copying it; nil binds NULL. The bytes must
    /// live until `run(in:)` returns. For rows of many short texts, where each copy was a block
    /// SQLite allocated and freed again at the next binding.
    mutating func bind(inPlace text: UnsafeRawBufferPointer?) {
        position += 1
        guard let text else { return }
        bindsInPlace = true
        // A non-null pointer even for an empty text: a null one would bind NULL.
        let start = text.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!
        _ = sqlite3_bind_text(handle, position, start.assumingMemoryBound(to: CChar.self), Int32(text.count), Self.inPlace)
    }

    /// A BLOB; SQLite copies the bytes, as for text.
    mutating func bind(_ value: [UInt8]) {
        position += 1
        value.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(handle, position, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), Self.transient)
        }
    }

    /// A BLOB SQLite reads where it is (`SQLITE_STATIC`), as `bind(inPlace:)` does for text.
    mutating func bind(blobInPlace bytes: UnsafeRawBufferPointer) {
        position += 1
        bindsInPlace = true
        _ = sqlite3_bind_blob(handle, position, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), Self.inPlace)
    }

    /// A BLOB copied by SQLite; nil binds NULL.
    mutating func bind(_ value: Data?) {
        guard let value else { position += 1; return }
        position += 1
        value.withUnsafeBytes { bytes in
            _ = sqlite3_bind_blob(handle, position, bytes.baseAddress ?? UnsafeRawPointer(bitPattern: 1), Int32(bytes.count), Self.transient)
        }
    }

    mutating func bind(_ value: Double?) {
        position += 1
        if let value { sqlite3_bind_double(handle, position, value) }
    }

    mutating func bind(_ value: Int?) {
        if let value { bind(Int64(value)) } else { position += 1 }
    }

    mutating func bind(_ value: Int64) {
        position += 1
        sqlite3_bind_int64(handle, position, value)
    }

    mutating func bind(_ value: Int) { bind(Int64(value)) }

    /// Binds `values` in order and steps the statement to its end: one row written or deleted.
    static func run(_ statement: Statement, _ values: [any DirectlyBindable], in db: Database) throws {
        var binding = DirectBinding(statement)
        for value in values { value.bind(to: &binding) }
        try binding.run(in: db)
    }

    /// Binds `values` in order and returns the first column of the first row, if any.
    static func integer(_ statement: Statement, _ values: [any DirectlyBindable], in db: Database) throws -> Int64? {
        var binding = DirectBinding(statement)
        for value in values { value.bind(to: &binding) }
        var first: Int64?
        try binding.integers(in: db) { if first == nil { first = $0 } }
        return first
    }

    /// Steps the statement to its end (an insert, update or delete).
    func run(in db: Database) throws {
        let code = sqlite3_step(handle)
        // The error is read before the reset; text bound in place is unbound after it.
        let failure = code == SQLITE_DONE ? nil : Self.error(code, statement, db)
        if failure == nil { sqlite3_reset(handle) }
        if bindsInPlace { sqlite3_clear_bindings(handle) }
        if let failure { throw failure }
    }

    /// Each row's first column as an integer.
    func integers(in db: Database, _ each: (Int64) -> Void) throws {
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw Self.error(code, statement, db) }
            each(sqlite3_column_int64(handle, 0))
        }
        sqlite3_reset(handle)
    }

    /// Each row, its columns read as integers through the function handed to `each`.
    func integerRows(in db: Database, _ each: ((Int32) -> Int64) -> Void) throws {
        let handle = handle
        let column = { (index: Int32) in sqlite3_column_int64(handle, index) }
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw Self.error(code, statement, db) }
            each(column)
        }
        sqlite3_reset(handle)
    }

    private static func error(_ code: Int32, _ statement: Statement, _ db: Database) -> DatabaseError {
        let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
        sqlite3_reset(statement.sqliteStatement)
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
    }
}

/// A value `DirectBinding.run(_:_:in:)` can bind.
protocol DirectlyBindable {
    func bind(to binding: inout DirectBinding)
}

extension String: DirectlyBindable {
    func bind(to binding: inout DirectBinding) { binding.bind(self) }
}

extension Int: DirectlyBindable {
    func bind(to binding: inout DirectBinding) { binding.bind(self) }
}

extension Int64: DirectlyBindable {
    func bind(to binding: inout DirectBinding) { binding.bind(self) }
}

extension Optional: DirectlyBindable where Wrapped == String {
    func bind(to binding: inout DirectBinding) { binding.bind(self) }
}
