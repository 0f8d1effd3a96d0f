import Foundation

/// How well the timeline groups articles about the same real event, on the Giveme5W1H
/// `news_cluster` set (383 articles, 69 events, label `newsCluster.Event`): each article goes
/// through the full pipeline into one in-memory timeline; its main event is the timeline entry of
/// its first asserted, non-background event. Two articles are predicted together when their main
/// events are one entry; scored pairwise (precision, recall, F1 over article pairs). An article
/// with no event is alone.
///
/// The same articles also go, in the same order, through the story clusterer
/// (`StoryClusterer`, one story per article), scored the same way in `Result.stories`.
public struct ClusterEvaluation: Sendable {
    public var folder: URL
    public var extractor: Extractor
    public var storyRules: StoryRules

    public init(folder: URL, extractor: Extractor = Extractor(), storyRules: StoryRules = StoryRules()) {
        self.folder = folder
        self.extractor = extractor
        self.storyRules = storyRules
    }

    public struct Result: Sendable {
        public var articles: Int
        public var groups: Int
        public var withEvent: Int
        /// Articles grouped by the timeline entry of their main event.
        public var timeline: GroupingScore
        /// The looser reading: two articles together when any of their asserted, non-background
        /// events share an entry (an article reports several events).
        public var sharedPrecision: Double
        public var sharedRecall: Double
        /// Gold pairs published at most seven days apart: the pairs one dated event could join
        /// (the set's groups are topics; some span months).
        public var goldPairsWithinAWeek: Int
        public var goldPairs: Int
        /// The story layer's grouping of the same articles.
        public var stories: GroupingScore
        /// Time spent clustering stories per article (signature and merge, not the pipeline), in ms.
        public var storyMillisecondsPerArticle: Double
    }

    /// The annotated articles of the set with their gold labels, in file order.
    public struct Corpus: Sendable {
        public var labels: [String]
        public var documents: [AnnotatedDocument?]
    }

    /// Story grouping of the corpus under `rules`, and the clustering time per article in ms.
    public static func stories(_ corpus: Corpus, rules: StoryRules) -> (score: GroupingScore, millisecondsPerArticle: Double) {
        var clusterer = StoryClusterer(rules: rules)
        let clock = ContinuousClock()
        var predicted: [Int64?] = []
        predicted.reserveCapacity(corpus.documents.count)
        let elapsed = clock.measure {
            for document in corpus.documents { predicted.append(document.map { clusterer.add($0) }) }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return (GroupingScore(labels: corpus.labels, predicted: predicted), seconds * 1000 / Double(max(1, predicted.count)))
    }

    struct Article: Decodable {
        struct Cluster: Decodable { var Event: String }
        var title: String?
        var text: String?
        var date_publish: String?
        var newsCluster: Cluster
        var dId: String?
    }

    public func run() throws -> Result {
        try evaluate().result
    }

    /// The scores, and the annotated corpus for further story runs (`stories(_:rules:)`).
    public func evaluate() throws -> (result: Result, corpus: Corpus) {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var timeline = TimelineMerger()
        var labels: [String] = []
        var mains: [Int64?] = []
        var shared: [Set<Int64>] = []
        var days: [Int?] = []
        var documents: [AnnotatedDocument?] = []
        for file in files {
            let article = try JSONDecoder().decode(Article.self, from: Data(contentsOf: folder.appendingPathComponent(file)))
            guard let text = article.text, !text.isEmpty else { continue }
            let input = ArticleInput(id: article.dId ?? file, source: DocumentSource(path: file), title: article.title,
                                     published: article.date_publish, body: .text(text), byteCount: text.utf8.count)
            labels.append(article.newsCluster.Event)
            days.append(article.date_publish.flatMap { DayNumber.firstDay(of: String($0.prefix(10))) })
            guard case .success(let record) = extractor.record(for: input) else { mains.append(nil); shared.append([]); documents.append(nil); continue }
            let annotated = AnnotatedDocument(document: record.document, layers: record.layers)
            documents.append(annotated)
            let entries = timeline.add(annotated)
            let events = annotated.layers.events
            let main = events.indices.first { !events[$0].background && events[$0].modality == .asserted } ?? (events.isEmpty ? nil : 0)
            mains.append(main.map { entries[$0] })
            shared.append(Set(events.indices.filter { !events[$0].background && events[$0].modality == .asserted }.map { entries[$0] }))
        }
        // The looser reading and the week's window are counted over article pairs; the main
        // entry's grouping is scored like the stories'.
        var truePairs = 0, sharedPairs = 0, sharedBoth = 0, withinWeek = 0
        for i in labels.indices {
            for j in labels.indices where j > i {
                let same = labels[i] == labels[j]
                if same { truePairs += 1 }
                if same, let a = days[i], let b = days[j], abs(a - b) <= 7 { withinWeek += 1 }
                if !shared[i].isDisjoint(with: shared[j]) { sharedPairs += 1; if same { sharedBoth += 1 } }
            }
        }
        let timelineScore = GroupingScore(labels: labels, predicted: mains)
        let corpus = Corpus(labels: labels, documents: documents)
        let stories = Self.stories(corpus, rules: storyRules)
        let result = Result(articles: labels.count, groups: timelineScore.groups, withEvent: mains.compactMap { $0 }.count,
                      timeline: timelineScore,
                      sharedPrecision: sharedPairs == 0 ? 0 : Double(sharedBoth) / Double(sharedPairs),
                      sharedRecall: truePairs == 0 ? 0 : Double(sharedBoth) / Double(truePairs),
                      goldPairsWithinAWeek: withinWeek, goldPairs: truePairs,
                      stories: stories.score, storyMillisecondsPerArticle: stories.millisecondsPerArticle)
        return (result, corpus)
    }
}
