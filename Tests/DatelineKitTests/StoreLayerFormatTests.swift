import Foundation
import GRDB
import Testing
@testable import DatelineKit

/// How the store keeps annotation layers: tokens as a compact blob, the rest as JSON; rows written
/// before the blob column existed still read back; the SQLite timeline groups reports exactly as the
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
        let json = try scratch.store.pool.read { db in
            try String.fetchOne(db, sql: "SELECT layers_json FROM documents WHERE id = 'story'")
        }
        let stored = try JSONDecoder().decode(AnnotationLayers.self, from: Data(try #require(json).utf8))
        #expect(stored.tokens.isEmpty && stored.sentences == layers.sentences)
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
            try db.execute(sql: "UPDATE documents SET layers_json = ?, tokens = NULL WHERE id = 'old'", arguments: [oldJSON])
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

@Suite("Timeline key memory")
struct TimelineKeyMemoryTests {
    @Test("filing an entry keeps a key's newest-first list as the query would return it")
    func filingKeepsTheNewest() {
        let limit = SQLiteTimelineRepository.candidateLimit
        #expect(SQLiteTimelineRepository.filing(5, into: []) == [5])
        #expect(SQLiteTimelineRepository.filing(9, into: [7, 3]) == [9, 7, 3])
        #expect(SQLiteTimelineRepository.filing(4, into: [7, 3]) == [7, 4, 3], "an older entry newly filed under the key")
        #expect(SQLiteTimelineRepository.filing(7, into: [7, 3]) == [7, 3], "filed twice counts once")
        let full = (1...limit).map { Int64(1000 - $0) }
        #expect(SQLiteTimelineRepository.filing(2000, into: full) == [2000] + full.dropLast())
        #expect(SQLiteTimelineRepository.filing(10, into: full) == full, "older than the oldest of a full list")
        #expect(SQLiteTimelineRepository.filing(Int64(1000 - limit / 2) , into: full) == full)
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
            #expect(SQLiteStore.paragraphs(of: text) == document.paragraphs, "\(text.debugDescription)")
        }
    }
}
