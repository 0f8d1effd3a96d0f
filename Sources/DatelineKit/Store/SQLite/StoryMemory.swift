import Foundation

/// What the story index learned in this store's earlier transactions, kept between them so an
/// article's terms and candidate stories are not read back from SQLite every time.
///
/// - Term document counts: a term's count as last read or written by this process. Another
///   process's articles are missed until the count is read again; counts only weigh terms (IDF),
///   and the table itself stays exact because each transaction adds its own increments.
/// - Story summaries by id with the `touched` number they were read at: a story changes only by
///   taking an article, which renumbers it, so a summary whose number still matches its posting
///   is current, whoever wrote it.
///
/// Both are bounded: term counts are dropped all at once when full (they are re-read on demand),
/// summaries lose their oldest half.
final class StoryMemory: @unchecked Sendable {
    private let lock = NSLock()
    private var documents: [UInt64: Int] = [:]
    private var summaries: [Int64: (touched: Int, story: Story)] = [:]
    let termCapacity: Int
    let storyCapacity: Int

    init(termCapacity: Int = 400_000, storyCapacity: Int = 40_000) {
        self.termCapacity = termCapacity
        self.storyCapacity = storyCapacity
    }

    func documents(_ term: UInt64) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        return documents[term]
    }

    func summary(_ id: Int64, touched: Int) -> Story? {
        lock.lock()
        defer { lock.unlock() }
        guard let known = summaries[id], known.touched == touched else { return nil }
        return known.story
    }

    /// Takes in what a committed transaction read and wrote.
    func remember(documents counts: [UInt64: Int], summaries stories: [Int64: (touched: Int, story: Story)]) {
        lock.lock()
        defer { lock.unlock() }
        documents.merge(counts) { _, new in new }
        if documents.count > termCapacity { documents = [:] }
        summaries.merge(stories) { _, new in new }
        if summaries.count > storyCapacity {
            for id in summaries.keys.sorted().prefix(summaries.count - storyCapacity / 2) { summaries[id] = nil }
        }
    }
}
