import ArgumentParser
import DatelineKit
import Foundation

/// `dateline stories`: the developing news stories of the store, one line each.
struct Stories: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Developing news stories: the articles that report the same story, grouped as they were ingested.",
        discussion: "Example: dateline stories --actor Putin --from 2024 --min-articles 2")

    @OptionGroup var store: StoreOptions

    @Option(name: .customLong("actor"), help: "Only stories whose articles name this entity (id or part of the name); repeat for all of several.")
    var actors: [String] = []

    @Option(help: ArgumentHelp("Only stories running on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only stories running on or before this date.", valueName: "date"))
    var to: String?

    @Option(help: "Only stories with at least this many articles.")
    var minArticles: Int = 1

    @Option(help: "At most this many stories.")
    var limit: Int = 1000

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, PublicationDate.given(value) == nil {
                throw ValidationError("\(name) takes a date like 2024, 2024-05 or 2024-05-16, not '\(value)'")
            }
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard minArticles > 0 else { throw ValidationError("--min-articles must be at least 1") }
    }

    func run() throws {
        let opened = try store.openExisting()
        guard let stories = opened as? StoryStore else {
            Terminal.warn("the store at \(opened.location) keeps no stories")
            throw ExitCode(1)
        }
        let query = StoryQuery(actors: actors, from: from, to: to, minimumArticles: minArticles, limit: limit)
        let found = try store.query { try stories.stories(query) }
        if store.json { return try store.printJSON(found) }
        if found.isEmpty { print("no stories match"); return }
        for story in found {
            print(Self.line(story))
            print("    " + story.documents.joined(separator: ", "))
        }
    }

    /// "2024-05-16 … 2024-05-17  3 articles  putin, xi, beijing, visit  “Putin arrives in Beijing …”".
    static func line(_ story: StorySummary) -> String {
        let span = story.from.map { from in story.to.map { $0 == from ? from : "\(from) … \($0)" } ?? from } ?? "undated"
        let size = "\(story.articles) article\(story.articles == 1 ? "" : "s")"
        let headline = story.headline.map { "  “\($0)”" } ?? ""
        return "#\(story.id)  \(span.padding(toLength: 23, withPad: " ", startingAt: 0)) \(size.padding(toLength: 12, withPad: " ", startingAt: 0)) \(story.terms.joined(separator: ", "))\(headline)"
    }
}
