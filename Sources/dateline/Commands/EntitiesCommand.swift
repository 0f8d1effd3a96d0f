import ArgumentParser
import DatelineKit
import Foundation

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the canonical entities of the store (or of one document) with their mention counts.",
        discussion: "Example: dateline entities --limit 20; dateline entities --doc 000_dd1d51c7ee29bdce --json")

    @OptionGroup var store: StoreOptions

    @Option(help: "Only the entities of this document (see 'dateline docs').")
    var doc: String?

    @Option(help: "Only entities of this kind: person, country, organization, location.")
    var kind: String?

    @Option(help: "How many entities to list, most mentioned first.")
    var limit: Int = 50

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        if let kind, EntityKind(rawValue: kind) == nil {
            throw ValidationError("--kind must be person, country, organization or location, not '\(kind)'")
        }
    }

    func run() throws {
        let opened = try store.openExisting()
        var tallies = try store.query { try opened.entities(document: doc) }
        if let kind { tallies = tallies.filter { $0.entity.kind.rawValue == kind } }
        tallies = Array(tallies.prefix(limit))
        if store.json { return try store.printJSON(tallies) }
        if tallies.isEmpty {
            print(doc.map { "no entities in document '\($0)' (is it stored? 'dateline docs' lists the ids)" } ?? "no entities stored yet")
            return
        }
        print("mentions  docs  kind          id          country  name")
        for tally in tallies {
            let e = tally.entity
            print(String(format: "%8d  %4d  %@  %@  %@  %@", tally.mentions, tally.documents,
                         e.kind.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0) as NSString,
                         (e.id ?? "-").padding(toLength: 10, withPad: " ", startingAt: 0) as NSString,
                         (e.country ?? "-").padding(toLength: 7, withPad: " ", startingAt: 0) as NSString, e.name as NSString))
        }
    }
}
