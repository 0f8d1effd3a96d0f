import Foundation
import Testing
@testable import DatelineKit

@Suite struct TimelineMergerTests {
    typealias T = EventTestDocuments

    /// A document carrying one hand-made event.
    static func report(_ doc: String, type: String, people: [EntityReference], date: String?, byText: Bool = true,
                       published: String = "2025-01-22", place: ContactEvent.Place? = nil,
                       modality: ContactEvent.Modality = .asserted, background: Bool = false) -> AnnotatedDocument {
        var annotated = T.document("Report \(doc) of a \(type).", id: doc, published: published)
        let precision: DatePrecision = (date?.count ?? 0) == 10 ? .day : (date?.count == 7 ? .month : .year)
        let eventDate = byText ? date.map { EventDate(value: $0, precision: precision, basis: "'on Tuesday' in the sentence") }
                               : EventDating.publicationFallback(PublicationDate.given(published))
        annotated.layers.events = [ContactEvent(
            id: "\(doc)-e1", type: type, cameo: "040", plover: "CONSULT",
            participants: people.enumerated().map { .init(entity: $1, role: $0 == 0 ? .source : .target) },
            date: eventDate, place: place, background: background, modality: modality,
            evidence: [Span(start: 0, end: 10)])]
        return annotated
    }

    @Test func aDatedReportDatesAnUndatedOne() {
        var timeline = TimelineMerger()
        timeline.add(Self.report("a", type: "phone_call", people: [T.putin, T.xi], date: nil, byText: false))
        timeline.add(Self.report("b", type: "video_call", people: [T.xi, T.putin], date: "2025-01-21"))
        #expect(timeline.entries.count == 1)
        let entry = timeline.entries[0]
        #expect(entry.reportCount == 2)
        #expect(entry.type == "video_call")
        #expect(entry.date?.value == "2025-01-21")
        #expect(entry.datedByText)
        #expect(entry.date?.basis?.hasPrefix("b:") == true)
    }

    @Test func differentPeopleDatesOrPlacesStayApart() {
        var timeline = TimelineMerger()
        let erdogan = EntityReference(id: "Q39259", name: "Recep Tayyip Erdogan", kind: .person, country: "TUR")
        timeline.add(Self.report("a", type: "meeting", people: [T.putin, T.xi], date: "2024-05-16"))
        timeline.add(Self.report("b", type: "meeting", people: [T.putin, erdogan], date: "2024-05-16"))
        timeline.add(Self.report("c", type: "meeting", people: [T.putin, T.xi], date: "2024-06-20"))
        timeline.add(Self.report("d", type: "meeting", people: [T.putin, T.xi], date: "2024-05-16",
                                 place: .init(name: "Moscow", country: "RUS")))
        timeline.add(Self.report("e", type: "meeting", people: [T.putin, T.xi], date: "2024-05-16",
                                 place: .init(name: "Beijing", country: "CHN")))
        timeline.add(Self.report("f", type: "phone_call", people: [T.putin, T.xi], date: "2024-05-16"))
        #expect(timeline.entries.map(\.reportCount) == [2, 1, 1, 1, 1])
    }

    @Test func anAnnouncementMadeBeforeTheDayJoinsTheEventThatHappened() {
        var timeline = TimelineMerger()
        timeline.add(Self.report("plan", type: "meeting", people: [T.putin, T.xi], date: "2022-02", published: "2021-12-15", modality: .planned))
        timeline.add(Self.report("held", type: "summit_meeting", people: [T.putin, T.xi], date: "2022-02-04", published: "2022-02-05"))
        // Announced on the day itself: may be another meeting than the one reported, so apart.
        timeline.add(Self.report("later", type: "meeting", people: [T.putin, T.xi], date: "2022-02-04", published: "2022-02-04", modality: .planned))
        // Hypothetical events never join one that happened.
        timeline.add(Self.report("if", type: "meeting", people: [T.putin, T.xi], date: "2022-02", published: "2021-12-01", modality: .hypothetical))
        #expect(timeline.entries.map(\.reportCount) == [2, 1, 1])
        #expect(timeline.entries[0].modality == .asserted)
        #expect(timeline.entries[0].type == "summit_meeting")
        #expect(timeline.entries[0].date?.value == "2022-02-04")
    }

    @Test func inPersonNamesFoldToTheMostSpecific() {
        var timeline = TimelineMerger()
        timeline.add(Self.report("a", type: "meeting", people: [T.putin, T.xi], date: "2024-05-16"))
        timeline.add(Self.report("b", type: "state_visit", people: [T.putin, T.xi], date: "2024-05-16"))
        timeline.add(Self.report("c", type: "visit", people: [T.putin], date: "2024-05", background: true))
        #expect(timeline.entries.count == 1)
        #expect(timeline.entries[0].type == "state_visit")
        #expect(timeline.entries[0].date?.precision == .day)
        #expect(timeline.entries[0].background == false)
    }

    @Test func plannedVisitIsNotTheVisit() {
        var timeline = TimelineMerger()
        timeline.add(Self.report("a", type: "visit", people: [T.putin, T.xi], date: "2024-05-16", modality: .planned))
        timeline.add(Self.report("b", type: "visit", people: [T.putin, T.xi], date: "2024-05-16"))
        #expect(timeline.entries.count == 2)
    }

    @Test func storeFillsTheTimelineWhileStoring() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("t.sqlite").path)
        let docs = [Self.report("a", type: "phone_call", people: [T.putin, T.xi], date: nil, byText: false),
                    Self.report("b", type: "video_call", people: [T.putin, T.xi], date: "2025-01-21"),
                    Self.report("c", type: "meeting", people: [T.putin, T.xi], date: "2024-05-16", published: "2024-05-17")]
        _ = try store.store(docs.map { IngestItem(annotated: $0, input: InputKey(hash: $0.document.id, source: $0.document.id)) })
        let all = try store.timeline(TimelineQuery(actors: ["Putin", "Xi"]))
        #expect(all.map(\.type) == ["meeting", "video_call"])
        #expect(all.map(\.reportCount) == [1, 2])
        #expect(all[1].reports.map(\.document) == ["a", "b"])
        #expect(try store.timeline(TimelineQuery(actors: ["Putin"], from: "2025")).count == 1)
        #expect(try store.timeline(TimelineQuery(type: "meeting")).count == 1)
        #expect(try store.timeline(TimelineQuery(actors: ["Erdogan"])).isEmpty)
        #expect(try store.events(document: "b", limit: 10).map(\.report.type) == ["video_call"])
    }

    /// Two stores on one file stand for two processes: each remembers entry summaries between its
    /// transactions, and must not use them once the other has changed the entry.
    @Test func aSummaryRememberedByOneProcessIsNotUsedAfterAnotherChangedIt() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.sqlite").path
        let first = try SQLiteStore(path: path), second = try SQLiteStore(path: path)
        func item(_ doc: String, _ date: String) -> IngestItem {
            let annotated = Self.report(doc, type: "meeting", people: [T.putin, T.xi], date: date, published: "2024-05-17")
            return IngestItem(annotated: annotated, input: InputKey(hash: doc, source: doc))
        }
        _ = try first.store([item("a", "2024-05-16")])
        _ = try second.store([item("b", "2024-05-16")])
        _ = try first.store([item("c", "2024-05-16")])
        _ = try first.store([item("d", "2024-05-16")])
        for store in [first, second] {
            let entries = try store.timeline(TimelineQuery(actors: ["Putin", "Xi"]))
            #expect(entries.map(\.reportCount) == [4])
            #expect(entries.first?.reports.map(\.document) == ["a", "b", "c", "d"])
        }
    }

    /// A report that repeats what its entry holds leaves the entry's row as it was (its page stays
    /// clean); the count readers see is the number of reports, in the same batch or a later one.
    @Test func aRepeatingReportLeavesTheEntryRowAndIsStillCounted() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("t.sqlite").path)
        func item(_ doc: String, _ people: [EntityReference], place: ContactEvent.Place? = nil) -> IngestItem {
            let annotated = Self.report(doc, type: "meeting", people: people, date: "2024-05-16", published: "2024-05-17", place: place)
            return IngestItem(annotated: annotated, input: InputKey(hash: doc, source: doc))
        }
        _ = try store.store([item("a", [T.putin, T.xi]), item("b", [T.xi, T.putin])])
        _ = try store.store([item("c", [T.putin, T.xi])])
        func stored() throws -> [Int] {
            try store.pool.read { db in try Int.fetchAll(db, sql: "SELECT reports FROM timeline_entries") }
        }
        // The first batch writes the new entry once, at its end, with both of its reports.
        #expect(try stored() == [2], "the later repeat did not rewrite the row")
        #expect(try store.timeline(TimelineQuery(actors: ["Putin"])).map(\.reportCount) == [3])
        // A report that brings something new (the place) writes the summary again.
        _ = try store.store([item("d", [T.putin, T.xi], place: ContactEvent.Place(name: "Beijing", country: "CHN"))])
        #expect(try stored() == [4])
        let entries = try store.timeline(TimelineQuery(actors: ["Putin"]))
        #expect(entries.map(\.reportCount) == [4])
        #expect(entries.first?.place?.name == "Beijing")
    }

    /// A store remembers which index keys have no rows and does not look them up; another process
    /// filing under such a key must make it look again.
    @Test func aKeyRememberedEmptyIsLookedUpAgainAfterAnotherProcessFiledUnderIt() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("t.sqlite").path
        let first = try SQLiteStore(path: path), second = try SQLiteStore(path: path)
        func item(_ doc: String, _ date: String) -> IngestItem {
            let annotated = Self.report(doc, type: "meeting", people: [T.putin, T.xi], date: date, published: "2024-06-01")
            return IngestItem(annotated: annotated, input: InputKey(hash: doc, source: doc))
        }
        // The first store learns that no entry of theirs is dated by month…
        _ = try first.store([item("a", "2024-01-10")])
        // …the second files one…
        _ = try second.store([item("b", "2024-05")])
        // …and the first's next report of that month joins it.
        _ = try first.store([item("c", "2024-05-16")])
        for store in [first, second] {
            let entries = try store.timeline(TimelineQuery(actors: ["Putin", "Xi"]))
            #expect(entries.map { $0.reports.map(\.document) } == [["a"], ["b", "c"]])
        }
    }

    /// The actor filter matches a participant's id, key, or any part of the name in any case; the
    /// store keeps no index on names, which that filter could not use.
    @Test func theActorFilterFindsIdsAndPartsOfNamesWithoutANameIndex() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("t.sqlite").path)
        let annotated = Self.report("a", type: "meeting", people: [T.putin, T.xi], date: "2024-05-16", published: "2024-05-17")
        _ = try store.store([IngestItem(annotated: annotated, input: InputKey(hash: "a", source: "a"))])
        for actor in ["Q7747", "putin", "Xi Jin", "VLADIMIR"] {
            #expect(try store.timeline(TimelineQuery(actors: [actor])).count == 1, "\(actor)")
        }
        #expect(try store.timeline(TimelineQuery(actors: ["Modi"])).isEmpty)
        let indexes = try store.pool.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'timeline_participants'")
        }
        #expect(!indexes.contains("timeline_participants_by_name"))
    }
}
