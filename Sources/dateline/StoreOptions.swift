import ArgumentParser
import DatelineKit
import Foundation

/// The options every store command shares: which database, and whether to print JSON.
struct StoreOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The store: a SQLite file path (default ./dateline.sqlite, or $DATELINE_DB).",
                               valueName: "path"))
    var db: String?

    @Flag(help: "Print JSON instead of text.")
    var json = false

    var location: StoreLocation { StoreLocation.resolve(option: db) }

    /// Opens the store, creating it if needed (ingest).
    func open() throws -> any DocumentStore {
        do { return try location.open() } catch { Terminal.warn("\(error)"); throw ExitCode(1) }
    }

    /// Opens an existing store (reading commands): a missing file is a clear error, not an empty store.
    func openExisting() throws -> any DocumentStore {
        do { return try location.openExisting() } catch { Terminal.warn("\(error)"); throw ExitCode(1) }
    }

    /// Runs a store query, turning a failure into a message and exit status 1.
    func query<T>(_ body: () throws -> T) throws -> T {
        do { return try body() } catch { Terminal.warn("\(error)"); throw ExitCode(1) }
    }

    /// Prints a value as pretty, key-sorted JSON.
    func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        print(String(decoding: try encoder.encode(value), as: UTF8.self))
    }
}
