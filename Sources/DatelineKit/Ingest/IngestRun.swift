import Foundation

/// The state of one ingest run: the batch being filled, the batch handed to the store, and the
/// tallies so far.
///
/// Cleaning runs in input order on the caller's thread, because each document's boilerplate
/// decision may rest on the documents before it (`StoreBoilerplateMemory`). Annotation is per
/// document and runs on `Ingestor.jobs` threads, a chunk of inputs at a time. With more than one
/// job, a full batch is written on the writer's thread while the next one is prepared.
///
/// The result does not depend on the number of jobs: a batch's paragraph counts settle when the
/// next batch is handed over (not when its commit happens to land), and inputs of the batch in
/// flight are recognised from its keys, not from the store.
struct IngestRun {
    let ingestor: Ingestor
    let problem: (InputProblem) -> Void
    let memory: StoreBoilerplateMemory
    let cleaner: ArticleCleaner
    private let writer: BatchWriter
    var summary = IngestSummary()
    var filesDone = 0
    /// The batch being filled, and its inputs' keys.
    private var batch: [IngestItem] = []
    private var batchKeys: Set<InputKey> = []
    /// The signatures of the documents cleaned since the last hand-over (the batch being filled
    /// and the chunk being annotated), by outlet: a document is compared with its own outlet's
    /// only, instead of reading every document of the batch for its outlet.
    private var pendingByOutlet: [String?: [MinHashSignature]] = [:]
    /// Keys of the batch handed to the writer and not yet settled.
    private var handedKeys: Set<InputKey> = []
    /// Batches handed over so far: a chunk's answer from the store is stale once one was stored after it.
    private var handOvers = 0
    /// How many inputs `add(_:)` checks against the store with one query and annotates together.
    static let checkChunk = 64

    init(ingestor: Ingestor, problem: @escaping (InputProblem) -> Void) {
        self.ingestor = ingestor
        self.problem = problem
        writer = BatchWriter(store: ingestor.store, background: ingestor.jobs > 1)
        memory = StoreBoilerplateMemory(store: ingestor.store)
        memory.storedHandedOver = { [writer] in try writer.countedDocuments() }
        cleaner = ArticleCleaner(memory: memory)
    }

    mutating func fail(_ failure: InputProblem) {
        summary.failed += 1
        problem(failure)
    }

    /// A cleaned document waiting for annotation.
    private struct Cleaned {
        var document: Document
        var key: InputKey
        var signature: MinHashSignature
        var fingerprints: [Int64]
    }

    mutating func add(_ input: ArticleInput) throws {
        try add([input])
    }

    /// Adds inputs in order, asking the store once which of them were already ingested (each
    /// lookup outside the storing transaction is a read transaction of its own).
    mutating func add(_ inputs: [ArticleInput]) throws {
        guard !inputs.isEmpty else { return }
        let keys = inputs.map(InputKey.init)
        let stored = try ingestor.store.knownInputs(keys.filter { !batchKeys.contains($0) && !handedKeys.contains($0) })
        let handOversAtCheck = handOvers
        var cleaned: [Cleaned] = []
        for (input, key) in zip(inputs, keys) {
            summary.read += 1
            summary.bytes += input.byteCount
            // After a batch was handed over, an input this chunk repeats may be in it: ask again.
            let inStore = handOvers == handOversAtCheck ? stored.contains(key) : !(try ingestor.store.knownInputs([key]).isEmpty)
            if batchKeys.contains(key) || handedKeys.contains(key) || inStore {
                summary.alreadyIngested += 1
                continue
            }
            var document: Document
            do { document = try cleaner.document(from: input) } catch { fail(error); continue }
            if document.published == nil, let fallback = ingestor.publishedFallback {
                document.published = PublicationDate.given(fallback, basis: "given on the command line (--published)")
            }
            let signature = MinHashSignature(text: document.text)
            // A syndicated copy within the batch must not teach the memory that its paragraphs repeat.
            let copiesPending = pendingByOutlet[document.outlet]?.contains {
                $0.similarity(signature) >= MinHashSignature.nearDuplicateThreshold
            } ?? false
            pendingByOutlet[document.outlet, default: []].append(signature)
            let fingerprints = StoreBoilerplateMemory.fingerprints(of: document)
            if !copiesPending { memory.remember(document, fingerprints: fingerprints) }
            cleaned.append(Cleaned(document: document, key: key, signature: signature, fingerprints: fingerprints))
            batchKeys.insert(key)
            if batch.count + cleaned.count >= ingestor.batchSize {
                annotate(cleaned)
                cleaned.removeAll(keepingCapacity: true)
                try handOver()
            }
        }
        annotate(cleaned)
    }

    /// Runs the pipeline over cleaned documents, on `jobs` threads, and adds them to the batch in order.
    private mutating func annotate(_ cleaned: [Cleaned]) {
        guard !cleaned.isEmpty else { return }
        let pipeline = ingestor.pipeline
        let jobs = min(max(1, ingestor.jobs), cleaned.count)
        var annotated: [AnnotatedDocument]
        if jobs == 1 {
            annotated = cleaned.map { pipeline.annotated($0.document) }
        } else {
            let slots = Slots<AnnotatedDocument>(count: cleaned.count)
            DispatchQueue.concurrentPerform(iterations: jobs) { job in
                for i in stride(from: job, to: cleaned.count, by: jobs) { slots.put(pipeline.annotated(cleaned[i].document), at: i) }
            }
            annotated = slots.values()
        }
        for (item, document) in zip(cleaned, annotated) {
            batch.append(IngestItem(annotated: document, input: item.key, signature: item.signature, paragraphFingerprints: item.fingerprints))
        }
    }

    /// Settles the batch handed over before (waiting for its commit), then hands over the one filled.
    private mutating func handOver() throws {
        guard !batch.isEmpty else { return }
        try settleHandedOver()
        memory.handOver()
        handedKeys = batchKeys
        let items = batch
        batch.removeAll(keepingCapacity: true)
        batchKeys.removeAll(keepingCapacity: true)
        pendingByOutlet.removeAll(keepingCapacity: true)
        handOvers += 1
        do { try writer.submit(items) } catch {
            memory.forgetPending()
            throw error
        }
    }

    private mutating func settleHandedOver() throws {
        guard writer.holdsBatch else { return }
        defer { writer.collect() }
        let items: [IngestItem], outcomes: [StoreOutcome]
        do { (items, outcomes) = try writer.wait() } catch {
            memory.forgetPending()
            throw error
        }
        for outcome in outcomes {
            switch outcome {
            case .stored: summary.stored += 1
            case .storedNearDuplicate: summary.nearDuplicates += 1
            case .alreadyStored: summary.duplicates += 1
            }
        }
        memory.settle(counted: BatchWriter.counted(items, outcomes))
        handedKeys = []
    }

    /// Stores what is left and waits for it: the summary is final afterwards.
    mutating func flush() throws {
        try handOver()
        try settleHandedOver()
    }
}

/// Results written by concurrent workers, each to its own index.
private final class Slots<Value>: @unchecked Sendable {
    private let pointer: UnsafeMutablePointer<Value?>
    private let count: Int

    init(count: Int) {
        self.count = count
        pointer = .allocate(capacity: count)
        pointer.initialize(repeating: nil, count: count)
    }

    deinit {
        pointer.deinitialize(count: count)
        pointer.deallocate()
    }

    func put(_ value: Value, at index: Int) { pointer[index] = value }

    func values() -> [Value] { (0..<count).map { pointer[$0]! } }
}
