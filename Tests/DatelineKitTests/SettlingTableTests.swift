import Foundation
import GRDB
import Testing
@testable import DatelineKit

@Suite("Settling tables")
struct SettlingTableTests {
    static func rows(_ sql: String, in store: SQLiteStore) throws -> Int {
        try store.pool.read { db in try Int.fetchOne(db, sql: sql) ?? 0 }
    }

    @Test("a near-duplicate is found whether its original's bands are recent or settled")
    func bandsInBothParts() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let story = NearDuplicateTests.story
        _ = try scratch.store.store([ScratchStore.item("wire", story, outlet: "Meridian Wire")])
        #expect(try Self.rows("SELECT count(*) FROM near_duplicate_bands_recent", in: scratch.store) == MinHashSignature.bands)
        #expect(try Self.rows("SELECT count(*) FROM near_duplicate_bands", in: scratch.store) == 0)
        // The original's bands still recent: found there.
        let first = try scratch.store.store([ScratchStore.item("courier", NearDuplicateTests.syndicated, outlet: "Northern Courier")])
        #expect(first == [.storedNearDuplicate(id: "courier", original: "wire", similarity: MinHashSignature(text: story).similarity(MinHashSignature(text: NearDuplicateTests.syndicated)))])
        try scratch.store.pool.write { db in try SettlingTable.nearDuplicateBands.settle(in: db) }
        #expect(try Self.rows("SELECT count(*) FROM near_duplicate_bands_recent", in: scratch.store) == 0)
        #expect(try Self.rows("SELECT count(*) FROM near_duplicate_bands", in: scratch.store) == 2 * MinHashSignature.bands)
        // Now only settled: still found, and a copy of the copy still links to the first original.
        let later = try scratch.store.store([
            ScratchStore.item("dispatch", NearDuplicateTests.syndicated + " Additional reporting by the Beijing bureau.",
                              outlet: "Capital Dispatch"),
        ])
        guard case .storedNearDuplicate(_, let original, _) = later[0] else {
            Issue.record("expected a near-duplicate, got \(later[0])")
            return
        }
        #expect(original == "wire")
        #expect(try scratch.store.consistencyProblems().isEmpty)
    }

    @Test("paragraph counts add up across the two parts, for the memory and for single lookups")
    func paragraphCountsInBothParts() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let footer = "Sign up for the Meridian Wire newsletter and get the day's top stories in your inbox."
        func item(_ i: Int) -> IngestItem {
            ScratchStore.item("story-\(i)", "Story number \(i) is about trade talks held in city \(i).\n\n\(footer)",
                              outlet: "Meridian Wire")
        }
        let fingerprint = StoreBoilerplateMemory.fingerprint(Substring(footer))
        _ = try scratch.store.store([item(0), item(1)])
        try scratch.store.pool.write { db in try SettlingTable.outletParagraphs.settle(in: db) }
        _ = try scratch.store.store([item(2)])
        // One row of the footer in each part; every count read sees their sum.
        #expect(try Self.rows("SELECT documents FROM outlet_paragraphs WHERE fingerprint = \(fingerprint)", in: scratch.store) == 2)
        #expect(try Self.rows("SELECT documents FROM outlet_paragraphs_recent WHERE fingerprint = \(fingerprint)", in: scratch.store) == 1)
        #expect(try scratch.store.paragraphCounts(outlet: "Meridian Wire")[fingerprint] == 3)
        #expect(try scratch.store.repeats(of: [Substring(footer)], outlet: "Meridian Wire") == [3])
        #expect(try Self.rows("SELECT documents FROM outlet_paragraph_counts WHERE fingerprint = \(fingerprint)", in: scratch.store) == 3)
        // Settling again folds the recent count into the settled row.
        try scratch.store.pool.write { db in try SettlingTable.outletParagraphs.settle(in: db) }
        #expect(try Self.rows("SELECT documents FROM outlet_paragraphs WHERE fingerprint = \(fingerprint)", in: scratch.store) == 3)
        #expect(try Self.rows("SELECT count(*) FROM outlet_paragraphs_recent", in: scratch.store) == 0)
        #expect(try scratch.store.paragraphCounts(outlet: "Meridian Wire")[fingerprint] == 3)
    }

    @Test("the recent part settles once it holds its limit of rows, not before")
    func settlesAtLimit() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let small = SettlingTable(recent: "near_duplicate_bands_recent",
                                  settleSQL: SettlingTable.nearDuplicateBands.settleSQL, limit: 2 * MinHashSignature.bands)
        _ = try scratch.store.store([ScratchStore.item("a", NearDuplicateTests.story)])
        #expect(try scratch.store.pool.write { db in try small.settleIfFull(in: db) } == false)
        _ = try scratch.store.store([ScratchStore.item("b", NearDuplicateTests.unrelated)])
        #expect(try scratch.store.pool.write { db in try small.settleIfFull(in: db) } == true)
        #expect(try Self.rows("SELECT count(*) FROM near_duplicate_bands_recent", in: scratch.store) == 0)
        #expect(try Self.rows("SELECT count(*) FROM near_duplicate_bands", in: scratch.store) == 2 * MinHashSignature.bands)
    }

    @Test("an input is known whether it is recent or settled, and is remembered once")
    func inputsInBothParts() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let story = ScratchStore.item("wire", NearDuplicateTests.story, outlet: "Meridian Wire")
        _ = try scratch.store.store([story])
        #expect(try scratch.store.knownInputs([story.input]) == [story.input])
        #expect(try Self.rows("SELECT count(*) FROM inputs_recent", in: scratch.store) == 1)
        try scratch.store.pool.write { db in try SettlingTable.inputs.settle(in: db) }
        #expect(try Self.rows("SELECT count(*) FROM inputs_recent", in: scratch.store) == 0)
        #expect(try Self.rows("SELECT count(*) FROM inputs", in: scratch.store) == 1)
        #expect(try scratch.store.knownInputs([story.input]) == [story.input])
        // Stored again (another process that had not seen it yet): settled, so not added to the recent part.
        _ = try scratch.store.store([story])
        #expect(try Self.rows("SELECT count(*) FROM inputs_recent", in: scratch.store) == 0)
        // The same text from another source is a new input, recent; every reader sees both parts.
        let mirror = IngestItem(annotated: story.annotated, input: InputKey(hash: story.input.hash, source: "mirror.txt"))
        _ = try scratch.store.store([mirror])
        #expect(try scratch.store.knownInputs([story.input, mirror.input]) == [story.input, mirror.input])
        #expect(try scratch.store.statistics().inputs == 2)
        #expect(try scratch.store.identicalCopies().map(\.source) == ["mirror.txt"])
        #expect(try scratch.store.consistencyProblems().isEmpty)
    }

    @Test("a report finds its entry through recent or settled index rows; refiling leaves no stale row in either part")
    func timelineKeysInBothParts() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        typealias T = EventTestDocuments
        func item(_ doc: String, _ type: String, date: String?) -> IngestItem {
            let annotated = TimelineMergerTests.report(doc, type: type, people: [T.putin, T.xi], date: date, byText: date != nil,
                                                       published: "2024-05-17")
            return IngestItem(annotated: annotated, input: InputKey(hash: doc, source: doc))
        }
        func rows() throws -> Set<TimelineKeys.Filing> {
            try scratch.store.pool.read { db in
                Set(try Row.fetchAll(db, sql: """
                    SELECT key, first_day, last_day FROM timeline_keys UNION ALL SELECT key, first_day, last_day FROM timeline_keys_recent
                    """).map { TimelineKeys.Filing(key: $0[0], firstDay: $0[1], lastDay: $0[2]) })
            }
        }
        // Dated by its publication only, then its index rows settled.
        _ = try scratch.store.store([item("a", "phone_call", date: nil)])
        try scratch.store.pool.write { db in try SettlingTable.timelineKeys.settle(in: db) }
        #expect(try Self.rows("SELECT count(*) FROM timeline_keys_recent", in: scratch.store) == 0)
        #expect(try Self.rows("SELECT count(*) FROM timeline_keys", in: scratch.store) > 0)
        // Found through the settled rows; the day it brings refiles the entry into the recent part.
        _ = try scratch.store.store([item("b", "video_call", date: "2024-05-16")])
        var entries = try scratch.store.timeline(TimelineQuery(actors: ["Putin"]))
        #expect(entries.map(\.reportCount) == [2])
        #expect(entries.first?.date?.value == "2024-05-16")
        #expect(try rows() == Set(TimelineKeys.filing(entries[0])), "the publication-dated rows are gone from the settled part")
        #expect(try Self.rows("SELECT count(*) FROM timeline_keys", in: scratch.store) == 0)
        // Found through the recent rows.
        _ = try scratch.store.store([item("c", "video_call", date: "2024-05-16")])
        entries = try scratch.store.timeline(TimelineQuery(actors: ["Putin"]))
        #expect(entries.map(\.reportCount) == [3])
        #expect(try rows() == Set(TimelineKeys.filing(entries[0])))
    }
}
