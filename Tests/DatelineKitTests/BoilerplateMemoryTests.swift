import Foundation
import Testing
@testable import DatelineKit

/// The ingest run's in-process paragraph counts must say what the store's table says.
@Suite("Boilerplate memory")
struct BoilerplateMemoryTests {
    static let footer = "Support independent journalism: become a member of the Harbour Ledger today."
    static let outlet = "Harbour Ledger"

    static func article(_ id: String, _ news: String) -> IngestItem {
        ScratchStore.item(id, news + "\n\n" + footer, outlet: outlet)
    }

    /// Every paragraph of every stored document of the outlet, as the store counts them.
    static func paragraphs(in items: [IngestItem]) -> [Substring] {
        items.flatMap { Document.paragraphs(of: $0.annotated.document.text) }
    }

    @Test("counts kept in memory match the store's after each batch, near-duplicates and copies not counted")
    func settledCountsMatchTheStore() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let memory = StoreBoilerplateMemory(store: scratch.store)
        let first = [Self.article("a", "The port authority approved a new container terminal on Monday after a long review."),
                     Self.article("b", "Fishermen protested against the quota cut outside the ministry in the rain.")]
        // A near-duplicate of "a" and an identical copy of "b": remembered before storing, not counted by it.
        let second = [Self.article("c", "The port authority approved a new container terminal on Monday after a long review!"),
                      Self.article("d", "Fishermen protested against the quota cut outside the ministry in the rain."),
                      Self.article("e", "The ferry company announced two extra crossings for the summer season ahead.")]
        var all: [IngestItem] = []
        for batch in [first, second] {
            _ = try memory.repeats(of: [Substring(Self.footer)], outlet: Self.outlet)   // reads the outlet's counts
            for item in batch { memory.remember(item.annotated.document) }
            memory.handOver()
            let outcomes = try scratch.store.store(batch)
            memory.settle(counted: zip(batch, outcomes).compactMap {
                if case .stored = $1 { return $0.annotated.document } else { return nil }
            })
            all += batch
            let paragraphs = Self.paragraphs(in: all)
            #expect(try memory.repeats(of: paragraphs, outlet: Self.outlet) == scratch.store.repeats(of: paragraphs, outlet: Self.outlet))
        }
        #expect(try memory.repeats(of: [Substring(Self.footer)], outlet: Self.outlet) == [3])
    }

    @Test("another process's commits are seen at the next batch")
    func otherWritersAreNoticed() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let other = try SQLiteStore(path: scratch.path)
        let memory = StoreBoilerplateMemory(store: scratch.store)
        _ = try scratch.store.store([Self.article("a", "The harbour master resigned over the dredging contract on Friday.")])
        #expect(try memory.repeats(of: [Substring(Self.footer)], outlet: Self.outlet) == [1])
        _ = try other.store([Self.article("b", "A cruise ship was turned away after a fire broke out in its engine room.")])
        memory.handOver()
        _ = try scratch.store.store([ScratchStore.item("x", "Unrelated wire copy about grain prices.")])
        memory.settle(counted: [])
        #expect(try memory.repeats(of: [Substring(Self.footer)], outlet: Self.outlet) == [2])
    }

    @Test("a document's fingerprints, found on bytes, are those of its paragraphs and cut text, each once")
    func fingerprintsOnBytes() {
        let texts = ["", "one", "one\n\ntwo\n\none", "\n\none\n\n\n\ntwo\n\n", "a\n\n\nb", "Zürich — “x”\n\n北京\n\n🇷🇺",
                     "cr\r\n\r\nlf\n\nmixed", GeneratedCorpus(count: 2, seed: 9).article(1)]
        for text in texts {
            var document = Document(id: "d", source: DocumentSource(path: "d"), text: text, contentHash: "h")
            document.removed = [RemovedText(text: "Read more »", reason: "navigation prompt"), RemovedText(text: "one", reason: "x")]
            var expected = Set(document.paragraphs.map(StoreBoilerplateMemory.fingerprint))
            for removed in document.removed { expected.insert(StoreBoilerplateMemory.fingerprint(Substring(removed.text))) }
            #expect(StoreBoilerplateMemory.fingerprints(of: document) == expected.sorted(), "\(text.debugDescription)")
        }
    }
}
