import ArgumentParser
import DatelineKit
import Foundation

/// `dateline eval timex FOLDER`: TIMEX3 extents and values scored as TempEval-3 does.
struct EvalTimex: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timex",
        abstract: "Temporal expression extents and values on TempEval-3 platinum or WikiWars.",
        discussion: """
            Example: dateline eval timex ../shared/peer-suites/te3-platinum
                     dateline eval timex ../shared/peer-suites/wikiwars --narrative
            """)

    @Argument(help: "Folder of .tml (TIMEX3) or .key.xml (TIMEX2) files.")
    var folder: String = "../shared/peer-suites/te3-platinum"

    @Flag(help: "Read the texts as narratives (history: bare dates follow the text, not the creation time). On by default for a folder named wikiwars.")
    var narrative = false

    @Option(help: "Also list up to N disagreements (missed, spurious, extent, value).")
    var errors: Int = 0

    func run() throws {
        let isWikiWars = folder.lowercased().contains("wikiwars")
        let evaluation = TimexEvaluation(folder: URL(fileURLWithPath: folder), narrative: narrative || isWikiWars)
        let (s, misses, seconds) = try evaluation.run()
        print(String(format: "gold %d, system %d   (%.2f s)", s.gold, s.system, seconds))
        print(String(format: "strict   P=%.3f R=%.3f F1=%.3f", s.strictPrecision, s.strictRecall, s.strictF1))
        print(String(format: "relaxed  P=%.3f R=%.3f F1=%.3f", s.relaxedPrecision, s.relaxedRecall, s.relaxedF1))
        print(String(format: "value F1 %.3f   type F1 %.3f", s.valueF1, s.typeF1))
        if !isWikiWars {
            print("published (TempEval-3): HeidelTime strict 0.813, relaxed 0.903, value 0.776; SUTime value 0.674")
        }
        for m in misses.prefix(errors) {
            print("\(m.kind.padding(toLength: 8, withPad: " ", startingAt: 0)) \(m.document.prefix(24))  gold: \(m.gold)  system: \(m.system)")
        }
    }
}
