import ArgumentParser
import DatelineKit
import Foundation

/// `dateline eval events`: the event layer against the seeds' gold events.
struct EvalEvents: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Seed events: found (type class and people) / dated / background flag, against ../shared/eval/seeds-gold.jsonl.",
        discussion: "Example: dateline eval events --verbose")

    @Option(help: "Folder of seed articles.")
    var seeds: String = "../shared/seeds"

    @Option(help: "Gold file (JSON Lines).")
    var gold: String = "../shared/eval/seeds-gold.jsonl"

    @Flag(help: "Also list every event found in each seed.")
    var verbose = false

    func run() throws {
        let result = try SeedEventEvaluation(seeds: URL(fileURLWithPath: seeds), gold: URL(fileURLWithPath: gold)).run()
        for problem in result.problems { Terminal.warn(problem) }
        let total = result.outcomes.count
        print("seed events: \(total) gold  found \(result.found)/\(total)  dated \(result.dated)/\(total)  "
              + "background flag right \(result.backgroundRight)/\(total)")
        for o in result.outcomes {
            let verdict = o.found == nil ? "missed" : (o.dated ? "dated" : "found")
            let found = o.found.map { e in " → \(e.type) \(e.date?.value ?? "undated")\(e.background ? " background" : "")" } ?? ""
            print("  \(verdict.padding(toLength: 7, withPad: " ", startingAt: 0)) \(o.document.prefix(3))  \(o.gold.type) "
                  + "\(o.gold.participants.joined(separator: ", ")) \(o.gold.date ?? "?")\(o.gold.mentionedOnly ? " background" : "")\(found)")
        }
        guard verbose else { return }
        for (document, events) in result.events.sorted(by: { $0.key < $1.key }) {
            print("\n\(document)")
            for e in events {
                let people = e.participants.map { "\($0.entity.name)\($0.role == .target ? "→" : "")" }.joined(separator: ", ")
                print("  \(e.type) [\(e.cameo ?? "-") \(e.plover ?? "-")] \(people) \(e.date?.value ?? "undated") "
                      + "\(e.modality == .asserted ? "" : e.modality.rawValue)\(e.background ? " background" : "")\(e.place.map { " @\($0.name)" } ?? "")")
            }
        }
    }
}
