import Foundation
import GRDB
import Testing
@testable import DatelineKit

/// A store in a fresh temporary folder, removed by `close()`.
struct ScratchStore {
    let folder: URL
    let store: SQLiteStore
    var path: String { store.path }

    init() throws {
        folder = try SharedData.temporaryFolder()
        store = try SQLiteStore(path: folder.appendingPathComponent("test.sqlite").path)
    }

    func close() { try? FileManager.default.removeItem(at: folder) }

    static func item(_ id: String, _ text: String, title: String? = nil, outlet: String? = nil,
                     published: String? = nil, layers: AnnotationLayers = AnnotationLayers()) -> IngestItem {
        let document = Document(id: id, source: DocumentSource(path: "test/\(id).txt"), title: title, outlet: outlet,
                                published: published.flatMap { PublicationDate.given($0) }, text: text,
                                contentHash: SHA256.hex(text))
        return IngestItem(annotated: AnnotatedDocument(document: document, layers: layers),
                          input: InputKey(hash: SHA256.hex(id + text), source: "test/\(id).txt"))
    }
}

@Suite("Store")
struct StoreTests {
    @Test("a stored document reads back with its text, metadata and layers")
    func roundTrip() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        var layers = AnnotationLayers()
        layers.sentences = [Sentence(span: Span(start: 0, end: 31), paragraph: 0)]
        let item = ScratchStore.item("talks", "Putin and Xi met in Moscow today.\n\nThey discussed gas.",
                                     title: "Putin meets Xi", outlet: "Meridian Wire", published: "2023-03-21", layers: layers)
        #expect(try scratch.store.store([item]) == [.stored(id: "talks")])
        let document = try #require(try scratch.store.document(id: "talks"))
        #expect(document.text == item.annotated.document.text)
        #expect(document.title == "Putin meets Xi")
        #expect(document.outlet == "Meridian Wire")
        #expect(document.published?.value == "2023-03-21")
        #expect(document.contentHash == SHA256.hex(document.text))
        #expect(try scratch.store.layers(of: "talks") == layers)
        #expect(try scratch.store.document(id: "nothing") == nil)
    }

    @Test("identical text is stored once; a clashing id gets its hash appended")
    func identicalAndClashingIDs() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let first = ScratchStore.item("article", "Modi arrived in Kazan on Tuesday for the summit.")
        let same = ScratchStore.item("copy", "Modi arrived in Kazan on Tuesday for the summit.")
        let other = ScratchStore.item("article", "Lula cancelled his trip after a fall at home.")
        let outcomes = try scratch.store.store([first, same, other])
        #expect(outcomes[0] == .stored(id: "article"))
        #expect(outcomes[1] == .alreadyStored(id: "article"))
        let renamed = outcomes[2].id
        #expect(renamed.hasPrefix("article-") && renamed != "article")
        #expect(try scratch.store.statistics().documents == 2)
        #expect(try scratch.store.knownInputs([same.input, first.input]).count == 2)
    }

    @Test("documents list newest first, undated last, with limit and offset")
    func newestFirst() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        _ = try scratch.store.store([
            ScratchStore.item("old", "Old news about grain exports.", published: "2019-05-01"),
            ScratchStore.item("undated", "Undated note on energy cooperation."),
            ScratchStore.item("new", "New talks on regional security.", published: "2024-10-22"),
            ScratchStore.item("mid", "Middle story about a pipeline.", published: "2022-02-04"),
        ])
        #expect(try scratch.store.documents(limit: 10, offset: 0).map(\.id) == ["new", "mid", "old", "undated"])
        #expect(try scratch.store.documents(limit: 2, offset: 1).map(\.id) == ["mid", "old"])
        let stats = try scratch.store.statistics()
        #expect(stats.earliest == "2019-05-01" && stats.latest == "2024-10-22" && stats.undated == 1)
    }

    @Test("search ranks by bm25, stems English and highlights matches")
    func search() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        _ = try scratch.store.store([
            ScratchStore.item("gas", "The leaders discussed a new gas pipeline. The pipeline would run through Mongolia.",
                              title: "Pipeline talks"),
            ScratchStore.item("grain", "Ministers discussed grain exports and a pipeline of future deals."),
            ScratchStore.item("other", "Nothing relevant here at all."),
        ])
        let hits = try scratch.store.search("pipelines", limit: 10, highlight: .brackets)
        #expect(hits.map(\.id) == ["gas", "grain"])
        #expect(hits[0].snippet.contains("[pipeline]"))
        #expect(try scratch.store.search("\"gas pipeline\"", limit: 10, highlight: .brackets).map(\.id) == ["gas"])
        // Not valid FTS5 syntax: searched as plain words instead of failing.
        #expect(try scratch.store.search("gas (pipeline", limit: 10, highlight: .brackets).map(\.id) == ["gas"])
        #expect(try scratch.store.search("zebra", limit: 10, highlight: .brackets).isEmpty)
    }

    @Test("entity mentions and quotes from the layers fill the query tables")
    func annotationTables() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let putin = EntityReference(id: "Q7747", name: "Vladimir Putin", kind: .person, country: "RUS")
        let xi = EntityReference(id: "Q15031", name: "Xi Jinping", kind: .person, country: "CHN")
        func layers(_ quote: String, by speaker: EntityReference) -> AnnotationLayers {
            var l = AnnotationLayers()
            l.mentions = [EntityMention(span: Span(start: 0, end: 5), text: "Putin", entity: putin),
                          EntityMention(span: Span(start: 10, end: 12), text: "Xi", entity: xi),
                          EntityMention(span: Span(start: 20, end: 25), text: "Putin", entity: putin)]
            l.quotes = [Quote(speaker: speaker, text: quote, kind: .direct, cue: "said", span: Span(start: 30, end: 40))]
            return l
        }
        _ = try scratch.store.store([
            ScratchStore.item("a", "Putin and Xi met. Putin said: the ties are strong.", outlet: "Meridian Wire",
                              published: "2023-03-21", layers: layers("the ties are strong", by: putin)),
            ScratchStore.item("b", "Putin and Xi talked. Putin told Xi trade was growing.", outlet: "Capital Dispatch",
                              published: "2024-05-16", layers: layers("trade was growing", by: xi)),
        ])
        let all = try scratch.store.entities(document: nil)
        #expect(all.map(\.entity.id) == ["Q7747", "Q15031"])
        #expect(all[0].mentions == 4 && all[0].documents == 2)
        #expect(try scratch.store.entities(document: "a").first?.mentions == 2)
        let quotes = try scratch.store.quotes(speaker: nil, search: nil, limit: 10)
        #expect(quotes.map(\.document) == ["b", "a"])
        #expect(quotes[0].outlet == "Capital Dispatch" && quotes[0].published == "2024-05-16")
        #expect(try scratch.store.quotes(speaker: "Q7747", search: nil, limit: 10).map(\.text) == ["the ties are strong"])
        #expect(try scratch.store.quotes(speaker: "xi jinping", search: nil, limit: 10).map(\.document) == ["b"])
        #expect(try scratch.store.quotes(speaker: nil, search: "growing", limit: 10).map(\.document) == ["b"])
        let stats = try scratch.store.statistics()
        #expect(stats.entityMentions == 6 && stats.quotes == 2)
    }

    @Test("a document's many mentions, written several rows per statement, are all stored in order")
    func manyMentions() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let names = (0..<(2 * MultiRowInsert.rowsPerStatement + 5)).map { "Person \($0)" }
        var layers = AnnotationLayers()
        layers.mentions = names.enumerated().map { i, name in
            EntityMention(span: Span(start: i * 10, end: i * 10 + 8), text: name,
                          entity: EntityReference(id: nil, name: name, kind: .person, country: nil))
        }
        _ = try scratch.store.store([ScratchStore.item("crowd", names.joined(separator: ", "), layers: layers)])
        let stored = try scratch.store.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT name, start FROM entity_mentions WHERE document = 'crowd' ORDER BY rowid")
        }
        #expect(stored.map { $0["name"] as String } == names)
        #expect(stored.map { $0["start"] as Int } == names.indices.map { $0 * 10 })
        #expect(try scratch.store.consistencyProblems().isEmpty)
    }

    @Test("inserts do not check references, so the consistency check does: a row pointing at no document is reported")
    func danglingReferences() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        _ = try scratch.store.store([ScratchStore.item("kept", "Erdogan flew to Sochi on Friday.")])
        #expect(try scratch.store.consistencyProblems().isEmpty)
        try scratch.store.pool.write { db in
            try db.execute(sql: """
                INSERT INTO entity_mentions (document, entity_key, name, kind, start, "end", text)
                VALUES ('gone', 'person:ghost', 'Ghost', 'person', 0, 5, 'Ghost')
                """)
        }
        let problems = try scratch.store.consistencyProblems()
        #expect(problems.contains { $0.contains("entity_mentions") && $0.contains("documents") })
    }

    @Test("a statement profile counts the store's statements and the time spent in them")
    func statementProfile() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let profile = StatementProfile()
        let store = try SQLiteStore(path: folder.appendingPathComponent("p.sqlite").path, statementProfile: profile)
        _ = try store.store([ScratchStore.item("one", "Lula met Modi in Brasilia."), ScratchStore.item("two", "Modi left Brasilia.")])
        let documents = try #require(profile.report.first { $0.sql.hasPrefix("INSERT INTO documents (") })
        #expect(documents.executions == 2)
        #expect(profile.report.allSatisfy { $0.seconds >= 0 && !$0.sql.contains("\n") })
    }

    @Test("the store location: --db wins over DATELINE_DB, which wins over the default; postgres is refused")
    func location() throws {
        #expect(StoreLocation.resolve(option: "a.sqlite", environment: ["DATELINE_DB": "b.sqlite"]).kind == .sqlite(path: "a.sqlite"))
        #expect(StoreLocation.resolve(option: nil, environment: ["DATELINE_DB": "b.sqlite"]).kind == .sqlite(path: "b.sqlite"))
        #expect(StoreLocation.resolve(option: nil, environment: [:]).kind == .sqlite(path: "./dateline.sqlite"))
        let postgres = StoreLocation.resolve(option: "postgres://news:secret@db.example/dateline", environment: [:])
        #expect(throws: StoreError.self) { try postgres.open() }
        do { _ = try postgres.open() } catch { #expect(!"\(error)".contains("secret")) }
        #expect(throws: StoreError.self) { try StoreLocation("/nonexistent-folder/x.sqlite", origin: "--db").openExisting() }
    }
}
