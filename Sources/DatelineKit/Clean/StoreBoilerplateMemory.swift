import Foundation

/// The store's paragraph counts seen by the cleaner, plus the documents of the batch being ingested
/// (not yet committed), so a footer repeated within one ingest run is learned in that same run.
///
/// ```swift
/// let memory = StoreBoilerplateMemory(store: store)
/// let cleaner = ArticleCleaner(memory: memory)
/// memory.remember(document)   // after deciding to store it; forget the batch once committed
/// ```
public final class StoreBoilerplateMemory: BoilerplateMemory, @unchecked Sendable {
    public let store: any BoilerplateMemory
    private let lock = NSLock()
    /// outlet → paragraph fingerprint → documents of the uncommitted batch that carry it.
    private var pending: [String: [Int64: Int]] = [:]

    public init(store: any BoilerplateMemory) {
        self.store = store
    }

    public func repeats(of paragraphs: [Substring], outlet: String) throws -> [Int] {
        var counts = try store.repeats(of: paragraphs, outlet: outlet)
        lock.lock()
        defer { lock.unlock() }
        guard let waiting = pending[outlet] else { return counts }
        for (i, paragraph) in paragraphs.enumerated() {
            counts[i] += waiting[Self.fingerprint(paragraph)] ?? 0
        }
        return counts
    }

    /// Counts a document about to be stored (each distinct paragraph once, cut ones included).
    public func remember(_ document: Document) {
        guard let outlet = document.outlet else { return }
        var fingerprints = Set(document.paragraphs.map(Self.fingerprint))
        for removed in document.removed { fingerprints.insert(Self.fingerprint(Substring(removed.text))) }
        lock.lock()
        defer { lock.unlock() }
        for fingerprint in fingerprints { pending[outlet, default: [:]][fingerprint, default: 0] += 1 }
    }

    /// Drops the batch's counts once the store holds them (or the batch was rolled back).
    public func forgetPending() {
        lock.lock()
        pending.removeAll()
        lock.unlock()
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
