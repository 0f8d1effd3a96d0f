import ArgumentParser
import DatelineKit
import Foundation

/// `dateline eval quotes`: the quote layer against the seeds' gold quotes.
struct EvalQuotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Seed quotes: found / right speaker / wrong speaker / missed against ../shared/eval/seeds-gold.jsonl.",
        discussion: "Example: dateline eval quotes --verbose")

    @Option(help: "Folder of seed articles.")
    var seeds: String = "../shared/seeds"

    @Option(help: "Gold file (JSON Lines).")
    var gold: String = "../shared/eval/seeds-gold.jsonl"

    @Flag(help: "List every gold quote with its verdict, and the other quotations found.")
    var verbose = false

    @Flag(help: "Print one JSON object instead of text.")
    var json = false

    func run() throws {
        let result = try SeedQuoteEvaluation(seeds: URL(fileURLWithPath: seeds), gold: URL(fileURLWithPath: gold)).run()
        for problem in result.problems { Terminal.warn(problem) }
        if json {
            let outcomes: [[String: Any]] = result.outcomes.map { o in
                ["document": o.document, "gold_speaker": o.gold.speaker, "starts_with": o.gold.startsWith, "verdict": o.verdict.rawValue,
                 "speaker": o.found?.speaker?.name ?? NSNull(), "cue": o.found?.cue ?? NSNull(), "via": o.found?.via ?? NSNull()]
            }
            let object: [String: Any] = ["gold": result.outcomes.count, "found": result.found, "right_speaker": result.right,
                                         "wrong_speaker": result.wrong, "no_speaker": result.count(.noSpeaker),
                                         "missed": result.missed, "other_quotes": result.unmatched.count, "outcomes": outcomes]
            print(String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self))
            return
        }
        print("seed quotes: \(result.outcomes.count) gold")
        print("found \(result.found)  right speaker \(result.right)  wrong speaker \(result.wrong)  "
              + "no speaker \(result.count(.noSpeaker))  missed \(result.missed)  (other quotations found: \(result.unmatched.count))")
        for outcome in result.outcomes where verbose || outcome.verdict != .right {
            let found = outcome.found.map { q in
                " → \(q.speaker?.name ?? "nobody") (\(q.cue ?? "-")\(q.via.map { ", via \($0)" } ?? ""))"
            } ?? ""
            print("  \(outcome.verdict.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0)) \(outcome.document.prefix(3))  "
                  + "\(outcome.gold.speaker): “\(outcome.gold.firstFiveWords)…”\(found)")
        }
        guard verbose else { return }
        for (document, quote) in result.unmatched {
            print("  other         \(document.prefix(3))  \(quote.speaker?.name ?? "nobody"): “\(quote.text.prefix(60))…”")
        }
    }
}
