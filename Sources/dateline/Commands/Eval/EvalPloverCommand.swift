import ArgumentParser
import DatelineKit
import Foundation

/// `dateline eval plover FOLDER`: event coding against the PLOVER gold-standard records.
struct EvalPlover: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plover",
        abstract: "PLOVER event-type accuracy and source/target accuracy on the PLOVER gold records.",
        discussion: "Example: dateline eval plover ../shared/peer-suites/plover --confusion")

    @Argument(help: "Folder holding PLOVER_GSR_CAMEO.json.")
    var folder: String = "../shared/peer-suites/plover"

    @Flag(help: "Print the per-type confusion table.")
    var confusion = false

    @Flag(help: "List the records coded wrong.")
    var verbose = false

    func run() throws {
        let result = try PloverEvaluation(folder: URL(fileURLWithPath: folder)).run()
        print(String(format: "PLOVER records: %d scored (%d without text skipped)", result.outcomes.count, result.skipped))
        print(String(format: "event type accuracy %.3f  source accuracy %.3f (%d)  target accuracy %.3f (%d)",
                     result.typeAccuracy, result.sourceAccuracy, result.sourceScored, result.targetAccuracy, result.targetScored))
        if confusion {
            print("\ngold type      right  found instead")
            for (gold, row) in result.confusion.sorted(by: { $0.key < $1.key }) {
                let total = row.values.reduce(0, +)
                let others = row.filter { $0.key != gold }.sorted { $0.value > $1.value }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
                print("\(gold.padding(toLength: 12, withPad: " ", startingAt: 0)) \(String(format: "%3d/%-3d", row[gold] ?? 0, total))  \(others)")
            }
        }
        guard verbose else { return }
        for o in result.outcomes where o.found != o.gold {
            print("\(o.gold) ≠ \(o.found ?? "none") [\(o.trigger ?? "-")]  \(o.text.prefix(110))")
        }
    }
}
