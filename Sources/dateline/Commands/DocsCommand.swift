import ArgumentParser
import DatelineKit
import Foundation

struct Docs: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List stored documents, newest first.",
        discussion: "Example: dateline docs --limit 20 --offset 20; dateline docs --duplicates")

    @OptionGroup var store: StoreOptions

    @Option(help: "How many documents to list.")
    var limit: Int = 20

    @Option(help: "How many of the newest documents to skip.")
    var offset: Int = 0

    @Flag(help: "Show near-duplicate groups: each original with the copies linked to it.")
    var duplicates = false

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard offset >= 0 else { throw ValidationError("--offset must be 0 or more") }
    }

    func run() throws {
        let opened = try store.openExisting()
        if duplicates {
            let groups = try store.query { try opened.nearDuplicateGroups() }
            if store.json { return try store.printJSON(groups) }
            if groups.isEmpty { print("no near-duplicates"); return }
            for group in groups {
                print(Self.line(group.original))
                for copy in group.duplicates { print("  └ " + Self.line(copy)) }
            }
            return
        }
        let documents = try store.query { try opened.documents(limit: limit, offset: offset) }
        if store.json { return try store.printJSON(documents) }
        if documents.isEmpty { print(offset == 0 ? "no documents stored yet" : "no documents after \(offset)") }
        for document in documents { print(Self.line(document)) }
    }

    static func line(_ d: DocumentSummary) -> String {
        let date = (d.published ?? "undated").padding(toLength: 10, withPad: " ", startingAt: 0)
        let outlet = String((d.outlet ?? "-").prefix(22)).padding(toLength: 22, withPad: " ", startingAt: 0)
        let copy = d.nearDuplicateOf.map { "  (near-duplicate of \($0))" } ?? ""
        return "\(date)  \(d.id)  \(outlet)  \(String((d.title ?? "(untitled)").prefix(70)))\(copy)"
    }
}
