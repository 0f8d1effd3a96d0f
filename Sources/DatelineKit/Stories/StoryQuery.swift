/// What `dateline stories` asks for: stories with all the named actors among their articles'
/// salient entities, overlapping a date range, with at least some articles.
public struct StoryQuery: Sendable {
    /// Each matches an entity's Wikidata id, entity key, or part of its name ("Putin").
    public var actors: [String]
    /// Inclusive bounds as dates ("2024", "2024-05", "2024-05-16"): a story overlapping them matches.
    public var from: String?
    public var to: String?
    public var minimumArticles: Int
    public var limit: Int

    public init(actors: [String] = [], from: String? = nil, to: String? = nil, minimumArticles: Int = 1, limit: Int = 1000) {
        self.actors = actors
        self.from = from
        self.to = to
        self.minimumArticles = minimumArticles
        self.limit = limit
    }

    /// First and last day of the range, as day numbers.
    var fromDay: Int? { from.flatMap { DayNumber.firstDay(of: $0) } }
    var toDay: Int? { to.flatMap { DayNumber.lastDay(of: $0) } }
}

/// One story as listed: its span, size, naming terms, first headline and articles.
public struct StorySummary: Codable, Sendable {
    public var id: Int64
    /// First and last publication day of its articles ("2024-05-16"), nil when none is dated.
    public var from: String?
    public var to: String?
    public var articles: Int
    public var terms: [String]
    public var headline: String?
    public var documents: [String]

    public init(_ story: Story, documents: [String]) {
        id = story.id
        from = story.firstDay.map(DayNumber.date)
        to = story.lastDay.map(DayNumber.date)
        articles = story.articles
        terms = story.topTerms()
        headline = story.headline
        self.documents = documents
    }
}
