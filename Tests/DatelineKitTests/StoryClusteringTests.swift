import Foundation
import Testing
@testable import DatelineKit

/// Made-up articles through the real pipeline, clustered into stories.
@Suite struct StoryClusteringTests {
    static func article(_ id: String, _ title: String, _ text: String, published: String) -> AnnotatedDocument {
        let input = ArticleInput(id: id, source: DocumentSource(path: "\(id).txt"), title: title, published: published,
                                 body: .text(text), byteCount: text.utf8.count)
        guard case .success(let record) = Extractor().record(for: input) else { fatalError("test article \(id) did not annotate") }
        return AnnotatedDocument(document: record.document, layers: record.layers)
    }

    static let cruise = """
        A Rhine cruise ship carrying 120 passengers struck a bridge pylon near Duisburg on Wednesday night, injuring \
        twenty-five people. The river cruise ship was travelling downstream when it hit the pylon of the motorway bridge.

        Police in Duisburg said the captain of the cruise ship was being questioned. Rescue boats took the injured \
        passengers ashore and the Rhine was closed to shipping for several hours.
        """
    static let cruiseFollowUp = """
        Investigators in Duisburg are examining why a Rhine cruise ship hit a bridge pylon, leaving twenty-five \
        passengers injured. The captain of the cruise ship told police the steering failed as the ship approached the bridge.

        Shipping on the Rhine resumed on Thursday after divers inspected the pylon of the bridge for damage.
        """
    static let bitcoin = """
        The price of bitcoin fell below 6,000 dollars on Tuesday as regulators in Asia signalled a crackdown on \
        cryptocurrency exchanges. Bitcoin has lost more than half its value since its December peak.

        Traders said the bitcoin sell-off spread to other cryptocurrency markets, with ether and ripple also falling sharply.
        """

    @Test func reportsOfOneStoryJoinAndAnotherStoryStaysApart() {
        var stories = StoryClusterer()
        let a = stories.add(Self.article("a", "Cruise ship hits Rhine bridge near Duisburg", Self.cruise, published: "2017-12-27"))
        let b = stories.add(Self.article("b", "Why did the Rhine cruise ship hit the bridge?", Self.cruiseFollowUp, published: "2017-12-28"))
        let c = stories.add(Self.article("c", "Bitcoin falls below $6,000", Self.bitcoin, published: "2017-12-28"))
        #expect(a == b)
        #expect(c != a)
        #expect(stories.stories.count == 2)
        let story = stories.stories.first { $0.id == a }!
        #expect(story.articles == 2)
        #expect(story.firstDay == DayNumber.firstDay(of: "2017-12-27"))
        #expect(story.lastDay == DayNumber.firstDay(of: "2017-12-28"))
        #expect(story.topTerms().contains { $0.lowercased().contains("cruise") || $0.lowercased().contains("rhine") })
    }

    @Test func theSameWordsMonthsLaterStartANewStory() {
        var stories = StoryClusterer()
        let a = stories.add(Self.article("a", "Cruise ship hits Rhine bridge near Duisburg", Self.cruise, published: "2017-12-27"))
        let soon = stories.add(Self.article("b", "Why did the Rhine cruise ship hit the bridge?", Self.cruiseFollowUp, published: "2018-01-03"))
        let later = stories.add(Self.article("c", "Why did the Rhine cruise ship hit the bridge?", Self.cruiseFollowUp, published: "2018-09-20"))
        #expect(soon == a)
        #expect(later != a, "a story of last season does not absorb today's article")
    }

    @Test func decayLowersTheScoreWithTheGap() throws {
        let rules = StoryRules()
        let shared = StoryTerm(term: 1, weight: 1)
        let document = Document(id: "d", source: DocumentSource(path: "d"), text: "", contentHash: "d")
        let story = Story(id: 1, first: StorySignature(terms: [shared], day: 1000), document: document, rules: rules)
        let same = try #require(rules.score(StorySignature(terms: [shared], day: 1000), story))
        let halfLife = Int(rules.halfLifeDays)
        let oneHalfLife = try #require(rules.score(StorySignature(terms: [shared], day: 1000 + halfLife), story))
        let before = try #require(rules.score(StorySignature(terms: [shared], day: 1000 - 2 * halfLife), story))
        #expect(abs(same - 1) < 1e-9)
        #expect(abs(oneHalfLife - 0.5) < 0.01)
        #expect(abs(before - 0.25) < 0.01, "an article older than the story decays the same way")
        #expect(rules.score(StorySignature(terms: [shared], day: 1000 + rules.windowDays + 1), story) == nil)
    }

    @Test func aTermSharedByThousandsOfStoriesYieldsABoundedCandidateList() {
        var rules = StoryRules()
        rules.threshold = 0.9  // each made-up article is its own story
        var stories = StoryClusterer(rules: rules)
        let shared: UInt64 = 42
        for i in 0..<3000 {
            let document = Document(id: "s\(i)", source: DocumentSource(path: "s\(i)"), text: "", contentHash: "s\(i)")
            let signature = StorySignature(terms: [StoryTerm(term: shared, weight: 1), StoryTerm(term: 1000 + UInt64(i), weight: 1.2)], day: 5000)
            stories.add(signature, document: document)
        }
        #expect(stories.stories.count == 3000)
        #expect(stories.filed(under: shared) == rules.storiesPerTerm)
        let candidates = stories.candidates([shared])
        #expect(candidates.count == rules.storiesPerTerm)
        #expect(Set(candidates) == Set(2976..<3000), "the most recently changed stories")
        #expect(stories.candidates([shared, 1000, 1001, 1002]).count <= rules.candidateLimit)
    }

    @Test("the heaviest terms of a list are the first of the list sorted by weight, ties by term")
    func heaviestTermsAreTheSortedPrefix() {
        // Few distinct weights, so many ties.
        var seed: UInt64 = 99
        func next(_ n: UInt64) -> UInt64 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return (seed >> 33) % n
        }
        for size in [0, 5, 21, 64, 200] {
            let terms = (0..<size).map { _ in StoryTerm(term: next(50), weight: Double(next(6)) / 4) }
            for count in [0, 1, 10, 32] {
                let sorted = terms.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.term < $1.term }
                #expect(StoryTerm.heaviest(terms, count) == Array(sorted.prefix(count)), "\(count) of \(size)")
            }
        }
    }

    @Test func theFiveSeedsStayFiveStories() throws {
        // Putin–Xi contacts of different years share their people, not their story.
        var stories = StoryClusterer()
        var timeless = StoryRules()
        timeless.halfLifeDays = 1e9
        timeless.windowDays = Int.max / 2
        var withoutTime = StoryClusterer(rules: timeless)
        var ids: Set<Int64> = [], idsWithoutTime: Set<Int64> = []
        for prefix in ["000", "001", "002", "003", "004"] {
            let url = try SharedData.seed(prefix)
            let text = try String(contentsOf: url, encoding: .utf8)
            let input = ArticleInput(id: prefix, source: DocumentSource(path: url.path), body: .text(text), byteCount: text.utf8.count)
            guard case .success(let record) = Extractor().record(for: input) else { Issue.record("seed \(prefix)"); continue }
            ids.insert(stories.add(AnnotatedDocument(document: record.document, layers: record.layers)))
            idsWithoutTime.insert(withoutTime.add(AnnotatedDocument(document: record.document, layers: record.layers)))
        }
        #expect(ids.count == 5)
        // What keeps them apart is time: with no window, the shared people and places merge some.
        #expect(idsWithoutTime.count < 5)
    }
}
