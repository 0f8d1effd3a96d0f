import Foundation
import GRDB

/// Throughput of cleaning (and, with a store, ingesting) the benchmark HTML pages and a generated
/// corpus of text articles. The figures are printed by `dateline bench ingest`; tests never assert them.
///
/// ```swift
/// let bench = IngestBenchmark(pagesFolder: "../shared/peer-suites/article-extraction/html", generatedCount: 1_000)
/// for figure in try bench.cleanOnly() + bench.withStore(in: scratchFolder).figures { print(figure.line) }
/// ```
public struct IngestBenchmark: Sendable {
    /// Folder of `*.html.gz` pages (the article-extraction benchmark's `html/`), if available.
    public var pagesFolder: String?
    /// Number of generated text articles.
    public var generatedCount: Int

    public init(pagesFolder: String?, generatedCount: Int = 10_000) {
        self.pagesFolder = pagesFolder
        self.generatedCount = generatedCount
    }

    /// Cleaning only: reader output → `Document`, no store, no file I/O timed.
    public func cleanOnly() throws -> [Throughput] {
        var results: [Throughput] = []
        let cleaner = ArticleCleaner()
        func clean(_ inputs: [ArticleInput]) -> (Int, Int) {
            var bytes = 0, documents = 0
            for input in inputs {
                bytes += input.byteCount
                if (try? cleaner.document(from: input)) != nil { documents += 1 }
            }
            return (documents, bytes)
        }
        if let pages = try loadPages() {
            results.append(Throughput.measure("clean: benchmark HTML pages") { clean(pages) })
        }
        let corpus = generatedInputs()
        results.append(Throughput.measure("clean: generated text articles") { clean(corpus) })
        return results
    }

    /// What ingesting into fresh stores measured, and what the learned-boilerplate memory cut.
    public struct StoreRun: Sendable {
        public var figures: [Throughput] = []
        /// Paragraphs of the generated corpus cut only because they repeated across an outlet's documents.
        /// Its boilerplate is all caught by paragraph features, so each of these is a body paragraph lost.
        public var generatedParagraphsCutAsRepeated = 0
        public var generatedParagraphsKept = 0
    }

    /// The whole `dateline ingest` path — read files, clean, annotate, store in batches — into a fresh
    /// SQLite store per corpus under `scratch`. The generated articles are written there as files first
    /// (not timed).
    public func withStore(in scratch: URL, pipeline: Pipeline = .standard) throws -> StoreRun {
        var run = StoreRun()
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        func ingest(_ name: String, _ folder: String, into path: String) throws -> (Throughput, SQLiteStore) {
            let store = try SQLiteStore(path: path)
            var ingestor = Ingestor(store: store)
            ingestor.pipeline = pipeline
            var summary = IngestSummary()
            let figure = try Throughput.measure(name) {
                summary = try ingestor.ingest([folder])
                return (summary.added + summary.duplicates, summary.bytes)
            }
            return (figure, store)
        }
        if let pagesFolder, FileManager.default.fileExists(atPath: pagesFolder) {
            run.figures.append(try ingest("ingest: benchmark HTML pages", pagesFolder,
                                          into: scratch.appendingPathComponent("pages.sqlite").path).0)
        }
        let articles = scratch.appendingPathComponent("generated")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let corpus = GeneratedCorpus(count: generatedCount)
        for i in 0..<generatedCount {
            try Data(corpus.article(i).utf8).write(to: articles.appendingPathComponent(String(format: "article-%05d.txt", i)))
        }
        let (figure, store) = try ingest("ingest: generated text articles", articles.path,
                                         into: scratch.appendingPathComponent("generated.sqlite").path)
        run.figures.append(figure)
        (run.generatedParagraphsCutAsRepeated, run.generatedParagraphsKept) = try Self.learnedCuts(in: store)
        return run
    }

    /// Paragraphs cut as repeated, and paragraphs kept, over all documents of a store.
    static func learnedCuts(in store: SQLiteStore) throws -> (cut: Int, kept: Int) {
        try store.pool.read { db in
            var cut = 0, kept = 0
            let rows = try Row.fetchCursor(db, sql: "SELECT text, removed_json FROM documents")
            while let row = try rows.next() {
                let text: String = row["text"]
                kept += text.components(separatedBy: "\n\n").count
                let removed = try JSONDecoder().decode([RemovedText].self, from: Data((row["removed_json"] as String).utf8))
                cut += removed.filter { $0.reason.hasPrefix("repeated across") }.count
            }
            return (cut, kept)
        }
    }

    /// The benchmark pages, decompressed up front so file I/O and gunzip are not timed.
    public func loadPages() throws -> [ArticleInput]? {
        guard let pagesFolder, FileManager.default.fileExists(atPath: pagesFolder) else { return nil }
        var inputs: [ArticleInput] = []
        InputReader().read([pagesFolder]) { result in
            if case .success(let input) = result { inputs.append(input) }
        }
        return inputs
    }

    public func generatedInputs() -> [ArticleInput] {
        let corpus = GeneratedCorpus(count: generatedCount)
        return (0..<generatedCount).map { i in
            let text = corpus.article(i)
            return ArticleInput(id: "generated-\(i)", source: DocumentSource(path: "generated/\(i).txt"),
                                body: .text(text), byteCount: text.utf8.count)
        }
    }
}
