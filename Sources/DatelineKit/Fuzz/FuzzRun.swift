import Foundation

/// Runs generated inputs through every stage, checking that none is slow (> 1 s on an input of
/// 100 KB or less) and that every span lies inside its text. A crash ends the process: the runner
/// writes each input to `currentInputPath` first, so the crashing input survives for a regression test.
public struct FuzzRun: Sendable {
    public var generator: FuzzInputGenerator
    public var stages: [FuzzStage]
    public var inputs: Int
    /// Where the input being run is written before each run (nil: not written).
    public var currentInputPath: String?

    public init(seed: UInt64, inputs: Int, stages: [FuzzStage] = FuzzStage.all, currentInputPath: String? = nil) {
        self.generator = FuzzInputGenerator(seed: seed)
        self.stages = stages
        self.inputs = inputs
        self.currentInputPath = currentInputPath
    }

    public struct Failure: Sendable, CustomStringConvertible {
        public var input: Int
        public var stage: String
        public var problem: String
        public var bytes: [UInt8]
        public var description: String { "input \(input), \(stage): \(problem)" }
    }

    public struct Report: Sendable {
        public var inputsTried = 0
        public var bytesTried = 0
        public var slowestSeconds = 0.0
        public var failures: [Failure] = []
    }

    public func run(progress: ((Int) -> Void)? = nil) -> Report {
        var report = Report()
        for index in 0..<inputs {
            let bytes = generator.input(index)
            if let currentInputPath { FileManager.default.createFile(atPath: currentInputPath, contents: Data(bytes)) }
            for stage in stages {
                if let failure = check(stage, bytes: bytes, index: index, report: &report) { report.failures.append(failure) }
            }
            report.inputsTried += 1
            report.bytesTried += bytes.count
            progress?(index + 1)
        }
        return report
    }

    /// Runs one stage on one input and returns what went wrong, if anything.
    public func check(_ stage: FuzzStage, bytes: [UInt8], index: Int, report: inout Report) -> Failure? {
        let start = DispatchTime.now().uptimeNanoseconds
        let (text, spans) = stage.run(bytes)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        report.slowestSeconds = max(report.slowestSeconds, seconds)
        if seconds > 1, bytes.count <= 100_000 {
            return Failure(input: index, stage: stage.name, problem: String(format: "took %.2f s on %d bytes", seconds, bytes.count), bytes: bytes)
        }
        let length = text.unicodeScalars.count
        if let bad = spans.first(where: { $0.start < 0 || $0.end > length || $0.start > $0.end }) {
            return Failure(input: index, stage: stage.name, problem: "span \(bad.start)..<\(bad.end) outside text of \(length) scalars", bytes: bytes)
        }
        return nil
    }
}
