import Foundation

/// `dateline ingest` as a library call: reads inputs, skips those already ingested, cleans them with
/// the store's learned boilerplate, runs the annotation pipeline (on `jobs` threads) and stores
/// documents in batches of `batchSize`, one transaction each — a killed run leaves only whole
/// batches, and the next run skips what they hold.
///
/// ```swift
/// let store = try SQLiteStore(path: "dateline.sqlite")
/// let summary = try Ingestor(store: store).ingest(["examples/"], problem: { print($0) })
/// print(summary.line)
/// ```
public struct Ingestor: Sendable {
    public var store: any DocumentStore
    public var reader = InputReader()
    public var pipeline = Pipeline.standard
    public var batchSize = 200
    /// Threads annotating documents; above 1, a batch is also written while the next is prepared.
    /// The stored result is the same for any number (`IngestRun`).
    public var jobs = 1
    /// The `--published` date, for documents that carry none.
    public var publishedFallback: String?

    public init(store: any DocumentStore, batchSize: Int = 200) {
        self.store = store
        self.batchSize = batchSize
    }

    /// Ingests everything under `paths`. Unreadable inputs are reported through `problem` and counted
    /// as failed; the rest go on. Throws only when the store itself fails (then the current batch is
    /// rolled back and earlier batches stay stored).
    public func ingest(_ paths: [String], progress: (IngestProgress) -> Void = { _ in },
                       problem: @escaping (InputProblem) -> Void = { _ in }) throws -> IngestSummary {
        var run = IngestRun(ingestor: self, problem: problem)
        let files = reader.expand(paths) { run.fail($0) }
        // Inputs go to the run in chunks of at least `checkChunk` (a folder of text files gives one
        // per file), so the store is asked which were already ingested once per chunk.
        var inputs: [ArticleInput] = []
        var filesRead: [String] = []
        func addChunk() throws {
            try run.add(inputs)
            inputs.removeAll(keepingCapacity: true)
            for file in filesRead {
                run.filesDone += 1
                progress(IngestProgress(filesDone: run.filesDone, filesTotal: files.count, file: file, summary: run.summary))
            }
            filesRead.removeAll(keepingCapacity: true)
        }
        for file in files {
            reader.readFile(file) { result in
                switch result {
                case .success(let input): inputs.append(input)
                case .failure(let failure): run.fail(failure)
                }
            }
            filesRead.append(file)
            if inputs.count >= IngestRun.checkChunk { try addChunk() }
        }
        try addChunk()
        try run.flush()
        return run.summary
    }
}
