import ArgumentParser
import DatelineKit
import Foundation

/// The options that select timeline entries, shared by `timeline` and `export`.
struct TimelineFilter: ParsableArguments {
    @Option(name: .customLong("actor"), help: "Only events with this participant (id or part of the name); repeat for all of several.")
    var actors: [String] = []

    @Option(help: ArgumentHelp("Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", valueName: "date"))
    var from: String?

    @Option(help: ArgumentHelp("Only events on or before this date.", valueName: "date"))
    var to: String?

    @Option(help: "Only this type: a Dateline type (phone_call, state_visit, …) or a PLOVER type (SANCTION, …).")
    var type: String?

    @Option(help: "At most this many events.")
    var limit: Int = 1000

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] {
            if let value, PublicationDate.given(value) == nil {
                throw ValidationError("\(name) takes a date like 2024, 2024-05 or 2024-05-16, not '\(value)'")
            }
        }
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    var query: TimelineQuery { TimelineQuery(actors: actors, from: from, to: to, type: type, limit: limit) }

    func entries(_ store: StoreOptions) throws -> [TimelineEntry] {
        let opened = try store.openExisting()
        guard let timeline = opened as? TimelineStore else {
            Terminal.warn("the store at \(opened.location) keeps no timeline")
            throw ExitCode(1)
        }
        return try store.query { try timeline.timeline(query) }
    }
}

struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The cross-document timeline: one line per real event, however many articles report it.",
        discussion: "Example: dateline timeline --actor Putin --actor Xi --from 2021 --type video_call")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filter: TimelineFilter

    func run() throws {
        let entries = try filter.entries(store)
        if store.json { return try store.printJSON(entries) }
        if entries.isEmpty { print("no events match"); return }
        for entry in entries { print(Self.line(entry)) }
    }

    /// "2024-05-16 day    state_visit      Vladimir Putin, Xi Jinping  @ Beijing, CHN  3 reports".
    static func line(_ entry: TimelineEntry) -> String {
        let date = (entry.date?.value ?? "undated").padding(toLength: 10, withPad: " ", startingAt: 0)
        let precision = (entry.date?.precision.rawValue ?? "").padding(toLength: 6, withPad: " ", startingAt: 0)
        let type = entry.type.padding(toLength: 16, withPad: " ", startingAt: 0)
        let people = entry.participants.map(\.name).joined(separator: ", ")
        let place = entry.place.map { p in "  @ " + (p.country.map { "\(p.name), \($0)" } ?? p.name) } ?? ""
        var notes: [String] = []
        if entry.modality != .asserted { notes.append(entry.modality.rawValue) }
        if entry.background { notes.append("background") }
        let note = notes.isEmpty ? "" : "  (" + notes.joined(separator: ", ") + ")"
        return "\(date) \(precision) \(type) \(people)\(place)  \(entry.reportCount) report\(entry.reportCount == 1 ? "" : "s")\(note)"
    }
}
