import ArgumentParser
import DatelineKit
import Foundation

/// `dateline bench pipeline`: clean → events, without and with the store, per core, peak memory.
struct BenchPipeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Articles/s (one core) for the full pipeline, without a store and ingesting into one; peak memory.",
        discussion: "Example: swift run -c release dateline bench pipeline --articles 100000")

    @Option(help: "Number of generated articles.")
    var articles: Int = 10_000

    @Option(help: "Documents per store transaction.")
    var batch: Int = 500

    @Option(help: ArgumentHelp("Leave out a stage by name (e.g. dating) to measure the rest; repeatable.", valueName: "stage"))
    var without: [String] = []

    func validate() throws {
        guard articles > 0 else { throw ValidationError("--articles must be at least 1") }
        guard batch > 0 else { throw ValidationError("--batch must be at least 1") }
    }

    func run() throws {
        let result = try PipelineBenchmark(articles: articles, batchSize: batch, without: Set(without)).run { Terminal.warn($0) }
        print(result.withoutStore.line)
        let total = result.stages.reduce(0) { $0 + $1.seconds }
        for stage in result.stages {
            print(String(format: "  %-12@ %7.2f s  %5.1f %%", stage.name as NSString, stage.seconds, 100 * stage.seconds / max(total, 1e-9)))
        }
        print(result.withStore.line)
        let docs = Double(max(result.withStore.documents, 1))
        print(String(format: "cpu time: no store %.2f s (%.2f ms/doc), with store %.2f s (%.2f ms/doc): the store adds %.2f ms/doc",
                     result.withoutStoreCPUSeconds, 1000 * result.withoutStoreCPUSeconds / Double(max(result.withoutStore.documents, 1)),
                     result.withStoreCPUSeconds, 1000 * result.withStoreCPUSeconds / docs,
                     1000 * (result.withStoreCPUSeconds / docs - result.withoutStoreCPUSeconds / Double(max(result.withoutStore.documents, 1)))))
        print("events found: \(result.events); timeline entries: \(result.timelineEntries)")
        print(String(format: "peak memory: %.0f MB (one process, single-threaded: docs/s is per core)", result.peakMegabytes))
    }
}
