import Foundation
import Testing
@testable import DatelineKit

/// The quote layer on the seed articles, scored against `shared/eval/seeds-gold.jsonl` as
/// `shared/eval/README.md` says, through the whole pipeline (cleaning, entities, quotes).
@Suite struct SeedQuoteTests {
    static func evaluation() throws -> SeedQuoteEvaluation.Result {
        try SeedQuoteEvaluation(seeds: SharedData.root.appendingPathComponent("seeds"),
                                gold: SharedData.root.appendingPathComponent("eval/seeds-gold.jsonl")).run()
    }

    @Test func everyGoldQuoteIsFoundAndNoneGivenToTheWrongPerson() throws {
        let result = try Self.evaluation()
        #expect(result.problems.isEmpty)
        #expect(result.outcomes.count == 24)
        let missed = result.outcomes.filter { $0.verdict == .missed }.map { "\($0.document): \($0.gold.startsWith)" }
        #expect(missed.isEmpty)
        let wrong = result.outcomes.filter { $0.verdict == .wrong }
            .map { "\($0.gold.startsWith) → \($0.found?.speaker?.name ?? "")" }
        #expect(wrong.isEmpty)
        let unattributed = result.outcomes.filter { $0.verdict == .noSpeaker }.map { "\($0.document): \($0.gold.startsWith)" }
        #expect(unattributed.isEmpty)
        #expect(result.right == 24)
    }

    @Test func channelsAndIndirectSpeechInTheSeeds() throws {
        let result = try Self.evaluation()
        let direct = result.outcomes.compactMap(\.found)
        // "CCTV quoted Xi as saying", "…, according to a readout from China’s Foreign Ministry".
        #expect(direct.contains { $0.via == "CCTV" && $0.cue == "quoted as saying" })
        #expect(direct.filter { $0.via == "China’s Foreign Ministry" }.count == 2)
        let indirect = result.quotes.values.joined().filter { $0.kind == .indirect }
        #expect(indirect.contains { $0.speaker?.name == "Xi Jinping" && $0.cue == "expressed hope" && $0.text.hasPrefix("to elevate ties") })
    }

    @Test func scareQuotesInTheSeedsAreNotQuotations() throws {
        let result = try Self.evaluation()
        // "no-limits", "lethal support", "big trouble", "new heights", "best friend", "reliable partner", …
        let short = result.quotes.values.joined()
            .filter { $0.kind == .direct && $0.text.split(whereSeparator: \.isWhitespace).count < 5 }
            .map(\.text)
        #expect(short.isEmpty)
    }

    @Test func goldReaderReadsEveryRecordKind() throws {
        let gold = try SeedGold(contentsOf: SharedData.root.appendingPathComponent("eval/seeds-gold.jsonl"))
        #expect(gold.records.count == 5)
        #expect(gold.records.flatMap(\.quotes).count == 24)
        #expect(gold.records.allSatisfy { !$0.events.isEmpty && $0.pubDate != nil })
        #expect(gold.record(id: "000_dd1d51c7ee29bdce")?.quotes.first?.firstFiveWords == "Dear friend, please accept sincere")
        #expect(SeedGold.samePerson("Yury Ushakov", "Yuri Ushakov"))
        #expect(!SeedGold.samePerson("Xi Jinping", "Vladimir Putin"))
    }
}
