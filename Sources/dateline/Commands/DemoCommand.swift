import ArgumentParser
import DatelineKit
import Foundation

struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ingest the bundled examples/ into a temporary database and show what Dateline found.",
        discussion: "Example: swift run -c release dateline demo; dateline demo --examples my-articles/ --keep")

    @Option(help: "Folder of articles to tour (default: the examples/ folder of this checkout).")
    var examples: String?

    @Option(help: "Words to search for in the search section.")
    var search: String = "grain Black Sea"

    @Flag(help: "Keep the temporary database and print its path.")
    var keep = false

    func run() throws {
        let folder: URL
        do { folder = try ExampleCorpus.locate(explicit: examples) } catch {
            Terminal.warn("\(error)")
            throw ExitCode(1)
        }
        let tour = DemoTour(examples: folder, searchQuery: search)
        let outcome: DemoTour.Outcome
        do { outcome = try tour.run { print($0) } } catch {
            try? FileManager.default.removeItem(at: tour.scratchFolder)
            Terminal.warn("\(error)")
            throw ExitCode(1)
        }
        print("")
        if keep {
            print("kept: dateline docs --db \(outcome.databasePath)")
        } else {
            try? FileManager.default.removeItem(at: outcome.scratchFolder)
            print("(temporary database removed; --keep keeps it)")
        }
    }
}
