import ArgumentParser
import DatelineKit
import Foundation

/// `dateline eval clusters FOLDER`: cross-document grouping on the Giveme5W1H news_cluster set.
struct EvalClusters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "How the timeline groups articles about one event: pairwise P/R/F1, groups kept together and apart.",
        discussion: "Example: dateline eval clusters ../shared/peer-suites/giveme5w1h/news_cluster")

    @Argument(help: "Folder of news_cluster article JSON files.")
    var folder: String = "../shared/peer-suites/giveme5w1h/news_cluster"

    func run() throws {
        let r = try ClusterEvaluation(folder: URL(fileURLWithPath: folder)).run()
        print("news_cluster: \(r.articles) articles, \(r.groups) event groups; \(r.withEvent) articles with an event")
        print(String(format: "pairwise P=%.3f R=%.3f F1=%.3f", r.precision, r.recall, r.f1))
        print(String(format: "sharing any entry: P=%.3f R=%.3f", r.sharedPrecision, r.sharedRecall))
        print("gold pairs published within 7 days of each other: \(r.goldPairsWithinAWeek)/\(r.goldPairs)")
        print("groups kept together: \(r.keptTogether)/\(r.groupsOfTwoOrMore) (of those with 2+ articles); kept apart from every other group: \(r.keptApart)/\(r.groups)")
    }
}
