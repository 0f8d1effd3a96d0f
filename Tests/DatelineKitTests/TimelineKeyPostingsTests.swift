import Foundation
import Testing
@testable import DatelineKit

/// The timeline index rows a store holds between transactions must answer every lookup as the
/// tables would, and must not be used once they may be stale.
@Suite struct TimelineKeyPostingsTests {
    typealias T = EventTestDocuments
    typealias Posting = TimelineKeyPostings.Posting

    static let stem = "in_person:Q15031|Q7747@"

    static func lookup(_ days: ClosedRange<Int>, lastFrom: Int, kind: Int = 0) -> TimelineKeys.Lookup {
        TimelineKeys.Lookup(stem: stem, kind: kind, firstDays: days, lastDayFrom: lastFrom)
    }

    static func filing(_ first: Int, _ last: Int, kind: Int = 0) -> TimelineKeys.Filing {
        TimelineKeys.Filing(key: stem + TimelineKeys.suffixes[kind], firstDay: first, lastDay: last)
    }

    static func scan(_ postings: TimelineKeyPostings, _ lookup: TimelineKeys.Lookup, limit: Int = 100) -> [Int64]? {
        var ids: [Int64] = [], taken = 0
        return postings.scan(lookup, limit: limit, taken: &taken, into: &ids) ? ids : nil
    }

    @Test func settlingMergesInKeyOrderAndARecentRowReplacesItsSettledTwin() {
        let settled = [Posting(firstDay: 1, lastDay: 1, entry: 5), Posting(firstDay: 3, lastDay: 3, entry: 2),
                       Posting(firstDay: 3, lastDay: 3, entry: 9)]
        let recent = [Posting(firstDay: 0, lastDay: 0, entry: 7), Posting(firstDay: 3, lastDay: 40, entry: 9),
                      Posting(firstDay: 4, lastDay: 4, entry: 1)]
        let merged = TimelineKeyPostings.merged(settled, recent)
        #expect(merged.map(\.entry) == [7, 5, 2, 9, 1])
        #expect(merged[3].lastDay == 40)
    }

    /// Recent matches first, then settled ones, each by first day and entry; rows whose last day
    /// ends too early are passed over; the limit counts over the lookups of one name.
    @Test func aScanReturnsTheRowsAsTheQueryWould() {
        let postings = TimelineKeyPostings()
        let transaction = postings.begin(dataVersion: 1)
        var rows = TimelineKeyPostings.Rows()
        rows.settled = [Posting(firstDay: 10, lastDay: 10, entry: 1), Posting(firstDay: 12, lastDay: 12, entry: 2),
                        Posting(firstDay: 12, lastDay: 30, entry: 3), Posting(firstDay: 20, lastDay: 20, entry: 4)]
        rows.recent = [Posting(firstDay: 11, lastDay: 11, entry: 8)]
        postings.read(stem: Self.stem, kind: 0, rows, transaction: transaction)
        #expect(Self.scan(postings, Self.lookup(10...15, lastFrom: 11)) == [8, 2, 3])
        #expect(Self.scan(postings, Self.lookup(10...15, lastFrom: 11), limit: 2) == [8, 2])
        #expect(Self.scan(postings, Self.lookup(10...15, lastFrom: 11, kind: 1)) == nil, "another kind was never read")
        var ids: [Int64] = [], taken = 0
        _ = postings.scan(Self.lookup(10...10, lastFrom: 0), limit: 2, taken: &taken, into: &ids)
        _ = postings.scan(Self.lookup(11...20, lastFrom: 0), limit: 2, taken: &taken, into: &ids)
        #expect(ids == [1, 8])
    }

    @Test func filedDroppedAndSettledRowsAreKeptInStep() {
        let postings = TimelineKeyPostings()
        let transaction = postings.begin(dataVersion: 1)
        // A key not read stays unread when filed under, unless it was known to have no rows.
        postings.filed(Self.filing(5, 5), entry: 1, wasEmpty: false, transaction: transaction)
        #expect(Self.scan(postings, Self.lookup(0...9, lastFrom: 0)) == nil)
        postings.filed(Self.filing(5, 5), entry: 1, wasEmpty: true, transaction: transaction)
        postings.filed(Self.filing(3, 3), entry: 2, wasEmpty: false, transaction: transaction)
        postings.filed(Self.filing(5, 8), entry: 1, wasEmpty: false, transaction: transaction)
        #expect(Self.scan(postings, Self.lookup(0...9, lastFrom: 6)) == [1], "the second filing replaced the first")
        postings.settled(transaction: transaction)
        postings.filed(Self.filing(4, 4), entry: 3, wasEmpty: false, transaction: transaction)
        #expect(Self.scan(postings, Self.lookup(0...9, lastFrom: 0)) == [3, 2, 1])
        postings.dropped(Self.filing(3, 3), entry: 2, transaction: transaction)
        postings.dropped(Self.filing(4, 4), entry: 3, transaction: transaction)
        #expect(Self.scan(postings, Self.lookup(0...9, lastFrom: 0)) == [1])
    }

    /// Held rows are forgotten when another connection committed (a new data version) and when a
    /// transaction that changed them never said it committed (it rolled back).
    @Test func rowsAreForgottenWhenTheyMayBeStale() {
        let postings = TimelineKeyPostings()
        var transaction = postings.begin(dataVersion: 1)
        postings.filed(Self.filing(5, 5), entry: 1, wasEmpty: true, transaction: transaction)
        postings.committed(transaction)
        transaction = postings.begin(dataVersion: 1)
        #expect(Self.scan(postings, Self.lookup(0...9, lastFrom: 0)) == [1], "kept across a commit")
        postings.filed(Self.filing(6, 6), entry: 2, wasEmpty: false, transaction: transaction)
        // No commit reported: the next transaction starts from nothing.
        transaction = postings.begin(dataVersion: 1)
        #expect(Self.scan(postings, Self.lookup(0...9, lastFrom: 0)) == nil)
        postings.filed(Self.filing(5, 5), entry: 1, wasEmpty: true, transaction: transaction)
        postings.committed(transaction)
        _ = postings.begin(dataVersion: 2)
        #expect(Self.scan(postings, Self.lookup(0...9, lastFrom: 0)) == nil, "another connection committed")
    }

    /// Reports stored in batches, the store holding the index rows from its first batch on, make
    /// the timeline `TimelineMerger` makes of them in memory, reading every entry.
    @Test func aStoreHoldingItsIndexRowsFilesReportsAsTheMergerDoes() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let erdogan = EntityReference(id: "Q39259", name: "Recep Tayyip Erdogan", kind: .person, country: "TUR")
        let modi = EntityReference(id: "Q1058", name: "Narendra Modi", kind: .person, country: "IND")
        let people = [T.putin, T.xi, erdogan, modi]
        var generator = SplitMix64(seed: 2024)
        var items: [IngestItem] = []
        for i in 0..<120 {
            let a = people[Int.random(in: 0..<4, using: &generator)]
            var b = people[Int.random(in: 0..<4, using: &generator)]
            if b == a { b = people[(people.firstIndex(of: a)! + 1) % 4] }
            let day = Int.random(in: 10...16, using: &generator)
            let date: String? = switch i % 5 {
            case 0: "2024-05"
            case 1: nil
            default: "2024-05-\(day)"
            }
            let type = ["meeting", "phone_call", "summit_meeting"][i % 3]
            let annotated = TimelineMergerTests.report("d\(i)", type: type, people: i % 7 == 0 ? [a] : [a, b], date: date,
                                                       byText: date != nil, published: "2024-05-\(day + 1)")
            items.append(IngestItem(annotated: annotated, input: InputKey(hash: "d\(i)", source: "d\(i)")))
        }
        let store = try SQLiteStore(path: folder.appendingPathComponent("t.sqlite").path)
        var merger = TimelineMerger()
        for start in stride(from: 0, to: items.count, by: 6) {
            let batch = Array(items[start..<min(start + 6, items.count)])
            _ = try store.store(batch)
            for item in batch { _ = merger.add(item.annotated) }
        }
        func grouping(_ entries: [TimelineEntry]) -> [[String]] {
            entries.map { $0.reports.map(\.document) }.sorted { $0.first! < $1.first! }
        }
        let timeline = grouping(try store.timeline(TimelineQuery(limit: 10_000)))
        #expect(timeline == grouping(merger.entries))
        #expect(timeline.count < items.count, "some reports merged")
    }
}
