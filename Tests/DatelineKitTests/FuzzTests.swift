import Foundation
import Testing
@testable import DatelineKit

/// The fuzzer itself: it finds what it should, and a short seeded run over every stage is clean.
/// (`bash scripts/fuzz.sh` runs thousands of inputs; inputs that once failed become literals below.)
@Suite struct FuzzTests {
    @Test func aShortSeededRunOverEveryStageFindsNothing() {
        var run = FuzzRun(seed: 20_261_123, inputs: 40)
        #if DEBUG
        // A debug build is 10–30× slower than release and shares the machine with other tests: here the
        // check is crashes and offsets; the 1 s limit is held by `scripts/fuzz.sh`, which runs release.
        run.slowSeconds = 30
        #endif
        let report = run.run()
        #expect(report.inputsTried == 40)
        #expect(report.failures.map(\.description) == [])
    }

    @Test func theSameSeedGivesTheSameInputs() {
        #expect(FuzzInputGenerator(seed: 5).input(17) == FuzzInputGenerator(seed: 5).input(17))
        #expect(FuzzInputGenerator(seed: 5).input(17) != FuzzInputGenerator(seed: 6).input(17))
    }

    @Test func anOffsetOutsideTheTextAndASlowStepAreReported() {
        let lying = FuzzStage(name: "lying") { _ in ("abc", [Span(start: 1, end: 4)]) }
        let slow = FuzzStage(name: "slow") { _ in Thread.sleep(forTimeInterval: 1.1); return ("", []) }
        let report = FuzzRun(seed: 1, inputs: 1, stages: [lying, slow]).run()
        #expect(report.failures.map(\.stage) == ["lying", "slow/slow"])
        #expect(report.failures.first?.problem.contains("outside text of 3 scalars") == true)
    }
}
