import Foundation
import Testing
@testable import DatelineKit

@Suite("Ingest")
struct IngestTests {
    /// A folder of generated articles written as text files.
    static func writeArticles(_ count: Int, to folder: URL, start: Int = 0) throws {
        let corpus = GeneratedCorpus(count: start + count)
        for i in start..<(start + count) {
            try corpus.article(i).write(to: folder.appendingPathComponent("article-\(i).txt"), atomically: true, encoding: .utf8)
        }
    }

    @Test("ingesting the seeds stores each once; running again adds nothing")
    func idempotent() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let seeds = SharedData.root.appendingPathComponent("seeds").path
        let first = try Ingestor(store: scratch.store).ingest([seeds])
        #expect(first.read == 5 && first.stored + first.nearDuplicates == 5 && first.failed == 0)
        let again = try Ingestor(store: scratch.store).ingest([seeds])
        #expect(again.read == 5 && again.alreadyIngested == 5 && again.added == 0)
        #expect(try scratch.store.statistics().documents == 5)
        let hits = try scratch.store.search("Xi Jinping", limit: 10, highlight: .brackets)
        #expect(!hits.isEmpty)
    }

    @Test("small batches give the same result as one batch, with progress per file")
    func batches() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeArticles(25, to: folder)
        var steps: [Int] = []
        let summary = try Ingestor(store: scratch.store, batchSize: 4).ingest([folder.path], progress: { steps.append($0.filesDone) })
        #expect(steps == Array(1...25))
        #expect(summary.read == 25 && summary.added + summary.duplicates == 25)
        #expect(try scratch.store.statistics().documents == summary.added)
    }

    @Test("bad inputs are reported by name and counted as failed; the good ones are stored")
    func badInputs() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.writeArticles(2, to: folder)
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data([0x48, 0x69, 0xC3, 0x28, 0x20, 0x74, 0x68, 0x65, 0x72, 0x65]).write(to: folder.appendingPathComponent("latin.txt"))
        try Data([0x00, 0x01, 0x02, 0xFF, 0x00, 0x00]).write(to: folder.appendingPathComponent("binary.txt"))
        let good = #"{"id": "wire-1", "title": "Lula visits Beijing", "text": "Brazilian President Luiz Inacio Lula da Silva met Chinese President Xi Jinping in Beijing on Friday, the foreign ministry said."}"#
        try (good + "\n{\"id\": \"wire-2\", \"text\": \n").write(to: folder.appendingPathComponent("feed.jsonl"), atomically: true, encoding: .utf8)
        var problems: [String] = []
        let summary = try Ingestor(store: scratch.store).ingest([folder.path], problem: { problems.append($0.description) })
        #expect(summary.failed == 4)
        #expect(summary.added == 3)
        #expect(problems.contains { $0.contains("empty.txt") })
        #expect(problems.contains { $0.contains("latin.txt") && $0.contains("UTF-8") })
        #expect(problems.contains { $0.contains("binary.txt") })
        #expect(problems.contains { $0.contains("feed.jsonl:2") })
        #expect(try scratch.store.document(id: "wire-1")?.title == "Lula visits Beijing")
    }

    @Test("the same article under two names is stored once and counted as a duplicate")
    func duplicateFiles() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = GeneratedCorpus(count: 1).article(0)
        try text.write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        try text.write(to: folder.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        let summary = try Ingestor(store: scratch.store).ingest([folder.path])
        #expect(summary.stored == 1 && summary.duplicates == 1)
        #expect(try scratch.store.statistics().documents == 1)
    }
}
