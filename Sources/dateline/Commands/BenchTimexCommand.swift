import ArgumentParser
import DatelineKit

/// `dateline bench timex`: MB/s of the temporal tagger and of document dating.
struct BenchTimex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "MB/s of the TIMEX3 tagger (with normalisation) and of document dating on the generated corpus.",
        discussion: "Example: swift run -c release dateline bench timex --generated 20000")

    @Option(help: "Number of generated text articles.")
    var generated: Int = 10_000

    func run() throws {
        for figure in TimexBenchmark(count: generated).run() { print(figure.line) }
        print(String(format: "peak memory: %.0f MB", PeakMemory.megabytes))
    }
}
