import Foundation
import Testing
@testable import DatelineKit

@Suite("NearDuplicates")
struct NearDuplicateTests {
    static let story = """
        Russian President Vladimir Putin held talks with Chinese President Xi Jinping in Kazan on Tuesday, \
        the Kremlin said in a statement.

        "We have agreed to deepen energy cooperation and to meet again next year," Putin told reporters after \
        the talks, according to the state news agency.

        Xi said his country valued the partnership and hoped for progress on trade in national currencies \
        before the end of the year, officials said.

        The two leaders last met in Beijing in 2023, when they discussed a new gas pipeline and signed \
        fourteen agreements on transport, energy and agriculture.
        """
    /// The same wire story as another outlet ran it: an editor's note added at the end.
    static let syndicated = story + "\n\nThis story has been updated with comment from the Chinese foreign ministry."
    static let unrelated = """
        Brazilian President Luiz Inacio Lula da Silva cancelled his trip to the summit after a fall at home, \
        his office said on Sunday, adding that he would join the meeting by video link instead.

        Doctors advised him to avoid long-haul flights for several days, the office said.
        """

    @Test("shingles fold case and punctuation; short texts still give one shingle")
    func shingles() {
        #expect(WordShingles.hashes("Putin met Xi in Kazan today") == WordShingles.hashes("putin, met XI in -- Kazan today!"))
        #expect(WordShingles.hashes("Putin met Xi").count == 1)
        #expect(WordShingles.hashes("one two three four five six").count == 2)
        #expect(WordShingles.hashes("  ... ").isEmpty)
    }

    @Test("a syndicated copy scores above the threshold, an unrelated story far below")
    func similarity() {
        let original = MinHashSignature(text: Self.story)
        #expect(original.similarity(MinHashSignature(text: Self.story)) == 1)
        let copy = original.similarity(MinHashSignature(text: Self.syndicated))
        #expect(copy >= MinHashSignature.nearDuplicateThreshold && copy < 1)
        #expect(original.similarity(MinHashSignature(text: Self.unrelated)) < 0.2)
        #expect(MinHashSignature(blob: original.blob) == original)
    }

    @Test("a near-duplicate is stored, linked to its original; a copy of the copy links to the first original")
    func storedAndLinked() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let copyOfCopy = Self.syndicated + " Additional reporting by the Beijing bureau."
        let outcomes = try scratch.store.store([
            ScratchStore.item("wire", Self.story, outlet: "Meridian Wire"),
            ScratchStore.item("unrelated", Self.unrelated),
        ])
        #expect(outcomes == [.stored(id: "wire"), .stored(id: "unrelated")])
        let later = try scratch.store.store([
            ScratchStore.item("courier", Self.syndicated, outlet: "Northern Courier"),
            ScratchStore.item("dispatch", copyOfCopy, outlet: "Capital Dispatch"),
        ])
        guard case .storedNearDuplicate(let id, let original, let similarity) = later[0] else {
            Issue.record("expected a near-duplicate, got \(later[0])")
            return
        }
        #expect(id == "courier" && original == "wire" && similarity >= 0.8)
        #expect(later[1].id == "dispatch")
        #expect(try scratch.store.document(id: "dispatch")?.nearDuplicateOf == "wire")
        let groups = try scratch.store.nearDuplicateGroups()
        #expect(groups.count == 1)
        #expect(groups.first?.original.id == "wire")
        #expect(groups.first?.duplicates.map(\.id) == ["courier", "dispatch"])
        let stats = try scratch.store.statistics()
        #expect(stats.documents == 4 && stats.nearDuplicates == 2 && stats.nearDuplicateGroups == 1)
    }

    @Test("a paragraph repeated across three stored documents of an outlet is cut from the fourth")
    func learnedBoilerplate() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let house = "Meridian Wire has been owned by the Meridian Media Group since 1998 and is edited in Geneva."
        let corpus = GeneratedCorpus(count: 8, seed: 7)
        func write(_ i: Int, in sub: String) throws {
            let dir = folder.appendingPathComponent(sub)
            try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
            // The newsletter line names the outlet; the house paragraph has no boilerplate cue at all.
            let text = corpus.article(i).components(separatedBy: "\n\n").prefix(4).joined(separator: "\n\n")
                + "\n\n\(house)\n\nSign up for the Meridian Wire newsletter and get the day's top stories in your inbox.\n"
            try text.write(to: dir.appendingPathComponent("story-\(i).txt"), atomically: true, encoding: .utf8)
        }
        for i in 0..<3 { try write(i, in: "first") }
        try write(3, in: "second")
        let first = try Ingestor(store: scratch.store).ingest([folder.appendingPathComponent("first").path])
        #expect(first.added == 3)
        for id in ["story-0", "story-1", "story-2"] {
            #expect(try scratch.store.document(id: id)?.text.contains(house) == true)
        }
        _ = try Ingestor(store: scratch.store).ingest([folder.appendingPathComponent("second").path])
        let fourth = try #require(try scratch.store.document(id: "story-3"))
        #expect(!fourth.text.contains(house))
        #expect(fourth.removed.contains { $0.text == house && $0.reason.contains("repeated across 3 documents") })
        // The first three would now clean differently, but their inputs are remembered: nothing re-stored.
        let again = try Ingestor(store: scratch.store).ingest([folder.appendingPathComponent("first").path])
        #expect(again.alreadyIngested == 3 && again.added == 0)
        #expect(try scratch.store.statistics().documents == 4)
    }

    @Test("within one run, the memory counts the batch not yet committed")
    func learnedWithinOneRun() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let house = "Capital Dispatch is an independent daily founded in 1921 by the printers of the old town."
        let corpus = GeneratedCorpus(count: 5, seed: 11)
        for i in 0..<5 {
            let text = corpus.article(i).components(separatedBy: "\n\n").prefix(4).joined(separator: "\n\n")
                + "\n\n\(house)\n\nSign up for the Capital Dispatch newsletter and get the day's top stories in your inbox.\n"
            try text.write(to: folder.appendingPathComponent("d\(i).txt"), atomically: true, encoding: .utf8)
        }
        let summary = try Ingestor(store: scratch.store).ingest([folder.path])
        #expect(summary.added == 5)
        #expect(try scratch.store.document(id: "d3")?.text.contains(house) == false)
        #expect(try scratch.store.document(id: "d2")?.text.contains(house) == true)
    }
}
