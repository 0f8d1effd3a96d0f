import Foundation
import Testing
import GRDB
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

@Suite("Ingest on several threads")
struct ParallelIngestTests {
    /// Everything the store holds that ingest decides: documents as cleaned, links, learned counts,
    /// timeline and stories.
    static func contents(of store: SQLiteStore) throws -> [String] {
        try store.pool.read { db in
            try ["SELECT id, text, removed_json, near_duplicate_of, layers, tokens FROM documents ORDER BY number",
                 "SELECT outlet, fingerprint, documents FROM outlet_paragraph_counts ORDER BY outlet, fingerprint",
                 "SELECT hash, source, document FROM inputs ORDER BY hash, source",
                 "SELECT entry, document, event_id FROM timeline_reports ORDER BY entry, document, event_id",
                 "SELECT * FROM story_documents ORDER BY 1, 2"].map { sql in
                try Row.fetchAll(db, sql: sql).map(\.description).joined(separator: "\n")
            }
        }
    }

    @Test("the store holds the same after ingesting with 1 and with 3 jobs (boilerplate learned, copies linked)")
    func sameResultForAnyNumberOfJobs() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let house = "Capital Dispatch is an independent daily founded in 1921 by the printers of the old town."
        let corpus = GeneratedCorpus(count: 60, seed: 23)
        for i in 0..<60 {
            // Every fifth article is a syndicated copy of the one before, with a word changed.
            var text = corpus.article(i % 5 == 4 ? i - 1 : i).components(separatedBy: "\n\n").prefix(4).joined(separator: "\n\n")
            if i % 5 == 4 { text = text.replacingOccurrences(of: " the ", with: " this ", options: [], range: text.range(of: " the ")) }
            if i % 3 == 0 { text += "\n\n\(house)" }
            text += "\n\nSign up for the Capital Dispatch newsletter and get the day's top stories in your inbox.\n"
            try text.write(to: folder.appendingPathComponent(String(format: "d%02d.txt", i)), atomically: true, encoding: .utf8)
        }
        // One input twice, in the same run.
        try FileManager.default.copyItem(at: folder.appendingPathComponent("d07.txt"), to: folder.appendingPathComponent("z-again.txt"))
        var results: [[String]] = []
        var summaries: [IngestSummary] = []
        for jobs in [1, 3] {
            let scratch = try ScratchStore()
            defer { scratch.close() }
            var ingestor = Ingestor(store: scratch.store, batchSize: 7)
            ingestor.jobs = jobs
            summaries.append(try ingestor.ingest([folder.path]))
            results.append(try Self.contents(of: scratch.store))
        }
        #expect(summaries[0] == summaries[1])
        #expect(summaries[0].nearDuplicates > 0 && summaries[0].duplicates > 0)
        #expect(results[0].count == 5)
        for (one, three) in zip(results[0], results[1]) { #expect(one == three) }
        #expect(results[0][0].contains("repeated across"))
    }
}
