import ArgumentParser
import DatelineKit
import Foundation

/// `dateline eval clusters FOLDER`: cross-document grouping on the Giveme5W1H news_cluster set, by
/// the timeline and by the story layer.
struct EvalClusters: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clusters",
        abstract: "How the timeline and the stories group articles about one event: pairwise P/R/F1, groups kept together and apart.",
        discussion: "Example: dateline eval clusters ../shared/peer-suites/giveme5w1h/news_cluster --sweep")

    @Argument(help: "Folder of news_cluster article JSON files.")
    var folder: String = "../shared/peer-suites/giveme5w1h/news_cluster"

    @Flag(help: "Also print the story scores over a range of join thresholds and half-lives.")
    var sweep = false

    func run() throws {
        let (r, corpus) = try ClusterEvaluation(folder: URL(fileURLWithPath: folder)).evaluate()
        print("news_cluster: \(r.articles) articles, \(r.groups) event groups; \(r.withEvent) articles with an event")
        print("timeline (grouped by the entry of each article's main event):")
        print(String(format: "  pairwise P=%.3f R=%.3f F1=%.3f", r.timeline.precision, r.timeline.recall, r.timeline.f1))
        print(String(format: "  sharing any entry: P=%.3f R=%.3f", r.sharedPrecision, r.sharedRecall))
        print("  gold pairs published within 7 days of each other: \(r.goldPairsWithinAWeek)/\(r.goldPairs)")
        print("  groups kept together: \(r.timeline.keptTogether)/\(r.timeline.groupsOfTwoOrMore) (of those with 2+ articles); kept apart from every other group: \(r.timeline.keptApart)/\(r.groups)")
        let s = r.stories
        let rules = StoryRules()
        print(String(format: "stories (threshold %.2f, half-life %.0f days): %d stories", rules.threshold, rules.halfLifeDays, s.predictedGroups))
        print(String(format: "  pairwise P=%.3f R=%.3f F1=%.3f", s.precision, s.recall, s.f1))
        print("  groups kept together: \(s.keptTogether)/\(s.groupsOfTwoOrMore) (of those with 2+ articles); kept apart from every other group: \(s.keptApart)/\(s.groups)")
        print(String(format: "  story clustering: %.4f ms per article (signature and merge, debug or release as built)", r.storyMillisecondsPerArticle))
        guard sweep else { return }
        print("sweep: threshold half-life  stories  P      R      F1     together  apart")
        for halfLife in [7.0, 14, 30, 60, 365] {
            for threshold in stride(from: 0.10, through: 0.421, by: 0.04) {
                let score = ClusterEvaluation.stories(corpus, rules: StoryRules(threshold: threshold, halfLifeDays: halfLife)).score
                print(String(format: "       %.2f      %5.0f  %7d  %.3f  %.3f  %.3f  %3d/%d    %3d/%d", threshold, halfLife, score.predictedGroups,
                             score.precision, score.recall, score.f1, score.keptTogether, score.groupsOfTwoOrMore, score.keptApart, score.groups))
            }
        }
    }
}
