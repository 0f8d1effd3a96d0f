import ArgumentParser
import DatelineKit
import Foundation

extension TimelineExport.Format: ExpressibleByArgument {}

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Export the timeline: JSON Lines, CSV, PLOVER records, iCalendar or a Markdown report.",
        discussion: "Example: dateline export --format ics --actor Putin > putin.ics")

    @OptionGroup var store: StoreOptions
    @OptionGroup var filter: TimelineFilter

    @Option(help: "jsonl | csv | plover | ics | markdown")
    var format: TimelineExport.Format = .jsonl

    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    func run() throws {
        let entries = try filter.entries(store)
        let text = TimelineExport.render(entries, as: format)
        guard let output else { FileHandle.standardOutput.write(Data(text.utf8)); return }
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: output)) }
        catch { Terminal.warn("cannot write \(output): \(error.localizedDescription)"); throw ExitCode(1) }
    }
}
