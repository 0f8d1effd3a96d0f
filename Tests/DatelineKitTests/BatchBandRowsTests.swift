import Foundation
import GRDB
import Testing
@testable import DatelineKit

@Suite("Bucket rows of a batch")
struct BatchBandRowsTests {
    func original(_ outcome: StoreOutcome) -> String? {
        if case .storedNearDuplicate(_, let original, _) = outcome { return original }
        return nil
    }

    @Test("a copy stored in the same batch as its original is found through the batch's rows, with and without the filter")
    func copyInSameBatch() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let store = scratch.store
        // First batch: no filter yet.
        let first = try store.store([
            ScratchStore.item("wire", NearDuplicateTests.story, outlet: "Meridian Wire"),
            ScratchStore.item("unrelated", NearDuplicateTests.unrelated),
            ScratchStore.item("courier", NearDuplicateTests.syndicated, outlet: "Northern Courier"),
        ])
        #expect(first.map(original) == [nil, nil, "wire"])
        // Later batches: the filter answers; an original and its copy again share a batch.
        _ = try store.store([ScratchStore.item("lula", NearDuplicateTests.unrelated + " Updated.")])
        #expect(store.bandBuckets.isFilled)
        let harvest = BandBucketFilterTests.harvest
        let later = try store.store([
            ScratchStore.item("farm-wire", harvest, outlet: "Farm Wire"),
            ScratchStore.item("farm-courier", harvest + "\n\nThis story has been corrected to show the ministry spoke on Monday.",
                              outlet: "Farm Courier"),
        ])
        #expect(later.map(original) == [nil, "farm-wire"])
        // Every bucket row is written when the batch ends: each document's 16, once.
        let rows = try store.pool.read { db in
            try Int.fetchOne(db, sql: """
                SELECT (SELECT count(*) FROM near_duplicate_bands) + (SELECT count(*) FROM near_duplicate_bands_recent)
                """) ?? 0
        }
        let distinct = try store.pool.read { db in
            try Int.fetchOne(db, sql: "SELECT count(DISTINCT document) FROM near_duplicate_bands_recent") ?? 0
        }
        #expect(distinct == 6)
        #expect(rows == 6 * MinHashSignature.bands)
    }
}
