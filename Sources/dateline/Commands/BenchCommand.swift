import ArgumentParser
import DatelineKit
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Measure throughput and peak memory (figures are printed, never asserted).",
        subcommands: [BenchIngest.self, BenchLanguage.self, BenchTimex.self, BenchQuotes.self, BenchPipeline.self, BenchStories.self])
}

struct BenchIngest: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Documents/s and MB/s for cleaning alone and for ingest into a fresh store.",
        discussion: "Example: swift run -c release dateline bench ingest --pages ../shared/peer-suites/article-extraction/html")

    @Option(help: "Folder of benchmark HTML pages (*.html.gz).")
    var pages: String = "../shared/peer-suites/article-extraction/html"

    @Option(help: "Number of generated text articles.")
    var generated: Int = 10_000

    @Flag(help: "Measure cleaning only (no store).")
    var cleanOnly = false

    func run() throws {
        let bench = IngestBenchmark(pagesFolder: pages, generatedCount: generated)
        if !FileManager.default.fileExists(atPath: pages) { Terminal.warn("no benchmark pages at \(pages): generated corpus only") }
        for figure in try bench.cleanOnly() { print(figure.line) }
        if !cleanOnly {
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-bench-\(UUID().uuidString.prefix(8))")
            defer { try? FileManager.default.removeItem(at: scratch) }
            let run = try bench.withStore(in: scratch)
            for figure in run.figures { print(figure.line) }
            print("generated corpus: \(run.generatedParagraphsCutAsRepeated) body paragraphs cut as learned boilerplate, "
                  + "\(run.generatedParagraphsKept) kept")
        }
        print(String(format: "peak memory: %.0f MB", PeakMemory.megabytes))
    }
}

struct BenchLanguage: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "language",
        abstract: "MB/s of tokenizing, sentence splitting and entity recognition on the generated corpus (one core).",
        discussion: "Example: swift run -c release dateline bench language --generated 20000")

    @Option(help: "Number of generated articles.")
    var generated: Int = 10_000

    func validate() throws {
        guard generated > 0 else { throw ValidationError("--generated must be at least 1") }
    }

    func run() throws {
        for figure in LanguageBenchmark(count: generated).run() { print(figure.line) }
        print(String(format: "peak memory: %.0f MB", PeakMemory.megabytes))
    }
}

struct BenchQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Documents/s and MB/s of the quote stage alone, on generated articles.",
        discussion: "Example: swift run -c release dateline bench quotes --generated 5000")

    @Option(help: "Number of generated text articles.")
    var generated: Int = 5_000

    func run() throws {
        let (figure, quotes) = try QuoteBenchmark(generatedCount: generated).run()
        print(figure.line)
        print("quotations found: \(quotes)")
        print(String(format: "peak memory: %.0f MB", PeakMemory.megabytes))
    }
}
