import Foundation
import Testing
@testable import DatelineKit

/// `dateline demo` on the bundled examples: found from the checkout, every layer of the foundation shown.
@Suite("Demo")
struct DemoTests {
    static var examples: URL { SharedData.packageRoot.appendingPathComponent("examples") }

    @Test("the examples folder is found from the executable's place and from the package root")
    func locatesExamples() throws {
        let root = SharedData.packageRoot.path
        let fromBinary = try ExampleCorpus.locate(explicit: nil, executable: root + "/.build/x86_64-unknown-linux-gnu/release/dateline",
                                                  currentDirectory: "/")
        #expect(fromBinary.standardizedFileURL.path == Self.examples.standardizedFileURL.path)
        let fromRoot = try ExampleCorpus.locate(explicit: nil, executable: "/usr/local/bin/dateline", currentDirectory: root)
        #expect(fromRoot.standardizedFileURL.path == Self.examples.standardizedFileURL.path)
        #expect(throws: ExampleCorpus.NotFound.self) {
            try ExampleCorpus.locate(explicit: nil, executable: "/usr/local/bin/dateline", currentDirectory: "/proc")
        }
        #expect(throws: ExampleCorpus.NotFound.self) { try ExampleCorpus.locate(explicit: "/no/such/folder") }
    }

    @Test("the tour ingests all 14 example files and shows the duplicate, the syndicated copy and a search hit")
    func tour() throws {
        let scratch = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: scratch) }
        var lines: [String] = []
        let outcome = try DemoTour(examples: Self.examples, scratchFolder: scratch).run { lines.append($0) }
        // 13 files + 3 records in 13-records.jsonl; 12 repeats 03 word for word.
        #expect(outcome.summary.read == 16 && outcome.summary.failed == 0)
        #expect(outcome.summary.duplicates == 1 && outcome.summary.nearDuplicates == 1 && outcome.summary.stored == 14)
        #expect(outcome.problems.isEmpty)
        #expect(lines.contains("12-erdogan-sochi-mirror.txt = 03-erdogan-sochi"))
        #expect(lines.contains("  └ 14-putin-xi-video-call-syndicated"))
        #expect(lines.contains { $0.hasPrefix("1. 03-erdogan-sochi:") && $0.contains("[grain]") })
        #expect(lines.contains { $0.contains("Вестник Онлайн") && $0.contains("08-putin-xi-kremlin-talks-cp1251") })
        #expect(lines.contains { $0.contains("contribution line") })
    }
}
