import Foundation

/// Which store a command works on: `--db PATH`, else the `DATELINE_DB` environment variable, else
/// `./dateline.sqlite`. `postgres://` URLs are recognised and refused until the PostgreSQL store exists.
///
/// ```swift
/// let store = try StoreLocation.resolve(option: dbOption).open()
/// ```
public struct StoreLocation: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        case sqlite(path: String)
        case postgres(url: String)
    }

    public var kind: Kind
    /// Where the location came from ("--db", "DATELINE_DB", "default"), for messages.
    public var origin: String

    public static let defaultPath = "./dateline.sqlite"

    public init(_ value: String, origin: String) {
        let lowered = value.lowercased()
        if lowered.hasPrefix("postgres://") || lowered.hasPrefix("postgresql://") {
            kind = .postgres(url: value)
        } else if lowered.hasPrefix("sqlite://") {
            kind = .sqlite(path: String(value.dropFirst("sqlite://".count)))
        } else {
            kind = .sqlite(path: value)
        }
        self.origin = origin
    }

    /// The location the user chose: the option wins over the environment, which wins over the default.
    public static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        if let option, !option.isEmpty { return StoreLocation(option, origin: "--db") }
        if let env = environment["DATELINE_DB"], !env.isEmpty { return StoreLocation(env, origin: "DATELINE_DB") }
        return StoreLocation(defaultPath, origin: "default")
    }

    /// Opens (creating and migrating if needed) the store.
    public func open() throws -> any DocumentStore {
        switch kind {
        case .sqlite(let path):
            return try SQLiteStore(path: path)
        case .postgres(let url):
            throw StoreError("PostgreSQL stores are not supported yet (\(origin) = \(Self.redacted(url))); "
                + "use a SQLite file path such as --db ./dateline.sqlite")
        }
    }

    /// Opens an existing store for reading commands; a missing SQLite file is an error, not a new store.
    public func openExisting() throws -> any DocumentStore {
        if case .sqlite(let path) = kind, !FileManager.default.fileExists(atPath: path) {
            throw StoreError("no store at \(path) (\(origin)); run 'dateline ingest PATH...' first, or pass --db PATH")
        }
        return try open()
    }

    /// The URL without its password, so messages never print credentials.
    static func redacted(_ url: String) -> String {
        guard let at = url.firstIndex(of: "@"), let scheme = url.range(of: "://") else { return url }
        let credentials = url[scheme.upperBound..<at]
        guard let colon = credentials.firstIndex(of: ":") else { return url }
        return String(url[..<colon]) + ":***" + String(url[at...])
    }
}
