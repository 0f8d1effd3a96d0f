import ArgumentParser
import DatelineKit
import Foundation

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Events as each stored document reports them, with the timeline entry each joined.",
        discussion: "Example: dateline events --doc 003_11f14ea50cc4e860")

    @OptionGroup var store: StoreOptions

    @Option(help: "Only the events of this document.")
    var doc: String?

    @Option(help: "At most this many events.")
    var limit: Int = 100

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
    }

    struct Row: Encodable {
        var entry: Int64
        var report: TimelineReport
    }

    func run() throws {
        let opened = try store.openExisting()
        guard let timeline = opened as? TimelineStore else { Terminal.warn("the store keeps no events"); throw ExitCode(1) }
        let events = try store.query { try timeline.events(document: doc, limit: limit) }
        if store.json { return try store.printJSON(events.map { Row(entry: $0.entry, report: $0.report) }) }
        if events.isEmpty { print(doc.map { "no events stored for \($0)" } ?? "no events stored yet"); return }
        for (entry, report) in events {
            let date = report.date.map { "\($0.value)\(report.datedByText ? "" : "*")" } ?? "undated"
            let people = report.participants.map { "\($0.entity.name)\($0.role == .target ? " (target)" : "")" }.joined(separator: ", ")
            var notes: [String] = []
            if report.modality != .asserted { notes.append(report.modality.rawValue) }
            if report.background { notes.append("background") }
            let note = notes.isEmpty ? "" : " (" + notes.joined(separator: ", ") + ")"
            print("\(report.document)  \(date.padding(toLength: 11, withPad: " ", startingAt: 0)) \(report.type.padding(toLength: 16, withPad: " ", startingAt: 0)) "
                  + "\(people)\(report.place.map { " @ \($0.name)" } ?? "")\(note)  → timeline #\(entry)")
            print("    \(String(report.evidenceText.prefix(160)))")
        }
        if !store.json { print("(* dated by the publication date: the text gives no date)") }
    }
}
