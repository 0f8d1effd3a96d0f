import Foundation

/// Finds the bundled `examples/` folder, so `dateline demo` works from a fresh clone whichever way it
/// was started: `swift run` (current directory = package root), `.build/release/dateline` from
/// anywhere (the executable sits two or three folders below the package root), or `--examples DIR`.
///
/// ```swift
/// let folder = try ExampleCorpus.locate(explicit: nil)
/// print(folder.path)   // /home/me/dateline/examples
/// ```
public enum ExampleCorpus {
    /// Why no examples folder was found, with the places tried.
    public struct NotFound: Error, CustomStringConvertible, Sendable {
        public var tried: [String]
        public var description: String {
            "no examples/ folder found (tried \(tried.joined(separator: ", "))); pass --examples DIR"
        }
    }

    /// The folder to use: `explicit` when given (it must exist), else the first `examples/` found beside a
    /// `Package.swift` above the running executable, else `./examples` in the current directory.
    public static func locate(explicit: String?,
                              executable: String = CommandLine.arguments.first ?? "",
                              currentDirectory: String = FileManager.default.currentDirectoryPath) throws -> URL {
        if let explicit {
            let url = URL(fileURLWithPath: explicit)
            guard isFolder(url) else { throw NotFound(tried: [url.path]) }
            return url
        }
        let candidates = candidates(executable: executable, currentDirectory: currentDirectory)
        if let found = candidates.first(where: isExampleFolder) { return found }
        throw NotFound(tried: candidates.map(\.path))
    }

    /// Places to look, nearest first: the current directory, then each folder above the executable.
    static func candidates(executable: String, currentDirectory: String) -> [URL] {
        var urls = [URL(fileURLWithPath: currentDirectory).appendingPathComponent("examples")]
        var folder = URL(fileURLWithPath: executable, relativeTo: URL(fileURLWithPath: currentDirectory))
            .standardizedFileURL.resolvingSymlinksInPath().deletingLastPathComponent()
        // .build/<triple>/release/dateline is four levels below the package root; allow a few more.
        for _ in 0..<6 {
            urls.append(folder.appendingPathComponent("examples"))
            let parent = folder.deletingLastPathComponent()
            if parent.path == folder.path { break }
            folder = parent
        }
        var seen: Set<String> = []
        return urls.filter { seen.insert($0.standardizedFileURL.path).inserted }
    }

    /// An `examples/` folder that belongs to a Dateline checkout (a `Package.swift` beside it), or the
    /// current directory's `examples/` holding at least one article.
    static func isExampleFolder(_ url: URL) -> Bool {
        guard isFolder(url) else { return false }
        let root = url.deletingLastPathComponent()
        if FileManager.default.fileExists(atPath: root.appendingPathComponent("Package.swift").path) { return true }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
        return names.contains { InputReader.format(ofPath: $0) != nil }
    }

    private static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }
}
