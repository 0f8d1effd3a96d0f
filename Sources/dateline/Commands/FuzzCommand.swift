import ArgumentParser
import DatelineKit
import Foundation

struct Fuzz: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run seeded random inputs through every stage: no crash, no hang, no offset outside the text.",
        discussion: "Example: dateline fuzz --inputs 20000 --seed 7 --save-failures Tests/DatelineKitTests/FuzzRegressions")

    @Option(help: "Number of generated inputs.") var inputs = 5_000
    @Option(help: "Seconds one stage may run on one input before it counts as a hang (the run then stops, exit 3).")
    var hangSeconds: Double = 60
    @Option(help: "Random seed (same seed, same inputs).") var seed: UInt64 = 1
    @Option(help: "Folder to save failing inputs into (as regression cases).") var saveFailures: String?
    @Option(help: "File the current input is written to before it runs, so a crash leaves it behind.")
    var currentInput: String?

    func run() throws {
        var fuzz = FuzzRun(seed: seed, inputs: inputs, currentInputPath: currentInput)
        fuzz.hangSeconds = hangSeconds
        let bar = ProgressBar(enabled: Terminal.stderrIsInteractive)
        let report = fuzz.run { done in bar.update(done: done, total: inputs, label: "inputs") }
        bar.finish()
        print("inputs tried: \(report.inputsTried) (\(report.bytesTried / 1000) KB) through \(fuzz.stages.map(\.name).joined(separator: ", "))")
        print(String(format: "slowest step: %.3f s (%@)", report.slowestSeconds, report.slowestStep))
        print("failures: \(report.failures.count)")
        for failure in report.failures.prefix(20) { print("  \(failure)") }
        if let saveFailures {
            try FileManager.default.createDirectory(atPath: saveFailures, withIntermediateDirectories: true)
            for failure in report.failures {
                let path = (saveFailures as NSString).appendingPathComponent("seed\(seed)-input\(failure.input).bin")
                FileManager.default.createFile(atPath: path, contents: Data(failure.bytes))
            }
        }
        if !report.failures.isEmpty { throw ExitCode(1) }
    }
}
