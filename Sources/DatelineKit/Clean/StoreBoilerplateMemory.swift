import Foundation

/// The store's paragraph counts seen by the cleaner, plus the documents of the batches being ingested
/// (not yet settled), so a footer repeated within one ingest run is learned in that same run.
///
/// An outlet's counts are read from the store once and kept up to date with what each batch
/// counted, instead of a lookup per paragraph of every article (a read transaction each, which cost
/// more than cleaning the article). Another process's commits are noticed at the next batch and the
/// counts read again.
///
/// A batch goes through three states: filling (`remember`), handed to the store (`handOver`), and
/// settled once the next batch is handed over (`settle`) — at that fixed point, not whenever its
/// commit lands, so cleaning decides the same way however the writing overlaps it.
///
/// ```swift
/// let memory = StoreBoilerplateMemory(store: store)
/// let cleaner = ArticleCleaner(memory: memory)
/// memory.remember(document)        // after deciding to store it
/// memory.handOver()                // the batch goes to the store
/// memory.settle(counted: stored)   // it is committed: the documents the store counted
/// ```
public final class StoreBoilerplateMemory: BoilerplateMemory, @unchecked Sendable {
    public let store: any OutletParagraphCounts
    private let lock = NSLock()
    /// outlet → paragraph fingerprint → documents carrying it, of the batch being filled and of
    /// the batch handed over and not settled.
    private var pending: [String: [Int64: Int]] = [:]
    private var handedOver: [String: [Int64: Int]] = [:]
    private var holdsHandedOver = false
    /// outlet → paragraph fingerprint → settled documents carrying it, for outlets read so far.
    private var committed: [String: [Int64: Int]] = [:]
    private var committedCount = 0
    /// `commitsByOthers` when `committed` was last known to match the store.
    private var othersSeen: Int?
    /// Bounds memory on a store with many outlets and long histories (about 40 bytes per count):
    /// past it, the counts are dropped and read again as outlets come up.
    let capacity: Int
    /// Waits until the handed-over batch is committed and returns the documents the store counted
    /// (set by the ingest run). Reading an outlet's counts needs it: the store may already hold
    /// that batch, which is still counted as handed over.
    var storedHandedOver: (() throws -> [Document])?

    public init(store: any OutletParagraphCounts, capacity: Int = 2_000_000) {
        self.store = store
        self.capacity = capacity
    }

    public func repeats(of paragraphs: [Substring], outlet: String) throws -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        let outletCounts = try committedCounts(outlet: outlet)
        let waiting = pending[outlet], handed = handedOver[outlet]
        return paragraphs.map { paragraph in
            let fingerprint = Self.fingerprint(paragraph)
            return (outletCounts[fingerprint] ?? 0) + (waiting?[fingerprint] ?? 0) + (handed?[fingerprint] ?? 0)
        }
    }

    /// Called with the lock held.
    private func committedCounts(outlet: String) throws -> [Int64: Int] {
        if othersSeen != store.commitsByOthers {
            committed.removeAll()
            committedCount = 0
            othersSeen = store.commitsByOthers
        }
        if let known = committed[outlet] { return known }
        let unsettled = holdsHandedOver ? try storedHandedOver?() ?? [] : []
        var read = try store.paragraphCounts(outlet: outlet)
        for document in unsettled where document.outlet == outlet {
            for fingerprint in Self.fingerprints(of: document) { read[fingerprint]? -= 1 }
        }
        if committedCount + read.count > capacity {
            committed.removeAll()
            committedCount = 0
        }
        committed[outlet] = read
        committedCount += read.count
        return read
    }

    /// Counts a document about to be stored (each distinct paragraph once, cut ones included).
    public func remember(_ document: Document, fingerprints given: [Int64]? = nil) {
        guard let outlet = document.outlet else { return }
        let fingerprints = given ?? Self.fingerprints(of: document)
        lock.lock()
        defer { lock.unlock() }
        for fingerprint in fingerprints { pending[outlet, default: [:]][fingerprint, default: 0] += 1 }
    }

    /// The batch filled so far goes to the store; the one handed over before must be settled.
    public func handOver() {
        lock.lock()
        defer { lock.unlock() }
        precondition(!holdsHandedOver, "settle the batch handed over before")
        handedOver = pending
        pending = [:]
        holdsHandedOver = true
    }

    /// Once the handed-over batch is committed: drops its counts and adds what the store itself
    /// counted for it — its documents stored as originals, not near-duplicates or identical copies.
    public func settle(counted documents: [Document]) {
        lock.lock()
        defer { lock.unlock() }
        handedOver = [:]
        holdsHandedOver = false
        for document in documents {
            guard let outlet = document.outlet, committed[outlet] != nil else { continue }
            for fingerprint in Self.fingerprints(of: document) {
                committed[outlet]![fingerprint, default: 0] += 1
                if committed[outlet]![fingerprint] == 1 { committedCount += 1 }
            }
        }
    }

    /// Drops the counts of batches rolled back.
    public func forgetPending() {
        lock.lock()
        pending.removeAll()
        handedOver.removeAll()
        holdsHandedOver = false
        lock.unlock()
    }

    /// The distinct fingerprints the store counts for a document: its paragraphs and the cut ones.
    /// Sorted, each once. Found on the text's UTF-8 bytes, the paragraphs split as
    /// `Document.paragraphs(of:)` splits them, without making a substring of each.
    public static func fingerprints(of document: Document) -> [Int64] {
        var fingerprints: [Int64] = []
        var text = document.text
        let split = text.withUTF8 { bytes -> Bool in
            guard !bytes.contains(UInt8(ascii: "\r")) else { return false }
            var start = 0, i = 0
            while i < bytes.count {
                if bytes[i] == UInt8(ascii: "\n"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "\n") {
                    if start != i { fingerprints.append(fingerprint(bytes: bytes[start..<i])) }
                    i += 2
                    start = i
                } else {
                    i += 1
                }
            }
            if start != bytes.count { fingerprints.append(fingerprint(bytes: bytes[start...])) }
            return true
        }
        if !split { fingerprints = Document.paragraphs(of: document.text).map(fingerprint) }
        for removed in document.removed { fingerprints.append(fingerprint(Substring(removed.text))) }
        fingerprints.sort()
        var unique = fingerprints.isEmpty ? 0 : 1
        for i in fingerprints.indices.dropFirst() where fingerprints[i] != fingerprints[unique - 1] {
            fingerprints[unique] = fingerprints[i]
            unique += 1
        }
        fingerprints.removeLast(fingerprints.count - unique)
        return fingerprints
    }

    /// 64-bit FNV-1a fingerprint of a paragraph normalised for comparison: ASCII letters lowercased,
    /// every run of spaces and punctuation made one space, so "Read more »" and "read more" match.
    public static func fingerprint(_ paragraph: Substring) -> Int64 {
        fingerprint(bytes: paragraph.utf8)
    }

    @inline(__always)
    static func fingerprint<Bytes: Sequence>(bytes: Bytes) -> Int64 where Bytes.Element == UInt8 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        var pendingSpace = false
        var started = false
        for byte in bytes {
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
