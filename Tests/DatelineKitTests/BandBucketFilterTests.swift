import Foundation
import GRDB
import Testing
@testable import DatelineKit

@Suite("Near-duplicate bucket filter")
struct BandBucketFilterTests {
    /// Well-spread 64-bit values, as bucket keys are.
    static func values(_ range: Range<Int>, salt: UInt64) -> [Int64] {
        range.map { i in
            var h = UInt64(i) &* 0x9E37_79B9_7F4A_7C15 ^ salt
            h = (h ^ (h >> 31)) &* 0xBF58_476D_1CE4_E5B9
            return Int64(bitPattern: h ^ (h >> 29))
        }
    }

    @Test("a bucket filled from the table or added later is never reported empty; most others are")
    func noFalseEmpties() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let stored = Self.values(0..<20_000, salt: 1)
        _ = try scratch.store.store([ScratchStore.item("one", "A document for the bucket rows to belong to.")])
        try scratch.store.pool.write { db in
            for bucket in stored { try db.execute(sql: "INSERT INTO near_duplicate_bands (bucket, document) VALUES (?, 1)", arguments: [bucket]) }
        }
        let filter = BandBucketFilter()
        let answers = try scratch.store.pool.write { db in
            [try filter.isCurrent(dataVersion: 7, in: db), try filter.isCurrent(dataVersion: 7, in: db)]
        }
        // The first transaction a process sees is not trusted: it might follow another writer's.
        #expect(answers == [false, true])
        let later = Self.values(20_000..<30_000, salt: 1)
        filter.insert(later)
        for bucket in stored + later { #expect(filter.mayHoldAny([bucket])) }
        let absent = Self.values(0..<10_000, salt: 2)
        let reportedEmpty = absent.filter { !filter.mayHoldAny([$0]) }.count
        #expect(reportedEmpty > 9_900, "only \(reportedEmpty) of 10,000 absent buckets were known empty")
        // Another writer committed: the filter no longer answers, every bucket may be taken.
        #expect(try scratch.store.pool.write { db in try filter.isCurrent(dataVersion: 8, in: db) } == false)
        #expect(filter.mayHoldAny([absent[0]]))
        #expect(!filter.isFilled)
    }

    /// A wire story no other test stores, for the second process.
    static let harvest = """
        Farmers in the southern provinces began the wheat harvest two weeks early this year after a dry, \
        warm spring, the agriculture ministry said on Monday.

        The ministry expects a crop of about 84 million tonnes, slightly below last year's record, and said \
        storage capacity at the main ports had been expanded to handle exports.

        Grain traders said prices on the domestic market had eased since April, when fears of a late frost \
        pushed them to a three-year high.

        Officials plan to review the export quota in July once the first yields from the northern regions are known.
        """

    @Test("near-duplicates are found while the filter answers, and after another process stored the original")
    func nearDuplicatesStillFound() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.sqlite").path
        let first = try SQLiteStore(path: path)
        func item(_ id: String, _ text: String) -> IngestItem { ScratchStore.item(id, text, outlet: id) }
        func original(_ outcome: StoreOutcome) -> String? {
            if case .storedNearDuplicate(_, let original, _) = outcome { return original }
            return nil
        }
        _ = try first.store([item("lula", NearDuplicateTests.unrelated)])
        #expect(!first.bandBuckets.isFilled, "a one-batch ingest does not fill the filter")
        _ = try first.store([item("wire", NearDuplicateTests.story)])
        #expect(first.bandBuckets.isFilled, "the second batch of a lone writer fills it")
        #expect(original(try first.store([item("courier", NearDuplicateTests.syndicated)])[0]) == "wire")
        // Another process stores an original this one's filter has never seen.
        let second = try SQLiteStore(path: path)
        _ = try second.store([item("farm-wire", Self.harvest)])
        let copy = Self.harvest + "\n\nThis story has been corrected to show the ministry spoke on Monday."
        #expect(original(try first.store([item("farm-courier", copy)])[0]) == "farm-wire")
        #expect(!first.bandBuckets.isFilled)
    }
}
