import ArgumentParser
import DatelineKit
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the extraction contract (one JSON object per article) without using a store.",
        discussion: "Example: dateline extract examples/ --published 2025-01-21 > out.jsonl")

    @Argument(help: "Files, folders or - for stdin (.txt .md .html .htm .jsonl .json, optionally .gz).")
    var paths: [String]

    @Option(help: "Publication date for inputs that carry none (YYYY-MM-DD).")
    var published: String?

    @Option(help: "Output format (only jsonl).")
    var format: String = "jsonl"

    @Option(help: ArgumentHelp("A folder of your own knowledge-base files (countries.json, people.json, offices.json, … in the bundled format) added to the bundled ones (default $DATELINE_KB).", valueName: "dir"))
    var kb: String?

    func validate() throws {
        guard format == "jsonl" else { throw ValidationError("--format must be jsonl") }
        if let published, PublicationDate.given(published) == nil {
            throw ValidationError("--published must be a date like 2025-01-21, not '\(published)'")
        }
    }

    func run() throws {
        var extractor = Extractor(publishedFallback: published)
        if let kb {
            do { extractor.pipeline = extractor.pipeline.using(try KnowledgeBase.loading(extra: URL(fileURLWithPath: kb))) }
            catch { Terminal.warn("--kb \(kb): \(error)"); throw ExitCode(1) }
        }
        var failures = 0
        extractor.run(paths: paths) { outcome in
            switch outcome {
            case .success(let record):
                do { print(try record.jsonLine()) } catch { Terminal.warn("\(record.document.id): \(error)"); failures += 1 }
            case .failure(let problem):
                failures += 1
                Terminal.warn(problem.description)
            }
        }
        if failures > 0 { throw ExitCode(1) }
    }
}
