import ArgumentParser
import DatelineKit
import Foundation

struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Full-text search over stored documents, best match first, with highlighted snippets.",
        discussion: """
            Plain words must all occur (English stemming: 'talks' finds 'talk'). FTS5 syntax also works: \
            "\\"joint statement\\"", "putin OR xi", "pipeline NOT gas".
            Example: dateline search "gas pipeline" --limit 5
            """)

    @Argument(help: "Words to find.")
    var query: String

    @OptionGroup var store: StoreOptions

    @Option(help: "How many results.")
    var limit: Int = 10

    func run() throws {
        let opened = try store.openExisting()
        let highlight: Highlight = Terminal.isInteractive && !store.json ? .bold : .brackets
        let hits = try store.query { try opened.search(query, limit: limit, highlight: highlight) }
        if store.json { return try store.printJSON(hits) }
        if hits.isEmpty { print("no matches for '\(query)'") }
        for (rank, hit) in hits.enumerated() {
            let meta = [hit.published, hit.outlet].compactMap { $0 }.joined(separator: ", ")
            print("\(rank + 1). \(hit.id)\(meta.isEmpty ? "" : "  (\(meta))")  \(hit.title ?? "")")
            print("   " + hit.snippet.replacingOccurrences(of: "\n", with: " "))
        }
    }
}
