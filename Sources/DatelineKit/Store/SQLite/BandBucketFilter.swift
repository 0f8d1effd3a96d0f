import Foundation
import GRDB

/// Which LSH buckets (`near_duplicate_bands`, both parts) may hold a stored document: a Bloom
/// filter kept in memory between storing transactions, so an article that shares no bucket with
/// any stored one — nearly every article — is known to have no near-duplicate candidate without
/// its 16 buckets being looked up in both parts of the table (32 index seeks, ~35 µs an article,
/// the costliest statement of a batch at 10,000 stored articles).
///
/// A Bloom filter only errs one way: a bucket it says is empty is empty; one it says may be taken
/// is looked up in the table as before. So it must hold every stored bucket, which it does while
/// no other connection has written: it is filled from the table when this process has seen no
/// other writer since its previous batch (`PRAGMA data_version`, as `TimelineEntryMemory`), and
/// each stored document adds its buckets. Bits of a rolled-back batch stay set: they only send a
/// lookup to the table. While another process writes, the filter is not used.
final class BandBucketFilter: @unchecked Sendable {
    private let lock = NSLock()
    private var bits: [UInt64] = []
    /// log2 of the number of bits.
    private var shift = 0
    private var added = 0
    private var capacity = 0
    /// The data version the bits are complete for; nil when they are not filled.
    private var trustedVersion: Int64?
    /// The data version seen at the start of this process's previous storing transaction.
    private var lastSeen: Int64?

    /// Bits per bucket when filled: with three probes, about 1 bucket in 700 that is not stored
    /// is taken for one that may be, so ~2% of articles still look their 16 buckets up.
    static let bitsPerBucket = 24
    static let probes = 3

    /// Called at the start of a storing transaction, under the write lock. Whether the filter holds
    /// every stored bucket for this transaction; fills it first when this process saw no other
    /// writer since its previous transaction (a one-batch ingest never pays for filling it).
    func isCurrent(dataVersion: Int64, in db: Database) throws -> Bool {
        lock.lock()
        defer { lock.unlock() }
        defer { lastSeen = dataVersion }
        if trustedVersion == dataVersion && added <= capacity { return true }
        trustedVersion = nil
        guard lastSeen == dataVersion else { return false }
        try fill(from: db)
        trustedVersion = dataVersion
        return true
    }

    /// Reads every stored bucket, sizing the filter for twice as many as there are.
    private func fill(from db: Database) throws {
        let stored = try Int.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM near_duplicate_bands) + (SELECT count(*) FROM near_duplicate_bands_recent)
            """) ?? 0
        capacity = max(2 * stored, 65_536)
        shift = max(20, Int.bitWidth - (capacity * Self.bitsPerBucket - 1).leadingZeroBitCount)
        bits = [UInt64](repeating: 0, count: 1 << (shift - 6))
        added = 0
        for table in ["near_duplicate_bands", "near_duplicate_bands_recent"] {
            let rows = try Int64.fetchCursor(db, sql: "SELECT bucket FROM \(table)")
            while let bucket = try rows.next() { insertLocked(bucket) }
        }
    }

    /// Whether the filter was filled and no other writer has been seen since.
    var isFilled: Bool {
        lock.lock()
        defer { lock.unlock() }
        return trustedVersion != nil
    }

    /// Adds a stored document's buckets.
    func insert(_ buckets: [Int64]) {
        lock.lock()
        defer { lock.unlock() }
        guard trustedVersion != nil else { return }
        for bucket in buckets { insertLocked(bucket) }
    }

    /// Whether any of the buckets may hold a stored document (false: none does).
    func mayHoldAny(_ buckets: [Int64]) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard trustedVersion != nil else { return true }
        return buckets.contains(where: containsLocked)
    }

    private func insertLocked(_ bucket: Int64) {
        added += 1
        var position = Probe(bucket, shift: shift)
        for _ in 0..<Self.probes {
            let at = position.next()
            bits[at >> 6] |= 1 << UInt64(at & 63)
        }
    }

    private func containsLocked(_ bucket: Int64) -> Bool {
        var position = Probe(bucket, shift: shift)
        for _ in 0..<Self.probes {
            let at = position.next()
            if bits[at >> 6] & (1 << UInt64(at & 63)) == 0 { return false }
        }
        return true
    }

    /// A bucket's bit positions. The bucket values are already 64-bit hashes: the probes are
    /// double hashing on its two halves, the step made odd so the positions differ.
    private struct Probe {
        var value: UInt64
        let step: UInt64
        let mask: UInt64

        init(_ bucket: Int64, shift: Int) {
            value = UInt64(bitPattern: bucket)
            step = (value >> 32 | value << 32) | 1
            mask = UInt64(1) << UInt64(shift) - 1
        }

        mutating func next() -> Int {
            defer { value &+= step }
            return Int(value & mask)
        }
    }
}
