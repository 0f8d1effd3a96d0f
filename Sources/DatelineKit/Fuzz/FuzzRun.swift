import Foundation

/// Runs generated inputs through every stage, checking that no step is slow (> 1 s on an input of
/// 100 KB or less) and that every span lies inside its text. A crash ends the process: the runner
/// writes each input to `currentInputPath` first, so the crashing input survives for a regression test.
/// A step that never returns is caught by a watchdog, which names the input and stage and exits.
public struct FuzzRun: Sendable {
    public var generator: FuzzInputGenerator
    public var stages: [FuzzStage]
    public var inputs: Int
    /// Where the input being run is written before each run (nil: not written).
    public var currentInputPath: String?
    /// A stage running longer than this on one input is a hang: the process reports it and exits.
    public var hangSeconds: Double = 60
    /// A step taking longer than this on an input of 100 KB or less is reported as slow. One second is
    /// the limit for release builds (`dateline fuzz`); unoptimised test builds run far slower.
    public var slowSeconds: Double = 1

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
        public var slowestStep = ""
        public var failures: [Failure] = []
    }

    public func run(progress: ((Int) -> Void)? = nil) -> Report {
        var report = Report()
        let watchdog = FuzzWatchdog(limit: hangSeconds, savedAt: currentInputPath)
        defer { watchdog.stop() }
        for index in 0..<inputs {
            let bytes = generator.input(index)
            if let currentInputPath { FileManager.default.createFile(atPath: currentInputPath, contents: Data(bytes)) }
            for stage in stages {
                watchdog.begin("input \(index) (\(bytes.count) bytes, seed \(generator.seed)), stage \(stage.name)")
                if let failure = check(stage, bytes: bytes, index: index, report: &report) { report.failures.append(failure) }
            }
            watchdog.begin(nil)
            report.inputsTried += 1
            report.bytesTried += bytes.count
            progress?(index + 1)
        }
        return report
    }

    /// Runs one stage on one input and returns what went wrong, if anything.
    public func check(_ stage: FuzzStage, bytes: [UInt8], index: Int, report: inout Report) -> Failure? {
        let outcome = stage.measure(bytes)
        for (step, seconds) in outcome.steps {
            if seconds > report.slowestSeconds { (report.slowestSeconds, report.slowestStep) = (seconds, step) }
            if seconds > slowSeconds, bytes.count <= 100_000 {
                return Failure(input: index, stage: "\(stage.name)/\(step)",
                               problem: String(format: "took %.2f s on %d bytes", seconds, bytes.count), bytes: bytes)
            }
        }
        let length = outcome.text.unicodeScalars.count
        if let bad = outcome.spans.first(where: { $0.start < 0 || $0.end > length || $0.start > $0.end }) {
            return Failure(input: index, stage: stage.name, problem: "span \(bad.start)..<\(bad.end) outside text of \(length) scalars", bytes: bytes)
        }
        return nil
    }
}

/// Watches the fuzz loop from another thread: if one stage runs past the limit on one input, it names
/// them on stderr and ends the process (exit status 3) — a hang would otherwise never be reported.
final class FuzzWatchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (what: String, since: DispatchTime)?
    private var stopped = false

    init(limit: Double, savedAt: String?) {
        let thread = Thread { [weak self] in
            while let self, !self.isStopped {
                Thread.sleep(forTimeInterval: 0.25)
                guard let (what, since) = self.running else { continue }
                let seconds = Double(DispatchTime.now().uptimeNanoseconds - since.uptimeNanoseconds) / 1e9
                if seconds > limit {
                    let saved = savedAt.map { "; the input is saved at \($0)" } ?? ""
                    FileHandle.standardError.write(Data("fuzz: hang: \(what) still running after \(Int(limit)) s\(saved)\n".utf8))
                    exit(3)
                }
            }
        }
        thread.start()
    }

    func begin(_ what: String?) {
        lock.lock()
        current = what.map { ($0, DispatchTime.now()) }
        lock.unlock()
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    private var isStopped: Bool { lock.lock(); defer { lock.unlock() }; return stopped }
    private var running: (String, DispatchTime)? { lock.lock(); defer { lock.unlock() }; return current }
}
