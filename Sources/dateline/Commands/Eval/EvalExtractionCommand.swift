import ArgumentParser
import DatelineKit
import Foundation

/// `dateline eval extraction FOLDER`: HTML main-text extraction scored as the article-extraction benchmark does.
struct EvalExtraction: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Main-text extraction F1 on the article-extraction benchmark (181 HTML news pages).",
        discussion: "Example: dateline eval extraction ../shared/peer-suites/article-extraction --worst 10")

    @Argument(help: "Benchmark folder holding html/*.html.gz and ground-truth.json.")
    var folder: String = "../shared/peer-suites/article-extraction"

    @Option(help: "Also list the N pages with the lowest F1.")
    var worst: Int = 0

    @Flag(help: "Print one JSON object (totals and per-page scores) instead of a table.")
    var json = false

    func run() throws {
        let result = try ExtractionEvaluation(folder: URL(fileURLWithPath: folder)).run()
        if json {
            let pages: [[String: Any]] = result.pages.map { page in
                var o: [String: Any] = ["id": page.id, "precision": page.score.precision, "recall": page.score.recall]
                if let url = page.url { o["url"] = url }
                if let problem = page.problem { o["problem"] = problem }
                return o
            }
            let object: [String: Any] = ["precision": result.precision, "recall": result.recall, "f1": result.f1,
                                         "pages": result.pages.count, "pagesPerSecond": result.pagesPerSecond, "perPage": pages]
            let data = try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        print(String(format: "dateline          P=%.3f  R=%.3f  F1=%.3f  (%d pages, %.0f pages/s incl. gunzip)",
                     result.precision, result.recall, result.f1, result.pages.count, result.pagesPerSecond))
        for (system, f1) in ExtractionEvaluation.publishedF1 {
            print(system.padding(toLength: 18, withPad: " ", startingAt: 0) + String(format: "F1=%.3f (published)", f1))
        }
        guard worst > 0 else { return }
        print("\nworst pages:")
        let ranked = result.pages.sorted { Self.f1($0.score) < Self.f1($1.score) }
        for page in ranked.prefix(worst) {
            let note = page.problem.map { "  [\($0)]" } ?? ""
            print(String(format: "F1=%.3f P=%.3f R=%.3f  ", Self.f1(page.score), page.score.precision, page.score.recall)
                  + "\(page.id.prefix(12))  \(page.url ?? "")\(note)")
        }
    }

    private static func f1(_ s: ExtractionScorer.Score) -> Double {
        s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0
    }
}
