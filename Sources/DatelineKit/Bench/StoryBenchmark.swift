import Foundation
import GRDB

/// `dateline bench stories`: what clustering one more article into stories costs, and whether that
/// cost stays flat as stories pile up. A few thousand generated articles go through the pipeline
/// once (untimed); a stream of many more is made from them, 100 a day, so every term ("Putin",
/// "Beijing", "energy") is shared by thousands of stories — the worst case for the candidate index.
/// The stream is clustered in memory (`StoryClusterer`), then on SQLite tables
/// (`SQLiteStoryRepository`, without the rest of the store), timing each window of articles.
/// The generated prose is one topic, so with the standard rules it forms few stories; run with
/// `StoryRules.everyArticleAlone` it forms one story per article, every lookup term then has
/// thousands of stories and every article compares the full candidate list: the worst case.
public struct StoryBenchmark: Sendable {
    public var distinct: Int
    public var articles: Int
    public var storeArticles: Int
    public var window: Int
    public var rules: StoryRules
    public var folder: URL

    public init(distinct: Int = 2000, articles: Int = 100_000, storeArticles: Int = 100_000, window: Int = 10_000,
                rules: StoryRules = StoryRules(), folder: URL = FileManager.default.temporaryDirectory) {
        self.rules = rules
        self.distinct = distinct
        self.articles = articles
        self.storeArticles = storeArticles
        self.window = window
        self.folder = folder
    }

    /// Milliseconds per article for the articles `first..<first + count` of the stream.
    public struct Window: Sendable {
        public var first: Int
        public var count: Int
        public var milliseconds: Double
        public var line: String {
            String(format: "  articles %7d–%7d: %.4f ms/article", first + 1, first + count, milliseconds / Double(max(count, 1)))
        }
    }

    public struct Result: Sendable {
        public var memory: [Window]
        public var memoryStories: Int
        public var store: [Window]
        public var storeStories: Int
    }

    public func run(progress: (String) -> Void = { _ in }) throws -> Result {
        progress("annotating \(distinct) generated articles (untimed)")
        let corpus = GeneratedCorpus(count: distinct)
        let cleaner = ArticleCleaner(), pipeline = Pipeline.standard
        let base: [AnnotatedDocument] = (0..<distinct).compactMap { i in
            let text = corpus.article(i)
            let input = ArticleInput(id: "generated-\(i)", source: DocumentSource(path: "generated/\(i).txt"),
                                     body: .text(text), byteCount: text.utf8.count)
            return (try? cleaner.document(from: input)).map { pipeline.annotated($0) }
        }
        guard !base.isEmpty else { return Result(memory: [], memoryStories: 0, store: [], storeStories: 0) }
        let start = DayNumber.of(year: 2020, month: 1, day: 1)
        func article(_ i: Int) -> AnnotatedDocument {
            var annotated = base[i % base.count]
            annotated.document.id = "stream-\(i)"
            annotated.document.published = PublicationDate.given(DayNumber.date(start + i / 100))
            return annotated
        }

        progress("clustering \(articles) articles in memory")
        var clusterer = StoryClusterer(rules: rules)
        var memory: [Window] = []
        for first in stride(from: 0, to: articles, by: window) {
            let count = min(window, articles - first)
            let stream = (first..<first + count).map(article)
            let seconds = Self.seconds { for annotated in stream { clusterer.add(annotated) } }
            memory.append(Window(first: first, count: count, milliseconds: seconds * 1000))
        }

        progress("clustering \(storeArticles) articles on SQLite story tables")
        let path = folder.appendingPathComponent("dateline-story-bench-\(UUID().uuidString.prefix(8)).sqlite").path
        defer { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        var configuration = Configuration()
        // Only the story tables are filled: their references to `documents` are not checked.
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        try StoreMigrations.migrator.migrate(queue)
        var store: [Window] = []
        for first in stride(from: 0, to: storeArticles, by: window) {
            let count = min(window, storeArticles - first)
            let stream = (first..<first + count).map(article)
            var seconds = 0.0
            // Batches of 500 per transaction, as ingest stores them.
            for batch in stride(from: 0, to: count, by: 500) {
                let slice = stream[batch..<min(batch + 500, count)]
                seconds += try Self.seconds {
                    try queue.inTransaction { db in
                        let repository = SQLiteStoryRepository(db: db, rules: rules)
                        for annotated in slice { try repository.add(annotated) }
                        // As the store does before committing: what the batch deferred is written.
                        try repository.batch.finish(in: db)
                        return .commit
                    }
                }
            }
            store.append(Window(first: first, count: count, milliseconds: seconds * 1000))
        }
        let storeStories = try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM stories") ?? 0 }
        return Result(memory: memory, memoryStories: clusterer.stories.count, store: store, storeStories: storeStories)
    }

    static func seconds(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }
}
