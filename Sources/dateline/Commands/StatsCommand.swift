import ArgumentParser
import DatelineKit
import Foundation

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Documents stored, near-duplicate groups, outlets, date range and database size.",
        discussion: "Example: dateline stats --json")

    @OptionGroup var store: StoreOptions

    func run() throws {
        let opened = try store.openExisting()
        let stats = try store.query { try opened.statistics() }
        if store.json { return try store.printJSON(stats) }
        print("store:        \(opened.location)")
        print("documents:    \(stats.documents) (near-duplicates included: \(stats.nearDuplicates))")
        print("near-duplicate groups: \(stats.nearDuplicateGroups)")
        print("inputs seen:  \(stats.inputs)")
        let range = [stats.earliest, stats.latest].compactMap { $0 }
        print("dates:        \(range.isEmpty ? "-" : range.joined(separator: " … "))\(stats.undated > 0 ? " (\(stats.undated) undated)" : "")")
        print("outlets:      \(stats.outlets.count)")
        for outlet in stats.outlets.prefix(10) { print("  \(String(outlet.documents).padding(toLength: 6, withPad: " ", startingAt: 0)) \(outlet.outlet)") }
        print("mentions:     \(stats.entityMentions), quotes: \(stats.quotes)")
        print(String(format: "size:         %.1f MB", Double(stats.databaseBytes) / 1_000_000))
    }
}
