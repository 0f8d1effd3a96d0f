import ArgumentParser
import DatelineKit

@main
struct Dateline: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dateline",
        abstract: "Turn news articles into a sourced, dated record of who did what with whom, when and where.",
        subcommands: [
            Extract.self,
            Ingest.self,
            Docs.self,
            Show.self,
            Search.self,
            Entities.self,
            Stats.self,
            Quotes.self,
            Events.self,
            Timeline.self,
            Stories.self,
            Export.self,
            Eval.self,
            Bench.self,
            Fuzz.self,
            Demo.self,
        ]
    )
}
