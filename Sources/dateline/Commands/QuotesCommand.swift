import ArgumentParser
import DatelineKit
import Foundation

/// `dateline quotes`: who said what across the store, newest first.
struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Who said what: stored quotations, newest first, with speaker, outlet and date.",
        discussion: """
            --speaker matches a Wikidata id or whole words of the speaker's name ("Putin", "Q7747"); \
            --search takes the same words as 'dateline search', over the quoted text.
            Example: dateline quotes --speaker Xi --search cooperation --limit 5
            """)

    @OptionGroup var store: StoreOptions

    @Option(help: "Only quotations by this speaker (name, surname, or Wikidata id).")
    var speaker: String?

    @Option(help: "Only quotations whose text matches these words.")
    var search: String?

    @Flag(help: "Include indirect speech (reported without quotation marks).")
    var indirect = false

    @Option(help: "How many quotations.")
    var limit: Int = 20

    func validate() throws {
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        if let speaker, speaker.trimmingCharacters(in: .whitespaces).isEmpty {
            throw ValidationError("--speaker needs a name or id, e.g. --speaker Putin")
        }
    }

    func run() throws {
        let opened = try store.openExisting()
        let quotes = try store.query {
            try opened.quotes(speaker: speaker, search: search, kind: indirect ? nil : .direct, limit: limit)
        }
        if store.json { return try store.printJSON(quotes) }
        if quotes.isEmpty { print("no quotations found" + (speaker.map { " by '\($0)'" } ?? "")) }
        for quote in quotes {
            let date = (quote.published ?? "undated").padding(toLength: 10, withPad: " ", startingAt: 0)
            let source = [quote.outlet, quote.via.map { "via \($0)" }].compactMap { $0 }.joined(separator: ", ")
            let who = quote.speaker?.name ?? "(unattributed)"
            let words = quote.text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            let shown = quote.kind == .direct ? "“\(words)”" : "[reported] \(words)"
            print("\(date)  \(who), \(quote.cue ?? "-")\(source.isEmpty ? "" : "  (\(source))")")
            print("            \(shown)  [\(quote.document)]")
        }
    }
}
