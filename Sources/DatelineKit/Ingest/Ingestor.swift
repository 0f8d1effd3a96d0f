import Foundation

/// `dateline ingest` as a library call: reads inputs, skips those already ingested, cleans them with
/// the store's learned boilerplate, runs the annotation pipeline and stores documents in batches of
/// `batchSize`, one transaction each — a killed run leaves only whole batches, and the next run
/// skips what they hold.
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

/// The state of one ingest run: the batch waiting for its transaction and the tallies so far.
struct IngestRun {
    let ingestor: Ingestor
    let problem: (InputProblem) -> Void
    let memory: StoreBoilerplateMemory
    let cleaner: ArticleCleaner
    var summary = IngestSummary()
    var batch: [IngestItem] = []
    var batchKeys: Set<InputKey> = []
    var filesDone = 0
    /// Batches stored so far: a chunk's answer from the store is stale once one was stored after it.
    private var flushes = 0
    /// How many inputs `add(_:)` checks against the store with one query.
    static let checkChunk = 64

    init(ingestor: Ingestor, problem: @escaping (InputProblem) -> Void) {
        self.ingestor = ingestor
        self.problem = problem
        memory = StoreBoilerplateMemory(store: ingestor.store)
        cleaner = ArticleCleaner(memory: memory)
    }

    mutating func fail(_ failure: InputProblem) {
        summary.failed += 1
        problem(failure)
    }

    /// Adds inputs in order, asking the store once which of them were already ingested (each
    /// lookup outside the storing transaction is a read transaction of its own).
    mutating func add(_ inputs: [ArticleInput]) throws {
        guard inputs.count > 1 else {
            if let input = inputs.first { try add(input) }
            return
        }
        let keys = inputs.map(InputKey.init)
        let stored = try ingestor.store.knownInputs(keys.filter { !batchKeys.contains($0) })
        let flushesAtCheck = flushes
        for (input, key) in zip(inputs, keys) {
            // After a batch was stored, an input this chunk repeats may be in it: ask again.
            try add(input, key: key, stored: flushes == flushesAtCheck ? stored.contains(key) : nil)
        }
    }

    mutating func add(_ input: ArticleInput) throws {
        try add(input, key: InputKey(input), stored: nil)
    }

    /// `stored`: whether the store already holds `key`, when the caller knows; nil asks it.
    private mutating func add(_ input: ArticleInput, key: InputKey, stored: Bool?) throws {
        summary.read += 1
        summary.bytes += input.byteCount
        let known = try batchKeys.contains(key) || (stored ?? !ingestor.store.knownInputs([key]).isEmpty)
        if known {
            summary.alreadyIngested += 1
            return
        }
        var document: Document
        do { document = try cleaner.document(from: input) } catch { fail(error); return }
        if document.published == nil, let fallback = ingestor.publishedFallback {
            document.published = PublicationDate.given(fallback, basis: "given on the command line (--published)")
        }
        let item = IngestItem(annotated: ingestor.pipeline.annotated(document), input: key)
        // A syndicated copy within the batch must not teach the memory that its paragraphs repeat.
        let copiesPending = batch.contains {
            $0.annotated.document.outlet == document.outlet
                && $0.signature.similarity(item.signature) >= MinHashSignature.nearDuplicateThreshold
        }
        if !copiesPending { memory.remember(document) }
        batch.append(item)
        batchKeys.insert(key)
        if batch.count >= ingestor.batchSize { try flush() }
    }

    mutating func flush() throws {
        guard !batch.isEmpty else { return }
        defer {
            flushes += 1
            batch.removeAll(keepingCapacity: true)
            batchKeys.removeAll(keepingCapacity: true)
        }
        let outcomes: [StoreOutcome]
        do { outcomes = try ingestor.store.store(batch) } catch {
            memory.forgetPending()
            throw error
        }
        var counted: [Document] = []
        for (item, outcome) in zip(batch, outcomes) {
            switch outcome {
            case .stored:
                summary.stored += 1
                // Only originals have their paragraphs counted by the store.
                counted.append(item.annotated.document)
            case .storedNearDuplicate: summary.nearDuplicates += 1
            case .alreadyStored: summary.duplicates += 1
            }
        }
        memory.settle(counted: counted)
    }
}
