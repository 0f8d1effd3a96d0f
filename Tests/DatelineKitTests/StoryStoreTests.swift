import Foundation
import Testing
@testable import DatelineKit

/// Stories kept by the SQLite store at ingest: filled in the storing transaction, read back by query.
@Suite struct StoryStoreTests {
    typealias S = StoryClusteringTests

    static func item(_ annotated: AnnotatedDocument) -> IngestItem {
        IngestItem(annotated: annotated, input: InputKey(hash: SHA256.hex(annotated.document.text), source: annotated.document.id))
    }

    @Test func storiesRoundTripAndGrowAcrossTransactions() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let a = S.article("a", "Cruise ship hits Rhine bridge near Duisburg", S.cruise, published: "2017-12-27")
        let c = S.article("c", "Bitcoin falls below $6,000", S.bitcoin, published: "2018-02-05")
        _ = try scratch.store.store([Self.item(a), Self.item(c)])
        #expect(try scratch.store.stories(StoryQuery()).count == 2)

        // A later batch, from a reopened store: the follow-up finds the stored story.
        let reopened = try SQLiteStore(path: scratch.path)
        let b = S.article("b", "Why did the Rhine cruise ship hit the bridge?", S.cruiseFollowUp, published: "2017-12-28")
        _ = try reopened.store([Self.item(b)])
        let stories = try reopened.stories(StoryQuery())
        #expect(stories.count == 2)
        let cruise = try #require(stories.first { $0.documents.contains("a") })
        #expect(cruise.documents == ["a", "b"])
        #expect(cruise.articles == 2)
        #expect(cruise.from == "2017-12-27" && cruise.to == "2017-12-28")
        #expect(cruise.headline == "Cruise ship hits Rhine bridge near Duisburg")
        #expect(!cruise.terms.isEmpty)
        #expect(try reopened.story(of: "b") == cruise.id)
        #expect(try reopened.story(of: "c") != cruise.id)

        // Same clustering as in memory.
        var memory = StoryClusterer()
        #expect(memory.add(a) == memory.add(b))

        #expect(try reopened.stories(StoryQuery(from: "2018")).map(\.documents) == [["c"]])
        #expect(try reopened.stories(StoryQuery(to: "2017-12")).map(\.documents) == [["a", "b"]])
        #expect(try reopened.stories(StoryQuery(minimumArticles: 2)).count == 1)
    }

    @Test func actorQueryFindsStoriesByResolvedEntity() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let text = """
            Russian President Vladimir Putin and Chinese President Xi Jinping held talks in Beijing on Thursday. \
            Putin said relations between Russia and China were at their best ever, and Xi praised the partnership.
            """
        // Putin and Xi are named in every article of a store of Putin–Xi news (so weigh little in a
        // signature), yet --actor must find each of their stories.
        let other = """
            Russian President Vladimir Putin spoke with Chinese President Xi Jinping by telephone on Monday about grain exports \
            through the Black Sea. Putin and Xi discussed the harvest and fertiliser shipments to Africa.
            """
        _ = try scratch.store.store([Self.item(S.article("p", "Putin meets Xi in Beijing", text, published: "2024-05-16")),
                                     Self.item(S.article("g", "Putin and Xi discuss grain by phone", other, published: "2024-01-08")),
                                     Self.item(S.article("c", "Bitcoin falls below $6,000", S.bitcoin, published: "2024-05-16"))])
        #expect(try scratch.store.stories(StoryQuery(actors: ["Xi"])).map(\.documents) == [["g"], ["p"]])
        #expect(try scratch.store.stories(StoryQuery(actors: ["Putin"])).map(\.documents) == [["g"], ["p"]])
        #expect(try scratch.store.stories(StoryQuery(actors: ["Putin", "Xi"], from: "2024-03")).map(\.documents) == [["p"]])
        #expect(try scratch.store.stories(StoryQuery(actors: ["Erdogan"])).isEmpty)
    }

    @Test("a store that remembers terms and stories between batches clusters as one that reads everything back")
    func rememberingBetweenBatchesChangesNothing() throws {
        let corpus = GeneratedCorpus(count: 120, seed: 5)
        let pipeline = Pipeline.standard
        let items = (0..<120).map { i -> IngestItem in
            let input = ArticleInput(id: "g\(i)", source: DocumentSource(path: "g\(i).txt"), published: "2024-05-\(10 + i % 15)",
                                     body: .text(corpus.article(i)), byteCount: 0)
            return Self.item(pipeline.annotated(try! ArticleCleaner().document(from: input)))
        }
        let remembering = try ScratchStore(), forgetting = try ScratchStore()
        defer { remembering.close(); forgetting.close() }
        for start in stride(from: 0, to: items.count, by: 10) {
            _ = try remembering.store.store(Array(items[start..<(start + 10)]))
            _ = try SQLiteStore(path: forgetting.path).store(Array(items[start..<(start + 10)]))
        }
        let a = try remembering.store.stories(StoryQuery(limit: 1000)).map(\.documents)
        let b = try forgetting.store.stories(StoryQuery(limit: 1000)).map(\.documents)
        #expect(a.count > 1 && a.count < 120, "the corpus forms several stories")
        #expect(a == b)
    }
}
