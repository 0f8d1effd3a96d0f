import Foundation

/// Where the shared evaluation data lives: `../shared` beside the package, or `DATELINE_SHARED`.
enum SharedData {
    static var root: URL {
        if let override = ProcessInfo.processInfo.environment["DATELINE_SHARED"] {
            return URL(fileURLWithPath: override)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    static func seed(_ prefix: String) throws -> URL {
        let folder = root.appendingPathComponent("seeds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        guard let name = names.first(where: { $0.hasPrefix(prefix) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: folder.appendingPathComponent(prefix).path])
        }
        return folder.appendingPathComponent(name)
    }

    /// A scratch folder removed at process exit is not guaranteed; tests remove their own.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
