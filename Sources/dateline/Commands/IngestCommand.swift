import ArgumentParser
import DatelineKit
import Foundation

struct Ingest: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Clean, annotate and store articles; inputs already stored are skipped.",
        discussion: """
            Re-running on the same folder adds nothing. Each batch is one transaction, so an interrupted run \
            leaves only whole documents and the next run completes the rest. Unreadable inputs are reported \
            and skipped; the exit status is then 1.
            Example: dateline ingest examples/ --db news.sqlite
            """)

    @Argument(help: "Files, folders or - for stdin (.txt .md .html .htm .jsonl .json, optionally .gz).")
    var paths: [String]

    @OptionGroup var store: StoreOptions

    @Option(help: "Publication date for inputs that carry none (YYYY-MM-DD).")
    var published: String?

    @Option(help: "Documents per transaction.")
    var batchSize: Int = 200

    @Option(help: "Threads annotating articles, a batch written while the next is prepared (default: all cores; the result is the same for any number).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if let published, PublicationDate.given(published) == nil {
            throw ValidationError("--published must be a date like 2025-01-21, not '\(published)'")
        }
        guard batchSize > 0 else { throw ValidationError("--batch-size must be at least 1") }
        guard jobs > 0 else { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        let opened = try store.open()
        var ingestor = Ingestor(store: opened, batchSize: batchSize)
        ingestor.publishedFallback = published
        ingestor.jobs = jobs
        let bar = ProgressBar(enabled: Terminal.stderrIsInteractive && !store.json)
        let summary = try store.query {
            try ingestor.ingest(paths, progress: { step in
                bar.update(done: step.filesDone, total: step.filesTotal, label: (step.file as NSString).lastPathComponent)
            }, problem: { problem in
                bar.finish()
                Terminal.warn(problem.description)
            })
        }
        bar.finish()
        if store.json {
            try store.printJSON(summary)
        } else {
            print("\(summary.line)  → \(opened.location)")
        }
        if summary.failed > 0 { throw ExitCode(1) }
    }
}
