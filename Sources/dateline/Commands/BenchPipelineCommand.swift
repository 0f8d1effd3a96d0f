import ArgumentParser
import DatelineKit
import Foundation

/// `dateline bench pipeline`: clean → events, without and with the store, per core, peak memory.
struct BenchPipeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Articles/s (one core, or --jobs threads) for the full pipeline, without a store and ingesting into one; peak memory.",
        discussion: "Example: swift run -c release dateline bench pipeline --articles 100000")

    @Option(help: "Number of generated articles.")
    var articles: Int = 10_000

    @Option(help: "Documents per store transaction.")
    var batch: Int = 500

    @Option(help: ArgumentHelp("Leave out a stage by name (e.g. dating) to measure the rest; repeatable.", valueName: "stage"))
    var without: [String] = []

    @Flag(help: "Skip the pass without a store (to profile the store alone).")
    var storeOnly = false

    @Option(name: .customLong("keep-store"), help: ArgumentHelp("Keep the filled store at this new path.", valueName: "path"))
    var keptStore: String?

    @Option(help: "Threads for the store pass: annotation on this many, writing beside them (1: per-core figures).")
    var jobs: Int = 1

    @Flag(name: .customLong("sql-profile"), help: "Also print SQLite's time per statement in the store pass (tracing slows it).")
    var sqlProfile = false

    func validate() throws {
        guard articles > 0 else { throw ValidationError("--articles must be at least 1") }
        guard batch > 0 else { throw ValidationError("--batch must be at least 1") }
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        var benchmark = PipelineBenchmark(articles: articles, batchSize: batch, without: Set(without))
        benchmark.storeOnly = storeOnly
        benchmark.keptStore = keptStore
        benchmark.jobs = jobs
        if sqlProfile { benchmark.statementProfile = StatementProfile() }
        let result = try benchmark.run { Terminal.warn($0) }
        if !storeOnly { printPassWithoutStore(result) }
        print(result.withStore.line)
        printStoreCosts(result)
        if let profile = benchmark.statementProfile { printStatements(profile, articles: result.withStore.documents) }
    }

    private func printPassWithoutStore(_ result: PipelineBenchmark.Result) {
        print(result.withoutStore.line)
        let total = result.stages.reduce(0) { $0 + $1.seconds }
        for stage in result.stages {
            print(String(format: "  %-12@ %7.2f s  %5.1f %%", stage.name as NSString, stage.seconds, 100 * stage.seconds / max(total, 1e-9)))
        }
    }

    private func printStatements(_ profile: StatementProfile, articles: Int) {
        let lines = profile.report
        let seconds = lines.reduce(0) { $0 + $1.seconds }, executions = lines.reduce(0) { $0 + $1.executions }
        let perArticle = Double(max(articles, 1))
        print(String(format: "SQL statements: %.1f per article, %.3f ms per article stepping them; the costliest:",
                     Double(executions) / perArticle, 1000 * seconds / perArticle))
        for line in lines.prefix(25) {
            print(String(format: "  %8.3f ms/article %7.2f ×/article %6.1f µs  %@", 1000 * line.seconds / perArticle,
                         Double(line.executions) / perArticle, 1e6 * line.seconds / Double(max(line.executions, 1)), line.sql as NSString))
        }
    }

    private func printStoreCosts(_ result: PipelineBenchmark.Result) {
        let docs = Double(max(result.withStore.documents, 1))
        let withStore = 1000 * result.withStoreCPUSeconds / docs
        if storeOnly {
            print(String(format: "cpu time with store %.2f s (%.2f ms/doc)", result.withStoreCPUSeconds, withStore))
        } else {
            let without = 1000 * result.withoutStoreCPUSeconds / Double(max(result.withoutStore.documents, 1))
            print(String(format: "cpu time: no store %.2f s (%.2f ms/doc), with store %.2f s (%.2f ms/doc): the store adds %.2f ms/doc",
                         result.withoutStoreCPUSeconds, without, result.withStoreCPUSeconds, withStore, withStore - without))
        }
        print("store pass, cpu ms per article by articles already stored:")
        for slice in result.storeTenths {
            print(String(format: "  %7d–%-7d %6.2f ms", slice.storedBefore, slice.storedBefore + slice.articles, slice.cpuMillisecondsPerArticle))
        }
        print(String(format: "per core: %.0f articles per CPU second with the store", 1000 / max(withStore, 1e-9)))
        print("events found: \(result.events); timeline entries: \(result.timelineEntries)")
        if jobs == 1 {
            print(String(format: "peak memory: %.0f MB (one process, single-threaded: docs/s is per core)", result.peakMegabytes))
        } else {
            print(String(format: "peak memory: %.0f MB (one process, %d annotating threads and a writer: docs/s with store is wall-clock)",
                         result.peakMegabytes, jobs))
        }
    }
}
