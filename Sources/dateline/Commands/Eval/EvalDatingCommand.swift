import ArgumentParser
import DatelineKit
import Foundation

/// `dateline eval dating FOLDER`: hide each article's publication date and estimate it from the text.
struct EvalDating: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dating",
        abstract: "Publication dating on the Giveme5W1H gold standard (date_publish hidden, then estimated).",
        discussion: "Example: dateline eval dating ../shared/peer-suites/giveme5w1h/gold_standard --list")

    @Argument(help: "Folder of Giveme5W1H article JSON files.")
    var folder: String = "../shared/peer-suites/giveme5w1h/gold_standard"

    @Option(help: "Folder of dated articles to use as other documents in a scratch store (e.g. ../shared/peer-suites/giveme5w1h/news_cluster); copies of evaluated articles are left out.")
    var store: String?

    @Flag(help: "List every article: gold day, estimate, basis.")
    var list = false

    func run() throws {
        let r = try DatingEvaluation(folder: URL(fileURLWithPath: folder), evidenceFolder: store.map { URL(fileURLWithPath: $0) }).run()
        print("articles \(r.articles)")
        print(String(format: "exact day     %5.1f%%  (%d)", 100 * r.share(r.exactDay), r.exactDay))
        print(String(format: "within 7 days %5.1f%%  (%d)", 100 * r.share(r.withinWeek), r.withinWeek))
        print(String(format: "same month    %5.1f%%  (%d)", 100 * r.share(r.sameMonth), r.sameMonth))
        print(String(format: "undated       %5.1f%%  (%d)", 100 * r.share(r.undated), r.undated))
        guard list else { return }
        for row in r.rows {
            print("\(row.id.prefix(12))  gold \(row.gold)  estimate \(row.estimate ?? "-")  \(row.basis ?? "")")
        }
    }
}
