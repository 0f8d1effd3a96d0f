import Foundation
import GRDB

/// `dateline bench pipeline`: the whole per-document path on the generated corpus — clean, then
/// every annotation stage through events — first without a store (with the time each stage
/// takes), then ingesting into a fresh SQLite store, which also fills the timeline. Single-threaded
/// unless `jobs` says otherwise, so documents/s is per core; CPU time per article is per core
/// either way. Figures are printed, never asserted.
public struct PipelineBenchmark: Sendable {
    public var articles: Int
    public var batchSize: Int
    /// Stages left out (by name, "dating"), to measure the rest when one stage dominates; the
    /// figures then say so.
    public var without: Set<String>
    /// Where the temporary store goes (removed afterwards).
    public var folder: URL
    /// Skips the pass without a store, to profile the store alone.
    public var storeOnly = false
    /// Keeps the filled store at this path (which must not exist yet) for inspection.
    public var keptStore: String?
    /// Receives SQLite's time per statement of the store pass, when set.
    public var statementProfile: StatementProfile?
    /// Threads of the store pass (`Ingestor.jobs`): 1 measures one core; more measure wall-clock
    /// throughput with annotation on several threads and writing beside them.
    public var jobs = 1

    public init(articles: Int, batchSize: Int = 500, without: Set<String> = [], folder: URL = FileManager.default.temporaryDirectory) {
        self.articles = articles
        self.batchSize = batchSize
        self.without = without
        self.folder = folder
    }

    public struct StoreSlice: Sendable {
        /// Articles stored before the slice began.
        public var storedBefore: Int
        public var articles: Int
        public var cpuMillisecondsPerArticle: Double
    }

    public struct StageTime: Sendable {
        public var name: String
        public var seconds: Double
    }

    public struct Result: Sendable {
        public var withoutStore: Throughput
        public var stages: [StageTime]
        public var withStore: Throughput
        /// CPU seconds of each pass (all threads of the process): on a shared machine wall-clock
        /// figures swing with the load, these much less.
        public var withoutStoreCPUSeconds: Double
        public var withStoreCPUSeconds: Double
        public var events: Int
        public var timelineEntries: Int
        /// CPU ms per article over each tenth of the store pass: flat when one more article costs
        /// the same however many are stored.
        public var storeTenths: [StoreSlice]
        public var peakMegabytes: Double
    }

    public func run(progress: (String) -> Void = { _ in }) throws -> Result {
        let corpus = GeneratedCorpus(count: articles)
        let inputs = (0..<articles).lazy.map { i -> ArticleInput in
            let text = corpus.article(i)
            return ArticleInput(id: "generated-\(i)", source: DocumentSource(path: "generated/\(i).txt"),
                                body: .text(text), byteCount: text.utf8.count)
        }
        let cleaner = ArticleCleaner()
        let pipeline = Pipeline(stages: Pipeline.standard.stages.filter { !without.contains($0.name) })
        var stageSeconds = [Double](repeating: 0, count: pipeline.stages.count)
        var cleanSeconds = 0.0
        var events = 0
        progress("pipeline without store: \(articles) articles")
        let label = without.isEmpty ? "" : " (without \(without.sorted().joined(separator: ", ")))"
        let cpuAtStart = ProcessCPUTime.seconds
        let withoutStore = Throughput.measure("clean → events, no store" + label) {
            var bytes = 0, documents = 0
            for input in inputs where !storeOnly {
                bytes += input.byteCount
                let t0 = DispatchTime.now().uptimeNanoseconds
                guard let document = try? cleaner.document(from: input) else { continue }
                var t = DispatchTime.now().uptimeNanoseconds
                cleanSeconds += Double(t - t0) / 1e9
                var annotated = AnnotatedDocument(document: document)
                for (i, stage) in pipeline.stages.enumerated() {
                    stage.annotate(&annotated)
                    let now = DispatchTime.now().uptimeNanoseconds
                    stageSeconds[i] += Double(now - t) / 1e9
                    t = now
                }
                events += annotated.layers.events.count
                documents += 1
            }
            return (documents, bytes)
        }
        let withoutStoreCPU = ProcessCPUTime.seconds - cpuAtStart
        let stages = [StageTime(name: "clean", seconds: cleanSeconds)]
            + pipeline.stages.enumerated().map { StageTime(name: $1.name, seconds: stageSeconds[$0]) }

        if let keptStore, FileManager.default.fileExists(atPath: keptStore) {
            throw StoreError("\(keptStore) exists: the benchmark fills a new store")
        }
        let path = keptStore ?? folder.appendingPathComponent("dateline-bench-\(UUID().uuidString).sqlite").path
        defer {
            if keptStore == nil { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) } }
        }
        let store = try SQLiteStore(path: path, statementProfile: statementProfile)
        var ingestor = Ingestor(store: store, batchSize: batchSize)
        ingestor.pipeline = pipeline
        ingestor.jobs = jobs
        progress("ingest with store: \(articles) articles, batches of \(batchSize)")
        let cpuBeforeStore = ProcessCPUTime.seconds
        var tenths: [StoreSlice] = []
        let tenth = max(1, articles / 10)
        let withStore = try Throughput.measure("clean → events → store + timeline" + label) {
            var run = IngestRun(ingestor: ingestor, problem: { _ in })
            var sliceStart = (index: 0, cpu: ProcessCPUTime.seconds)
            // In chunks, as `Ingestor` hands a folder's inputs to the run; no chunk spans two tenths.
            var index = 0
            while index < inputs.count {
                // A tenth that is a whole number of batches carries its own commits.
                if index > sliceStart.index, index % tenth == 0 {
                    let cpu = ProcessCPUTime.seconds
                    tenths.append(StoreSlice(storedBefore: sliceStart.index, articles: index - sliceStart.index,
                                             cpuMillisecondsPerArticle: 1000 * (cpu - sliceStart.cpu) / Double(index - sliceStart.index)))
                    sliceStart = (index, cpu)
                }
                let end = min(index + IngestRun.checkChunk, (index / tenth + 1) * tenth, inputs.count)
                try run.add(Array(inputs[index..<end]))
                index = end
            }
            try run.flush()
            let cpu = ProcessCPUTime.seconds
            if articles > sliceStart.index {
                tenths.append(StoreSlice(storedBefore: sliceStart.index, articles: articles - sliceStart.index,
                                         cpuMillisecondsPerArticle: 1000 * (cpu - sliceStart.cpu) / Double(articles - sliceStart.index)))
            }
            return (run.summary.stored + run.summary.nearDuplicates, run.summary.bytes)
        }
        let withStoreCPU = ProcessCPUTime.seconds - cpuBeforeStore

        let entries = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM timeline_entries") ?? 0 }
        if storeOnly { events = try store.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM timeline_reports") ?? 0 } }
        return Result(withoutStore: withoutStore, stages: stages, withStore: withStore,
                      withoutStoreCPUSeconds: withoutStoreCPU, withStoreCPUSeconds: withStoreCPU, events: events,
                      timelineEntries: entries, storeTenths: tenths, peakMegabytes: PeakMemory.megabytes)
    }
}

/// CPU time this process has used so far, all threads.
enum ProcessCPUTime {
    static var seconds: Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
