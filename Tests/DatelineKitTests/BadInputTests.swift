import Foundation
import Testing
@testable import DatelineKit

/// `dateline ingest` on a folder of everything that goes wrong in practice: each bad input is named (with
/// its line for JSON Lines), the good ones are stored, the exit status says something failed, and no
/// half-read input leaves a partial document behind.
@Suite("Bad input through the command line")
struct BadInputTests {
    @Test("binary, invalid UTF-8, empty, oversized, unreadable, truncated and malformed inputs")
    func everythingThatGoesWrong() throws {
        let scratch = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        let folder = scratch.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try IngestTests.writeArticles(2, to: folder)
        func write(_ name: String, _ data: Data) throws { try data.write(to: folder.appendingPathComponent(name)) }
        try write("photo.html", Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]))
        try write("latin1.txt", Data([0x43, 0x61, 0x66, 0xE9, 0x20, 0x74, 0x61, 0x6C, 0x6B, 0x73, 0x20, 0x65, 0x6E, 0x64, 0x65, 0x64, 0x2E]))  // "Café talks ended." in Latin-1
        try write("blank.md", Data("  \n\n \t\n".utf8))
        // Over the 50 MB limit: refused from its size, before reading (sparse, so the test stays fast).
        FileManager.default.createFile(atPath: folder.appendingPathComponent("huge.txt").path, contents: nil)
        let huge = try FileHandle(forWritingTo: folder.appendingPathComponent("huge.txt"))
        try huge.truncate(atOffset: 51_000_000)
        try huge.close()
        // Unreadable: a link to a file that is gone (permissions would not stop root).
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("moved.txt").path,
                                                   withDestinationPath: scratch.appendingPathComponent("gone.txt").path)
        // A gzip cut in the middle: its first half decompresses, but nothing of it may be stored.
        let story = GeneratedCorpus(count: 1, seed: 99).article(0)
        try write("cut.txt.gz", Data(try Self.gzip(Data(story.utf8)).prefix(200)))
        let good = #"{"id": "wire-7", "title": "Lula meets Xi", "text": "Brazilian President Luiz Inacio Lula da Silva met Chinese President Xi Jinping in Beijing on Friday, the foreign ministry said."}"#
        try write("feed.jsonl", Data((good + "\n{\"id\": \"wire-8\", \"text\": \"Talks were\n").utf8))

        let db = scratch.appendingPathComponent("bad.sqlite").path
        let run = try DatelineBinary.run(["ingest", folder.path, "--db", db])
        #expect(run.status == 1)
        for (file, words) in [("photo.html", "binary"), ("latin1.txt", "invalid UTF-8 at byte 3"), ("blank.md", "empty"),
                              ("huge.txt", "larger than the 50 MB limit"), ("moved.txt", "cannot read"),
                              ("cut.txt.gz", "truncated gzip"), ("feed.jsonl:2", "malformed JSON")] {
            #expect(run.errors.split(separator: "\n").contains { $0.contains(file) && $0.contains(words) },
                    "no message naming \(file) with '\(words)' in:\n\(run.errors)")
        }
        #expect(run.output.contains("read 3, stored 3") && run.output.contains("failed 7"), "\(run.output)")
        let store = try SQLiteStore(path: db)
        #expect(try store.statistics().documents == 3)
        #expect(try store.document(id: "wire-7") != nil && store.document(id: "wire-8") == nil)
        #expect(try store.document(id: "cut") == nil)
        #expect(try store.consistencyProblems() == [])
    }

    static func gzip(_ data: Data) throws -> Data {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("story.txt")
        try data.write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", file.path]
        try process.run()
        process.waitUntilExit()
        return try Data(contentsOf: folder.appendingPathComponent("story.txt.gz"))
    }
}
