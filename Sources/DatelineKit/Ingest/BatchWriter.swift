import Foundation

/// Stores an ingest run's batches one at a time — on a thread of its own when asked, so the next
/// batch is cleaned and annotated while this one is written. One batch at most is handed over and
/// not yet collected: `wait()` before the next `submit`.
final class BatchWriter: @unchecked Sendable {
    private let store: any DocumentStore
    private let queue: DispatchQueue?
    private let group = DispatchGroup()
    // Written by the queue before `group.leave()`, read after `group.wait()`.
    private var items: [IngestItem] = []
    private var result: Result<[StoreOutcome], any Error>?

    /// Whether a batch was submitted and not yet collected.
    private(set) var holdsBatch = false

    init(store: any DocumentStore, background: Bool) {
        self.store = store
        queue = background ? DispatchQueue(label: "dateline.ingest.writer", qos: .userInitiated) : nil
    }

    /// Starts storing `batch`; without a thread of its own, stores it before returning and throws
    /// what the store threw.
    func submit(_ batch: [IngestItem]) throws {
        precondition(!holdsBatch, "collect the previous batch first")
        items = batch
        holdsBatch = true
        guard let queue else {
            result = Result { try store.store(batch) }
            _ = try result!.get()
            return
        }
        result = nil
        group.enter()
        queue.async {
            self.result = Result { try self.store.store(batch) }
            self.group.leave()
        }
    }

    /// Waits for the submitted batch to be committed: its items and their outcomes.
    func wait() throws -> (items: [IngestItem], outcomes: [StoreOutcome]) {
        group.wait()
        guard let result else { return ([], []) }
        return (items, try result.get())
    }

    /// The submitted batch's documents whose paragraphs the store counted (originals, not
    /// near-duplicates or identical copies), once it is committed.
    func countedDocuments() throws -> [Document] {
        guard holdsBatch else { return [] }
        let (items, outcomes) = try wait()
        return Self.counted(items, outcomes)
    }

    /// Of a stored batch, the documents whose paragraphs the store counted: only originals.
    static func counted(_ items: [IngestItem], _ outcomes: [StoreOutcome]) -> [Document] {
        zip(items, outcomes).compactMap { item, outcome in
            if case .stored = outcome { return item.annotated.document }
            return nil
        }
    }

    /// Forgets the submitted batch after `wait()`.
    func collect() {
        group.wait()
        holdsBatch = false
        items = []
        result = nil
    }
}
