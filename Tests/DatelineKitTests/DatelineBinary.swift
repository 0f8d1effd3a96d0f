import Foundation
@testable import DatelineKit

/// Runs the real `dateline` executable, built beside this test bundle, as a user would.
enum DatelineBinary {
    /// The `dateline` executable built beside this test bundle (`swift build --build-tests` builds both).
    static func executable() throws -> URL {
        let testExecutable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var candidates = [testExecutable.deletingLastPathComponent().appendingPathComponent("dateline")]
        for configuration in ["debug", "release"] {
            candidates.append(SharedData.packageRoot.appendingPathComponent(".build/\(configuration)/dateline"))
        }
        guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: candidates.map(\.path).joined(separator: ", ")])
        }
        return found
    }

    /// `dateline ingest FOLDER --db PATH --json`, started and not waited for; stderr goes to a file
    /// that `finish` reads, so a failing run says why.
    static func startIngest(_ folder: URL, db: String, batchSize: Int = 50) throws -> (Process, Pipe, URL) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = ["ingest", folder.path, "--db", db, "--json", "--batch-size", String(batchSize)]
        let output = Pipe()
        process.standardOutput = output
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-ingest-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        return (process, output, errorFile)
    }

    /// Waits for a started ingest and decodes its `--json` summary; `errors` is what it wrote to stderr.
    static func finish(_ run: (Process, Pipe, URL)) throws -> (status: Int32, summary: IngestSummary?, errors: String) {
        let data = run.1.fileHandleForReading.readDataToEndOfFile()
        run.0.waitUntilExit()
        let errors = (try? String(contentsOf: run.2, encoding: .utf8)) ?? ""
        try? FileManager.default.removeItem(at: run.2)
        return (run.0.terminationStatus, try? JSONDecoder().decode(IngestSummary.self, from: data), errors)
    }

    /// Runs `dateline ARGS…` to the end: exit status, stdout, stderr.
    static func run(_ arguments: [String]) throws -> (status: Int32, output: String, errors: String) {
        let process = Process()
        process.executableURL = try executable()
        process.arguments = arguments
        // stderr goes to a file, so neither stream can fill a pipe while the other is being read.
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-stderr-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: errorFile.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
        return (process.terminationStatus, String(decoding: outputData, as: UTF8.self), errors)
    }
}
