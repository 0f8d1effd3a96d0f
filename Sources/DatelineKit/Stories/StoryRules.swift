import Foundation

/// The clusterer's settings, one global set for every corpus (nothing here is chosen per source).
///
/// `threshold` is tuned, once and globally, on the Giveme5W1H `news_cluster` set
/// (`dateline eval clusters --sweep`): pairwise F1 is on a plateau of about 0.82–0.85 for thresholds
/// 0.10–0.18 at half-lives of 14–60 days; 0.18 is the plateau's high end, chosen because a denser
/// stream than those 69 unrelated stories has more near-neighbour stories to chain, and its
/// precision there stays at 0.96. `halfLifeDays` is a month on its own grounds (a story with no new
/// article for a month has half its pull left); the sweep agrees. The other numbers bound cost.
public struct StoryRules: Sendable {
    /// Least time-decayed cosine similarity for an article to join a story.
    public var threshold: Double = 0.18
    /// A story's pull halves for every this many days between the article and the story's span:
    /// a story of last year does not absorb today's article about the same people.
    public var halfLifeDays: Double = 30
    /// Beyond this many days from a story's span an article never joins it.
    public var windowDays: Int = 120
    /// Terms kept in an article's signature.
    public var signatureTerms = 32
    /// Terms whose document frequency is counted and looked up per article.
    public var weighedTerms = 64
    /// Heaviest terms of an article whose text is kept to name its story (and entities to query it by).
    public var namedTerms = 12
    /// Terms kept in a story's centroid.
    public var centroidTerms = 64
    /// Terms an article looks candidates up by, and a story is filed under.
    public var lookupTerms = 10
    /// Stories remembered per term: the most recently changed. A term shared by thousands of stories
    /// ("Trump") still yields at most this many candidates, so the cost of one more article does not
    /// grow with the number stored.
    public var storiesPerTerm = 24
    /// Candidates compared per article, the most recently changed of those found.
    public var candidateLimit = 64

    public init() {}

    public init(threshold: Double, halfLifeDays: Double) {
        self.threshold = threshold
        self.halfLifeDays = halfLifeDays
    }

    /// Rules under which no article joins another (a threshold no score reaches): benchmarks use
    /// them for the most stories and the fullest candidate lists.
    public static var everyArticleAlone: StoryRules {
        var rules = StoryRules()
        rules.threshold = 2
        return rules
    }

    /// Days between `day` and the span `first...last`; 0 when inside it or when a date is unknown.
    static func gap(_ day: Int?, first: Int?, last: Int?) -> Int {
        guard let day, let first, let last else { return 0 }
        if day < first { return first - day }
        if day > last { return day - last }
        return 0
    }

    /// How similar an article is to a story, decayed by the time between them; nil when outside the window.
    func score(_ signature: StorySignature, _ story: Story) -> Double? {
        let gap = Self.gap(signature.day, first: story.firstDay, last: story.lastDay)
        guard gap <= windowDays, story.norm > 0 else { return nil }
        let cosine = StorySignature.dot(signature.terms, story.centroid) / story.norm
        return cosine * pow(0.5, Double(gap) / halfLifeDays)
    }

    /// The candidate the article joins: the highest score at or above the threshold; ties go to the
    /// most recently started story.
    public func best(for signature: StorySignature, among candidates: some Sequence<Story>) -> (id: Int64, score: Double)? {
        var best: (id: Int64, score: Double)?
        for story in candidates {
            guard let score = score(signature, story, beating: best) else { continue }
            best = (story.id, score)
        }
        return best
    }

    /// The score of `story` when it takes the place of `best` as `best(for:among:)` chooses: at or
    /// above the threshold and higher, or as high and newer; nil otherwise.
    func score(_ signature: StorySignature, _ story: Story, beating best: (id: Int64, score: Double)?) -> Double? {
        guard let score = score(signature, story), score >= threshold else { return nil }
        if let b = best, (b.score, b.id) >= (score, story.id) { return nil }
        return score
    }
}
