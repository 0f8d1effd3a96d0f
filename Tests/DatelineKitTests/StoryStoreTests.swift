import Foundation
import GRDB
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

    /// Generated articles over a few weeks, through the real pipeline.
    static func generated(_ count: Int, seed: UInt64) -> [AnnotatedDocument] {
        let corpus = GeneratedCorpus(count: count, seed: seed)
        return (0..<count).map { i in
            let input = ArticleInput(id: "g\(i)", source: DocumentSource(path: "g\(i).txt"), published: "2024-05-\(10 + i % 15)",
                                     body: .text(corpus.article(i)), byteCount: 0)
            return Pipeline.standard.annotated(try! ArticleCleaner().document(from: input))
        }
    }

    @Test("the postings a batch reads are the newest of the table as it will be once the batch is written")
    func batchPostingsMatchTheTableAsWritten() {
        typealias Entry = StoryPostings.Entry
        // The table files stories under terms 1–6; the batch moves them among 1–12, so some lists
        // only lose stories, and a term is first read after some of its newest rows were removed.
        let terms = Array(UInt64(1)...12), limit = 3
        // A fixed pseudo-random sequence (LCG), so a failure repeats.
        var seed: UInt64 = 12345
        func next(_ n: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(n))
        }
        func twoTerms(among count: Int = 12) -> [UInt64] {
            let a = terms[next(count)], b = terms[next(count)]
            return a == b ? [a] : [a, b]
        }
        // The table as the batch found it: 40 stories filed under one or two terms each.
        var filed: [Int64: (touched: Int, terms: [UInt64])] = [:]
        for story in Int64(1)...40 { filed[story] = (Int(story), twoTerms(among: 6)) }
        func rows(of filed: [Int64: (touched: Int, terms: [UInt64])], _ term: UInt64) -> [Entry] {
            filed.filter { $0.value.terms.contains(term) }.map { Entry(touched: $0.value.touched, story: $0.key) }
                .sorted(by: Entry.newer)
        }
        let table = filed
        var postings = StoryPostings()
        var reads = 0
        for step in 0..<400 {
            for term in [terms[next(terms.count)]] {
                let newest = postings.newest(term, limit: limit) { term, count in
                    reads += 1
                    return Array(rows(of: table, term).prefix(count))
                }
                #expect(Array(newest) == Array(rows(of: filed, term).prefix(limit)), "step \(step), term \(term)")
            }
            let story = Int64(1 + next(40)), old = filed[story]!, now = (touched: 100 + step, terms: twoTerms())
            postings.refile(story, leaving: old.terms, at: old.touched, filing: now.terms, at: now.touched, limit: limit)
            filed[story] = now
        }
        #expect(reads > terms.count && reads < 100, "lists are read again only when the batch removed what it knew")
        // What the batch writes turns the table it found into the table it saw.
        for term in terms {
            var written = Set(rows(of: table, term))
            written.subtract(postings.removed[term] ?? [])
            written.formUnion(postings.added[term] ?? [])
            #expect(written == Set(rows(of: filed, term)))
        }
    }

    @Test("a batch that reads postings it changed and writes them at the end groups as one transaction per article")
    func oneBatchGroupsAsArticleByArticle() throws {
        // One story per term and two lookup terms: posting lists overflow and lose entries all the time.
        var rules = StoryRules()
        rules.storiesPerTerm = 1
        rules.lookupTerms = 2
        let articles = Self.generated(120, seed: 7)
        func cluster(batchesOf size: Int) throws -> (groups: [[String]], stories: [String], fullestPosting: Int) {
            var configuration = Configuration()
            // Only the story tables are filled: their references to `documents` are not checked.
            configuration.foreignKeysEnabled = false
            let queue = try DatabaseQueue(configuration: configuration)
            try StoreMigrations.migrator.migrate(queue)
            for start in stride(from: 0, to: articles.count, by: size) {
                try queue.inTransaction { db in
                    let repository = SQLiteStoryRepository(db: db, rules: rules)
                    for annotated in articles[start..<min(start + size, articles.count)] { try repository.add(annotated) }
                    try repository.batch.finish(in: db)
                    return .commit
                }
            }
            return try queue.read { db in
                let groups = try String.fetchAll(db, sql: """
                    SELECT group_concat(document, ' ') FROM (SELECT story, document FROM story_documents ORDER BY rowid) GROUP BY story ORDER BY story
                    """).map { $0.split(separator: " ").map(String.init) }
                let stories = try Row.fetchAll(db, sql: "SELECT id, first_day, last_day, articles, touched, hex(centroid) FROM stories ORDER BY id")
                    .map { $0.description }
                let fullest = try Int.fetchOne(db, sql: "SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM story_postings GROUP BY term)") ?? 0
                return (groups, stories, fullest)
            }
        }
        let alone = try cluster(batchesOf: 1), together = try cluster(batchesOf: articles.count), mixed = try cluster(batchesOf: 7)
        #expect(alone.groups.count > 1 && alone.groups.contains { $0.count > 1 }, "the corpus forms several stories")
        #expect(alone.fullestPosting > rules.storiesPerTerm, "some term has more stories than a lookup reads: \(alone.groups.count) stories, fullest \(alone.fullestPosting)")
        #expect(together.groups == alone.groups)
        #expect(together.stories == alone.stories)
        #expect(mixed.groups == alone.groups)
        #expect(mixed.stories == alone.stories)
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

    /// Hash seeds differ per process, so this checks the order itself.
    @Test("a story's term names are written in hash order, so equal stories give equal rows")
    func termNamesInHashOrder() {
        var names: [UInt64: String] = [:]
        for i in 0..<200 { names[UInt64(i) &* 0x9E37_79B9_7F4A_7C15] = "term \(i)" }
        let hashes = SQLiteStoryRepository.namesText(names).split(separator: "\n").map { UInt64($0.split(separator: "\t")[0])! }
        #expect(hashes.count == 200 && hashes == hashes.sorted())
    }
}
