import Foundation
import Testing
@testable import DatelineKit

/// The real `dateline` binary, killed and raced: a store survives SIGKILL at any moment whole, the next
/// run completes the rest, and two writers plus a reader share one database file.
@Suite("Crash safety", .serialized)
struct CrashSafetyTests {
    static func writeCorpus(_ count: Int) throws -> URL {
        let folder = try SharedData.temporaryFolder().appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let corpus = GeneratedCorpus(count: count, seed: 2026)
        for i in 0..<count {
            try Data(corpus.article(i).utf8).write(to: folder.appendingPathComponent(String(format: "story-%05d.txt", i)))
        }
        return folder
    }

    /// Documents stored so far, read through a separate connection (0 before the file exists).
    static func storedCount(_ path: String) -> Int {
        guard FileManager.default.fileExists(atPath: path) else { return 0 }
        return (try? SQLiteStore(path: path).statistics().documents) ?? 0
    }

    /// Each document once per source file, every stored text whole, SQLite's own check clean.
    static func expectWhole(_ store: SQLiteStore, inputs: Int) throws {
        #expect(try store.consistencyProblems() == [])
        let documents = try store.documents(limit: inputs * 2, offset: 0)
        let sources = documents.compactMap(\.source)
        #expect(Set(sources).count == sources.count, "a source file was stored twice")
    }

    @Test("SIGKILL in the middle of ingest leaves whole documents only; the next run completes the rest")
    func killedIngest() throws {
        let count = 3_000
        let folder = try Self.writeCorpus(count)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let db = folder.deletingLastPathComponent().appendingPathComponent("crash.sqlite").path
        var rng = SplitMix64(seed: 7)
        var killedAt: [Int] = []
        for round in 0..<3 {
            let before = Self.storedCount(db)
            let target = before + 250 + round * 300 + Int(rng.next() % 200)
            let run = try DatelineBinary.startIngest(folder, db: db)
            let deadline = Date().addingTimeInterval(120)
            while Self.storedCount(db) < target, run.0.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
            // Land anywhere in the next batch: reading files, cleaning, or inside the write transaction.
            Thread.sleep(forTimeInterval: Double(rng.next() % 300) / 1000)
            #expect(run.0.isRunning, "ingest finished before it could be killed")
            kill(run.0.processIdentifier, SIGKILL)
            run.0.waitUntilExit()
            try? FileManager.default.removeItem(at: run.2)
            #expect(run.0.terminationReason == .uncaughtSignal)
            let store = try SQLiteStore(path: db)
            try Self.expectWhole(store, inputs: count)
            let stored = try store.statistics().documents
            #expect(stored >= before)
            killedAt.append(stored)
        }
        let final = try DatelineBinary.finish(try DatelineBinary.startIngest(folder, db: db))
        #expect(final.status == 0, "stderr: \(final.errors)")
        let summary = try #require(final.summary)
        #expect(summary.read == count && summary.failed == 0)
        #expect(summary.alreadyIngested == killedAt.last!, "inputs remembered = documents stored when killed")
        let store = try SQLiteStore(path: db)
        try Self.expectWhole(store, inputs: count)
        let stats = try store.statistics()
        #expect(stats.inputs == count)
        #expect(stats.documents == count, "the generated articles are all distinct")
        let again = try DatelineBinary.finish(try DatelineBinary.startIngest(folder, db: db))
        #expect(again.status == 0 && again.summary?.added == 0 && again.summary?.alreadyIngested == count)
        print("crash safety: \(count) articles, SIGKILL at \(killedAt.map(String.init).joined(separator: ", ")) documents stored; "
              + "final run \(summary.line); store \(stats.documents) documents, \(stats.inputs) inputs, integrity ok")
    }

    @Test("two ingest processes on one new database both finish, nothing stored twice; a reader queries meanwhile")
    func concurrentWritersAndReader() throws {
        let count = 600
        let folder = try Self.writeCorpus(count)
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let db = folder.deletingLastPathComponent().appendingPathComponent("shared.sqlite").path
        let first = try DatelineBinary.startIngest(folder, db: db, batchSize: 20)
        let second = try DatelineBinary.startIngest(folder, db: db, batchSize: 20)
        var reads = 0, lastSeen = 0, shrank = false
        while first.0.isRunning || second.0.isRunning {
            guard FileManager.default.fileExists(atPath: db), let store = try? SQLiteStore(path: db) else {
                Thread.sleep(forTimeInterval: 0.01)
                continue
            }
            while first.0.isRunning || second.0.isRunning {
                let seen = try store.statistics().documents
                _ = try store.search("talks", limit: 5, highlight: .brackets)
                if seen < lastSeen { shrank = true }
                lastSeen = seen
                reads += 1
            }
        }
        let a = try DatelineBinary.finish(first), b = try DatelineBinary.finish(second)
        #expect(a.status == 0 && b.status == 0, "stderr of the two runs: \(a.errors) | \(b.errors)")
        let sa = try #require(a.summary), sb = try #require(b.summary)
        let store = try SQLiteStore(path: db)
        try Self.expectWhole(store, inputs: count)
        let stats = try store.statistics()
        #expect(stats.documents == sa.added + sb.added, "each document stored by exactly one process")
        #expect(stats.documents + sa.duplicates + sb.duplicates + sa.alreadyIngested + sb.alreadyIngested == 2 * count)
        #expect(stats.inputs == count)
        #expect(reads > 0 && !shrank)
        print("concurrency: 2 processes × \(count) files → \(stats.documents) documents (\(sa.added) + \(sb.added)), "
              + "no doubles; \(reads) reads while writing")
    }
}
