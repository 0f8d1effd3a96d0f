import ArgumentParser
import DatelineKit
import Foundation

/// `dateline bench stories`: cost per article of story clustering, window by window, in memory and on SQLite.
struct BenchStories: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "ms per article of story clustering as stories pile up (in memory and on the SQLite story tables).",
        discussion: "Example: swift run -c release dateline bench stories --articles 100000")

    @Option(help: "Generated articles annotated once (untimed) and cycled through the stream.")
    var distinct: Int = 2000

    @Option(help: "Articles clustered in memory.")
    var articles: Int = 100_000

    @Option(help: "Articles clustered on the SQLite story tables.")
    var storeArticles: Int = 100_000

    @Option(help: "Articles per timed window.")
    var window: Int = 10_000

    func validate() throws {
        guard distinct > 0, articles >= 0, storeArticles >= 0, window > 0 else {
            throw ValidationError("--distinct and --window must be at least 1, --articles and --store-articles at least 0")
        }
    }

    @Flag(help: "Only the worst case (every article its own story), not the standard rules.")
    var worstCaseOnly = false

    func run() throws {
        var cases = [("worst case, every article its own story", StoryRules.everyArticleAlone)]
        if !worstCaseOnly { cases.insert(("standard rules", StoryRules()), at: 0) }
        for (name, rules) in cases {
            let bench = StoryBenchmark(distinct: distinct, articles: articles, storeArticles: storeArticles, window: window, rules: rules)
            let r = try bench.run { Terminal.warn($0) }
            print("\(name): in memory (StoryClusterer), \(articles) articles → \(r.memoryStories) stories")
            for w in r.memory { print(w.line) }
            print("\(name): on SQLite (SQLiteStoryRepository, batches of 500), \(storeArticles) articles → \(r.storeStories) stories")
            for w in r.store { print(w.line) }
        }
        print(String(format: "peak memory: %.0f MB", PeakMemory.megabytes))
    }
}
