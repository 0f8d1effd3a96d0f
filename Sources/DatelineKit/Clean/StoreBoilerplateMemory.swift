import Foundation

/// The store's paragraph counts seen by the cleaner, plus the documents of the batch being ingested
/// (not yet committed), so a footer repeated within one ingest run is learned in that same run.
///
/// When the store can hand over an outlet's counts at once (`OutletParagraphCounts`), they are
/// read once per outlet and kept up to date with what each committed batch counted, instead of a
/// lookup per paragraph of every article (a read transaction each, which cost more than cleaning
/// the article). Another process's commits are noticed at the next batch and the counts read again.
///
/// ```swift
/// let memory = StoreBoilerplateMemory(store: store)
/// let cleaner = ArticleCleaner(memory: memory)
/// memory.remember(document)        // after deciding to store it
/// memory.settle(counted: stored)   // once the batch is committed: what the store counted
/// ```
public final class StoreBoilerplateMemory: BoilerplateMemory, @unchecked Sendable {
    public let store: any BoilerplateMemory
    private let lock = NSLock()
    /// outlet → paragraph fingerprint → documents of the uncommitted batch that carry it.
    private var pending: [String: [Int64: Int]] = [:]
    /// outlet → paragraph fingerprint → committed documents carrying it, for outlets read so far.
    private var committed: [String: [Int64: Int]] = [:]
    private var committedCount = 0
    /// `commitsByOthers` when `committed` was last known to match the store.
    private var othersSeen: Int?
    /// Bounds memory on a store with many outlets and long histories (about 40 bytes per count):
    /// past it, the counts are dropped and read again as outlets come up.
    let capacity: Int

    public init(store: any BoilerplateMemory, capacity: Int = 2_000_000) {
        self.store = store
        self.capacity = capacity
    }

    public func repeats(of paragraphs: [Substring], outlet: String) throws -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        var counts: [Int]
        if let source = store as? any OutletParagraphCounts {
            let outletCounts = try committedCounts(outlet: outlet, from: source)
            counts = paragraphs.map { outletCounts[Self.fingerprint($0)] ?? 0 }
        } else {
            counts = try store.repeats(of: paragraphs, outlet: outlet)
        }
        guard let waiting = pending[outlet] else { return counts }
        for (i, paragraph) in paragraphs.enumerated() {
            counts[i] += waiting[Self.fingerprint(paragraph)] ?? 0
        }
        return counts
    }

    /// Called with the lock held.
    private func committedCounts(outlet: String, from source: any OutletParagraphCounts) throws -> [Int64: Int] {
        if othersSeen != source.commitsByOthers {
            committed.removeAll()
            committedCount = 0
            othersSeen = source.commitsByOthers
        }
        if let known = committed[outlet] { return known }
        let read = try source.paragraphCounts(outlet: outlet)
        if committedCount + read.count > capacity {
            committed.removeAll()
            committedCount = 0
        }
        committed[outlet] = read
        committedCount += read.count
        return read
    }

    /// Counts a document about to be stored (each distinct paragraph once, cut ones included).
    public func remember(_ document: Document) {
        guard let outlet = document.outlet else { return }
        let fingerprints = Self.fingerprints(of: document)
        lock.lock()
        defer { lock.unlock() }
        for fingerprint in fingerprints { pending[outlet, default: [:]][fingerprint, default: 0] += 1 }
    }

    /// Once a batch is committed: drops its pending counts and adds what the store itself counted
    /// for it — its documents stored as originals, not near-duplicates or identical copies.
    public func settle(counted documents: [Document]) {
        lock.lock()
        defer { lock.unlock() }
        pending.removeAll()
        for document in documents {
            guard let outlet = document.outlet, committed[outlet] != nil else { continue }
            for fingerprint in Self.fingerprints(of: document) {
                committed[outlet]![fingerprint, default: 0] += 1
                if committed[outlet]![fingerprint] == 1 { committedCount += 1 }
            }
        }
    }

    /// Drops the batch's counts when it was rolled back.
    public func forgetPending() {
        lock.lock()
        pending.removeAll()
        lock.unlock()
    }

    /// The distinct fingerprints the store counts for a document: its paragraphs and the cut ones.
    static func fingerprints(of document: Document) -> Set<Int64> {
        var fingerprints = Set(Document.paragraphs(of: document.text).map(fingerprint))
        for removed in document.removed { fingerprints.insert(fingerprint(Substring(removed.text))) }
        return fingerprints
    }

    /// 64-bit FNV-1a fingerprint of a paragraph normalised for comparison: ASCII letters lowercased,
    /// every run of spaces and punctuation made one space, so "Read more »" and "read more" match.
    public static func fingerprint(_ paragraph: Substring) -> Int64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var pendingSpace = false
        var started = false
        for byte in paragraph.utf8 {
            var b = byte
            switch b {
            case 0x41...0x5A: b |= 0x20
            case 0x30...0x39, 0x61...0x7A, 0x80...0xFF: break
            default:
                pendingSpace = started
                continue
            }
            if pendingSpace {
                h = (h ^ 0x20) &* 0x0000_0100_0000_01B3
                pendingSpace = false
            }
            h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
            started = true
        }
        return Int64(bitPattern: h)
    }
}
