import Foundation
import GRDB
import Testing
@testable import DatelineKit

/// How the store keeps annotation layers: tokens and the other layers as compact blobs; rows written
/// before the blob columns existed (layers as JSON) still read back; the SQLite timeline groups reports exactly as the
/// in-memory merger does.
@Suite("Store layer format")
struct StoreLayerFormatTests {
    @Test("tokens of real text survive the blob byte for byte")
    func tokensRoundTrip() throws {
        let text = "Gen. Valery Gerasimov met U.S. officials in Zürich — “talks went well,” he said.\n\nCost: $4.5bn (≈€4bn)."
        let tokens = SentenceSplitter().split(text).tokens
        #expect(tokens.count > 20)
        #expect(try TokenBlob.decode(TokenBlob.encode(tokens)) == tokens)
        #expect(try TokenBlob.decode(TokenBlob.encode([])) == [])
    }

    @Test("tokens out of order, overlapping or with a sentence index going back still round-trip")
    func oddTokensRoundTrip() throws {
        let tokens = [
            Token(span: Span(start: 40, end: 45), kind: .symbol, sentence: 3),
            Token(span: Span(start: 2, end: 90), kind: .number, sentence: 0),
            Token(span: Span(start: 2, end: 2), kind: .punctuation, sentence: 7),
            Token(span: Span(start: 1_000_000, end: 1_000_300), kind: .word, sentence: 12_000),
        ]
        #expect(try TokenBlob.decode(TokenBlob.encode(tokens)) == tokens)
    }

    @Test("a damaged blob is an error, never a crash")
    func damagedBlobs() throws {
        let good = TokenBlob.encode(SentenceSplitter().split("Putin met Xi in Moscow. They talked.").tokens)
        #expect(throws: StoreError.self) { try TokenBlob.decode([]) }
        #expect(throws: StoreError.self) { try TokenBlob.decode([9, 1, 0, 0, 0, 0]) }
        #expect(throws: StoreError.self) { try TokenBlob.decode(Array(good.dropLast())) }
        #expect(throws: StoreError.self) { try TokenBlob.decode(good + [0]) }
        // A token count far beyond what the bytes can hold; a length that would be negative.
        #expect(throws: StoreError.self) { try TokenBlob.decode([1, 0xFF, 0xFF, 0xFF, 0x7F]) }
        #expect(throws: StoreError.self) { try TokenBlob.decode([1, 1, 0, 3, 0, 0]) }
        #expect(throws: StoreError.self) { try TokenBlob.decode([1, 1, 0, 2, 9, 0]) }
        var random = SplitMix64(seed: 11)
        for _ in 0..<2_000 {
            let bytes = (0..<Int(random.next() % 24)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            _ = try? TokenBlob.decode([1] + bytes)
        }
    }

    @Test("a fully annotated document reads back the same layers; the JSON column holds no tokens")
    func annotatedDocumentRoundTrip() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let text = GeneratedCorpus(count: 3, seed: 5).article(1)
        var item = ScratchStore.item("story", text, outlet: "Meridian Wire", published: "2024-05-16")
        item.annotated = Pipeline.standard.annotated(item.annotated.document)
        let layers = item.annotated.layers
        #expect(!layers.tokens.isEmpty && !layers.sentences.isEmpty)
        _ = try scratch.store.store([item])
        #expect(try scratch.store.layers(of: "story") == layers)
        let row = try #require(try scratch.store.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT layers, layers_json FROM documents WHERE id = 'story'")
        })
        let blob: Data = try #require(row["layers"])
        #expect((row["layers_json"] as String?) == nil)
        var withoutTokens = layers
        withoutTokens.tokens = []
        #expect(try LayerBlob.decode([UInt8](blob)) == withoutTokens)
    }

    @Test("every layer of the seeds and generated articles survives the layer blob")
    func layersRoundTrip() throws {
        var texts = (0..<40).map { GeneratedCorpus(count: 40, seed: 17).article($0) }
        for prefix in ["000", "001", "002", "003", "004"] { texts.append(try String(contentsOf: SharedData.seed(prefix), encoding: .utf8)) }
        var filled = (mentions: 0, timexes: 0, quotes: 0, events: 0)
        for text in texts {
            let document = Document(id: "d", source: DocumentSource(path: "d"), published: PublicationDate.given("2024-05-16"),
                                    text: text, contentHash: SHA256.hex(text))
            var layers = Pipeline.standard.annotated(document).layers
            layers.tokens = []
            filled.mentions += layers.mentions.count
            filled.timexes += layers.timexes.count
            filled.quotes += layers.quotes.count
            filled.events += layers.events.count
            #expect(try LayerBlob.decode(LayerBlob.encode(layers)) == layers)
        }
        #expect(filled.mentions > 0 && filled.timexes > 0 && filled.quotes > 0 && filled.events > 0)
    }

    @Test("odd layer values (nil fields, spans out of order, empty strings) round-trip; a damaged layer blob is an error")
    func oddAndDamagedLayerBlobs() throws {
        var layers = AnnotationLayers()
        let putin = EntityReference(id: "Q7747", name: "Vladimir Putin", kind: .person, country: "RUS")
        layers.sentences = [Sentence(span: Span(start: 50, end: 90), paragraph: 2), Sentence(span: Span(start: 0, end: 49), paragraph: 0)]
        layers.mentions = [EntityMention(span: Span(start: 3, end: 3), text: "", entity: EntityReference(id: nil, name: "X", kind: .location)),
                           EntityMention(span: Span(start: 1, end: 9), text: "Putin", entity: putin, basis: "surname")]
        layers.timexes = [Timex(span: Span(start: 10, end: 17), text: "Tuesday", type: .date, value: "2024-05-14", mod: "START", basis: "")]
        layers.quotes = [Quote(speaker: nil, text: "no", kind: .indirect, span: Span(start: 20, end: 22)),
                         Quote(speaker: putin, speakerSpan: Span(start: 1, end: 9), text: "yes", kind: .direct, cue: "said", via: "TASS",
                               span: Span(start: 12, end: 15))]
        layers.events = [ContactEvent(id: "e1", type: "meeting", participants: [.init(entity: putin, role: .source)],
                                      evidence: [Span(start: 40, end: 60), Span(start: 0, end: 5)]),
                         ContactEvent(id: "e2", type: "call", cameo: "040", plover: "CONSULT", mode: "phone", participants: [],
                                      date: EventDate(value: "2024-05", precision: .month, basis: "May"),
                                      place: .init(name: "Beijing", country: nil), background: true, modality: .planned, evidence: [])]
        let blob = LayerBlob.encode(layers)
        #expect(try LayerBlob.decode(blob) == layers)
        #expect(try LayerBlob.decode(LayerBlob.encode(AnnotationLayers())) == AnnotationLayers())
        #expect(throws: StoreError.self) { try LayerBlob.decode([]) }
        #expect(throws: StoreError.self) { try LayerBlob.decode(Array(blob.dropLast())) }
        #expect(throws: StoreError.self) { try LayerBlob.decode(blob + [0]) }
        var random = SplitMix64(seed: 13)
        for _ in 0..<3_000 {
            var bytes = blob
            for _ in 0..<3 { bytes[Int(random.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: random.next()) }
            _ = try? LayerBlob.decode(bytes)
        }
    }

    @Test("a row stored before layer blobs (layers in layers_json) still reads back")
    func rowsFromBeforeTheLayerBlob() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        var item = ScratchStore.item("old", "Putin met Xi in Moscow on Tuesday. \"We agreed,\" Xi said.", published: "2024-05-16")
        item.annotated = Pipeline.standard.annotated(item.annotated.document)
        _ = try scratch.store.store([item])
        var layers = item.annotated.layers
        let tokens = layers.tokens
        layers.tokens = []
        let oldJSON = String(decoding: try JSONEncoder().encode(layers), as: UTF8.self)
        try scratch.store.pool.write { db in
            try db.execute(sql: "UPDATE documents SET layers_json = ?, layers = NULL WHERE id = 'old'", arguments: [oldJSON])
        }
        layers.tokens = tokens
        #expect(try scratch.store.layers(of: "old") == layers)
    }

    @Test("a row stored before token blobs (tokens inside layers_json) still reads back")
    func rowsFromBeforeTheBlobColumn() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        var item = ScratchStore.item("old", "Modi arrived in Kazan on Tuesday. Xi greeted him.")
        item.annotated = Pipeline.standard.annotated(item.annotated.document)
        _ = try scratch.store.store([item])
        let layers = item.annotated.layers
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let oldJSON = String(decoding: try encoder.encode(layers), as: UTF8.self)
        try scratch.store.pool.write { db in
            try db.execute(sql: "UPDATE documents SET layers_json = ?, layers = NULL, tokens = NULL WHERE id = 'old'", arguments: [oldJSON])
        }
        #expect(try scratch.store.layers(of: "old") == layers)
    }

    @Test("the SQLite timeline groups reports exactly as the in-memory merger")
    func storeTimelineMatchesMerger() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let corpus = GeneratedCorpus(count: 120, seed: 31)
        var merger = TimelineMerger()
        var items: [IngestItem] = []
        for i in 0..<corpus.count {
            var item = ScratchStore.item("g\(i)", corpus.article(i), published: "2024-0\(1 + i % 9)-1\(i % 10)")
            item.annotated = Pipeline.standard.annotated(item.annotated.document)
            merger.add(item.annotated)
            items.append(item)
        }
        // Several transactions, so candidates also come from entries committed earlier; a second
        // connection (another process) changes entries the first one remembers.
        let other = try SQLiteStore(path: scratch.path)
        _ = try scratch.store.store(Array(items[0..<40]))
        _ = try other.store(Array(items[40..<80]))
        _ = try scratch.store.store(Array(items[80...]))
        func groups(_ entries: [TimelineEntry]) -> Set<Set<String>> {
            Set(entries.map { Set($0.reports.map { $0.document + "#" + $0.eventID }) })
        }
        let stored = try scratch.store.timeline(TimelineQuery(limit: 100_000))
        #expect(stored.count == merger.entries.count)
        #expect(merger.entries.contains { $0.reportCount > 1 }, "the corpus has events reported twice")
        let storedGroups = groups(stored), mergedGroups = groups(merger.entries)
        #expect(storedGroups == mergedGroups, "\(storedGroups.subtracting(mergedGroups).count) stored groups the merger does not make")
    }
}

@Suite("Timeline keys")
struct TimelineKeyTests {
    typealias T = EventTestDocuments

    static let values = ["2024-05-01", "2024-05-06", "2024-05-09", "2024-05-14", "2024-05-31", "2024-06-01", "2024-06-08",
                         "2024-04-24", "2024-04-30", "2024-05", "2024-06", "2024-04", "2024", "2023", "202", "201"]

    static func report(_ value: String, byText: Bool, people: [EntityReference] = [T.putin, T.xi]) -> TimelineReport {
        let precision: DatePrecision = value.count == 10 ? .day : value.count == 7 ? .month : value.count == 4 ? .year : .decade
        let annotated = TimelineMergerTests.report("d", type: "meeting", people: people, date: value, byText: byText,
                                                   published: value.count == 10 ? value : "2024-05-06")
        var report = TimelineReport(event: annotated.layers.events[0], document: annotated.document)
        if !byText { report.date = EventDate(value: value, precision: precision, basis: "publication date") }
        return report
    }

    @Test("every entry whose date can agree with a report is found by one of the report's lookups")
    func lookupsNeverMissAnAgreeingEntry() {
        var agreeing = 0
        for entryValue in Self.values {
            for reportValue in Self.values {
                for (entryByText, reportByText) in [(true, true), (true, false), (false, true), (false, false)] {
                    let entry = TimelineEntry(id: 1, first: Self.report(entryValue, byText: entryByText))
                    let report = Self.report(reportValue, byText: reportByText, people: [T.xi, T.putin])
                    guard TimelineEntry.datesAgree(entry.date, entry.datedByText, report.date, report.datedByText,
                                                   published: report.published) else { continue }
                    agreeing += 1
                    let filed = TimelineKeys.filing(entry)
                    let found = TimelineKeys.lookup(report).contains { lookup in
                        filed.contains { $0.key == lookup.key && lookup.matches(firstDay: $0.firstDay, lastDay: $0.lastDay) }
                    }
                    #expect(found, "entry \(entryValue) (text: \(entryByText)) agrees with report \(reportValue) (text: \(reportByText)) but is not looked up")
                }
            }
        }
        #expect(agreeing > 100)
    }

    @Test("a lookup reads only entries near the report's days, at any precision")
    func lookupsStayNearTheReport() {
        let report = Self.report("2024-05-06", byText: true)
        func found(_ value: String) -> Bool {
            let filed = TimelineKeys.filing(TimelineEntry(id: 1, first: Self.report(value, byText: true)))
            return TimelineKeys.lookup(report).contains { lookup in
                filed.contains { $0.key == lookup.key && lookup.matches(firstDay: $0.firstDay, lastDay: $0.lastDay) }
            }
        }
        #expect(found("2024-05-07") && found("2024-05") && found("2024") && found("202"))
        #expect(!found("2024-05-20"), "two weeks later")
        #expect(!found("2024-03-06") && !found("2023-05-06") && !found("2024-07"))
        #expect(!found("2025") && !found("201"))
    }

    @Test("a report's lookups come in runs of one name each, as the store reads them")
    func lookupsComeInRunsPerName() {
        for people in [[T.putin], [T.putin, T.xi], [T.putin, T.xi, EntityReference(id: "Q39259", name: "Recep Tayyip Erdogan", kind: .person)]] {
            let lookups = TimelineKeys.lookup(Self.report("2024-05-06", byText: true, people: people))
            #expect(!lookups.isEmpty && lookups.count % TimelineKeys.lookupsPerName == 0)
            for start in stride(from: 0, to: lookups.count, by: TimelineKeys.lookupsPerName) {
                let stems = Set(lookups[start..<(start + TimelineKeys.lookupsPerName)].map { $0.key.split(separator: "@")[0] })
                #expect(stems.count == 1, "\(stems)")
            }
        }
    }

    @Test("undated entries are not filed and undated reports look nowhere: they join nothing")
    func undatedIsNotIndexed() {
        var report = Self.report("2024-05-06", byText: true)
        report.date = nil
        #expect(TimelineKeys.lookup(report).isEmpty)
        #expect(TimelineKeys.filing(TimelineEntry(id: 1, first: report)).isEmpty)
    }

    @Test("a store made before day keys gets its timeline refiled by the migration")
    func migrationRefilesOldKeys() throws {
        let queue = try DatabaseQueue()
        try StoreMigrations.migrator.migrate(queue, upTo: "v6-token-blobs")
        let entry = TimelineEntry(id: 7, first: Self.report("2024-05-06", byText: true))
        try queue.write { db in
            try db.execute(sql: "INSERT INTO timeline_entries (id, family, type, background, reports, entry_json) VALUES (7, 'in_person', 'meeting', 0, 1, ?)",
                           arguments: [try SQLiteTimelineRepository.json(entry)])
            try db.execute(sql: "INSERT INTO timeline_keys (key, entry) VALUES ('in_person:Q15031|Q7747@2024-05', 7)")
        }
        try StoreMigrations.migrator.migrate(queue)
        let rows = try queue.read { db in try Row.fetchAll(db, sql: "SELECT key, first_day, last_day, entry FROM timeline_keys ORDER BY key") }
        #expect(rows.map { $0["key"] as String } == TimelineKeys.filing(entry).map(\.key).sorted())
        #expect(rows.allSatisfy { ($0["first_day"] as Int) == DayNumber.firstDay(of: "2024-05-06") && ($0["entry"] as Int64) == 7 })
        let summary = try queue.read { db in try Row.fetchOne(db, sql: "SELECT summary, entry_json FROM timeline_entries WHERE id = 7") }
        let row = try #require(summary)
        #expect(row["summary"] as Data? == nil, "an old row has no summary blob")
        #expect(try SQLiteTimelineRepository.summary(row)?.date == entry.date, "and reads from its JSON")
    }

    @Test("an entry summary survives its blob field for field; damaged bytes are an error")
    func summaryBlobRoundTrip() throws {
        var entry = TimelineEntry(id: 41, first: Self.report("2024-05", byText: true))
        entry.place = ContactEvent.Place(name: "Zürich", country: "CHE")
        entry.participants.append(EntityReference(id: nil, name: "Wang \u{738B}", kind: .person))
        entry.announcedOn = "2024-04-30"
        entry.reportCount = 3
        entry.background = true
        entry.reports = []
        let bytes = TimelineEntryBlob.encode(entry)
        #expect(try TimelineEntryBlob.decode(bytes) == entry)
        var bare = TimelineEntry(id: 2, first: Self.report("2024-05-06", byText: false))
        bare.cameo = nil; bare.plover = nil; bare.mode = nil; bare.date = nil; bare.place = nil; bare.reports = []
        #expect(try TimelineEntryBlob.decode(TimelineEntryBlob.encode(bare)) == bare)
        #expect(throws: StoreError.self) { try TimelineEntryBlob.decode(Array(bytes.dropLast())) }
        #expect(throws: StoreError.self) { try TimelineEntryBlob.decode(bytes + [0]) }
        #expect(throws: StoreError.self) { try TimelineEntryBlob.decode([]) }
        for cut in stride(from: 1, to: bytes.count, by: 3) {
            #expect(throws: StoreError.self) { try TimelineEntryBlob.decode(Array(bytes.prefix(cut))) }
        }
    }
}

@Suite("Timeline report blob and calendar values")
struct TimelineReportBlobTests {
    static func report() -> TimelineReport {
        var report = TimelineKeyTests.report("2024-05-06", byText: true)
        report.outlet = "Reuters"
        report.title = "Putin und Xi in Zürich — “talks”"
        report.url = nil
        report.place = ContactEvent.Place(name: "Zürich", country: "CHE")
        report.participants.append(.init(entity: EntityReference(id: nil, name: "Wang \u{738B}", kind: .person), role: .participant))
        report.evidence = [Span(start: 0, end: 10), Span(start: 42, end: 42)]
        report.evidenceText = "line\nbreak \"quoted\" \u{1F1F7}\u{1F1FA} … e\u{301}"
        report.modality = .planned
        report.background = true
        return report
    }

    @Test("a report survives its blob field for field; damaged bytes are an error")
    func roundTrip() throws {
        let report = Self.report()
        let bytes = TimelineReportBlob.encode(report)
        #expect(try TimelineReportBlob.decode(bytes) == report)
        var bare = TimelineKeyTests.report("2024", byText: false, people: [])
        bare.outlet = nil; bare.title = nil; bare.published = nil; bare.cameo = nil; bare.plover = nil; bare.mode = nil
        bare.date = nil; bare.place = nil; bare.evidence = []; bare.evidenceText = ""
        #expect(try TimelineReportBlob.decode(TimelineReportBlob.encode(bare)) == bare)
        #expect(throws: StoreError.self) { try TimelineReportBlob.decode(bytes + [0]) }
        #expect(throws: StoreError.self) { try TimelineReportBlob.decode([]) }
        for cut in stride(from: 1, to: bytes.count, by: 3) {
            #expect(throws: StoreError.self) { try TimelineReportBlob.decode(Array(bytes.prefix(cut))) }
        }
    }

    @Test("a report row reads the same from its blob and from the JSON of a row written before the blob")
    func oldJSONRowsStillRead() throws {
        let report = Self.report()
        let json = try SQLiteTimelineRepository.json(report).databaseValue
        let blob = Data(TimelineReportBlob.encode(report)).databaseValue
        #expect(SQLiteTimelineRepository.report(json) == report)
        #expect(SQLiteTimelineRepository.report(blob) == report)
        #expect(SQLiteTimelineRepository.report(DatabaseValue.null) == nil)
    }

    @Test("calendar values read from their bytes agree with the general reading")
    func dayNumberFastPathAgrees() {
        var values = ["2024", "2024-05", "2024-05-06", "2024-05-06T10:00", "202", "201", "0000", "9999-12-31", "2024-13",
                      "2024-00", "2024-02-31", "2024-05-32", "2024-05-00", "2024-5", "2024-5-6", "2024-05-6", "+202", "+2024",
                      "-2024", "20-4", "2024-W19", "2024-05-XX", "2024--05", "2024-05--06", "2024-05-06-07", "2024-05-06\u{301}",
                      "2024-05-06é", "2024-05-0\u{301}6", "２０２４", "2024-05-06\r\n", "2024\r\n", "PRESENT_REF", "", "-", "XXXX",
                      "2024-SU", "2024-Q2", "2024-05-06TMO", "1999-1", "12345", "2024-05-06 ", " 2024"]
        // Mixtures of the characters the forms are made of, the same every run.
        let alphabet = Array("0123456789-T:\u{301}é "), digits = Array("0123456789-")
        var state: UInt64 = 12345
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(state >> 33) % bound
        }
        for _ in 0..<3000 {
            let length = next(13)
            values.append(String((0..<length).map { _ in next(3) == 0 ? alphabet[next(alphabet.count)] : digits[next(digits.count)] }))
        }
        for value in values {
            let fast = DayNumber.parts(value), general = DayNumber.generalParts(value)
            #expect(fast.map { "\($0)" } == general.map { "\($0)" }, "\(value.debugDescription)")
            if let days = DayNumber.days(of: value) {
                #expect(days.first == DayNumber.firstDay(of: value) && days.last == DayNumber.lastDay(of: value))
            } else {
                #expect(DayNumber.firstDay(of: value) == nil && DayNumber.lastDay(of: value) == nil)
            }
        }
    }
}

@Suite("Store paragraph split")
struct StoreParagraphSplitTests {
    @Test("the store's byte-level paragraph split agrees with Document.paragraphs")
    func agreesWithDocument() {
        let texts = ["", "one", "one\n\ntwo", "\n\none\n\n\n\ntwo\n\n", "a\n\n\nb", "a\nb\n\nc\n", "\n", "\n\n", "\n\n\n",
                     "Zürich — “x”\n\n北京\n\n🇷🇺\n\ne\u{301}\n\n\u{301}x", "cr\r\n\r\nlf\n\nmixed\r\n\n\nend",
                     GeneratedCorpus(count: 2, seed: 9).article(1)]
        for text in texts {
            let document = Document(id: "d", source: DocumentSource(path: "d"), text: text, contentHash: "h")
            #expect(Document.paragraphs(of: text) == document.paragraphs, "\(text.debugDescription)")
        }
    }
}
