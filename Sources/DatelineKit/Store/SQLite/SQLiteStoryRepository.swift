import Foundation
import GRDB
import GRDBSQLite

/// The story tables (migration "v8-stories"), reached inside a caller's transaction: the same rules
/// as `StoryClusterer`, on SQLite. Per article at most: `weighedTerms` document-frequency reads,
/// `lookupTerms` posting reads of `storiesPerTerm` rows each, `candidateLimit` story rows, the
/// chosen story's term texts — a fixed number of indexed lookups, whatever the number of stored
/// articles or stories — and its membership and entity rows. What a batch of articles reads
/// twice is read once (`IndexingBatch`), and what it changes twice is written once, by
/// `IndexingBatch.finish`: term counts, postings and changed stories.
struct SQLiteStoryRepository {
    let db: Database
    /// The storing transaction's pending term counts and the summaries it has read.
    var batch = IndexingBatch()
    var rules = StoryRules()

    /// Term 0 of `story_term_documents` counts the articles clustered.
    private static let totalTerm: Int64 = 0

    /// Clusters one stored article; returns the id of the story it joined or started.
    @discardableResult
    func add(_ annotated: AnnotatedDocument) throws -> Int64 {
        let raw = StoryTerms(annotated)
        let weighed = StorySignature.weighed(raw, rules: rules)
        // Term counts are the store's count as known plus this transaction's articles, written
        // when the transaction finishes.
        let total = try articlesBefore()
        var counts: [Int] = []
        counts.reserveCapacity(weighed.count)
        for t in weighed { counts.append(try termCountAdding(t.term)) }
        let signature = StorySignature(raw, weighed: weighed, total: total, counts: counts, rules: rules)
        // Each article's number orders the stories by when they last changed.
        let touched = total + 1

        let chosen = try bestCandidate(signature.lookupTerms(rules), for: signature)
        var story: Story
        var oldTouched: Int?
        var before: [UInt64] = []
        let best = chosen.map { (id: $0.story.id, score: $0.score) }
        if let chosen {
            story = try withNames(chosen.story)
            before = story.filingTerms(rules)
            oldTouched = chosen.touched
            story.absorb(signature, rules: rules)
            remember(story, touched: touched)
            // Written once, however many articles of the batch it takes.
            batch.unsavedStories.insert(story.id)
        } else {
            story = Story(id: 0, first: signature, document: annotated.document, rules: rules)
            try db.cachedStatement(sql: """
                INSERT INTO stories (first_day, last_day, articles, touched, headline, first_document, centroid, term_names)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [story.firstDay, story.lastDay, story.articles, touched, story.headline,
                                         story.firstDocument, Self.blob(story.centroid), Self.namesText(story.names)])
            story.id = db.lastInsertedRowID
            remember(story, touched: touched)
        }
        batch.storyPostings.refile(story.id, leaving: before, at: oldTouched, filing: story.filingTerms(rules), at: touched,
                                   limit: rules.storiesPerTerm)
        batch.storyMembers.append((annotated.document.id, story.id, best?.score))
        // Every resolved entity of the article, not only the salient ones: Putin is in too many
        // articles to weigh much in a signature, yet `--actor Putin` must find his stories.
        for reference in raw.entities.values {
            let row = StoryEntityRow(story: story.id, key: reference.key)
            if batch.storyEntities[row] == nil { batch.storyEntities[row] = reference }
        }
        return story.id
    }

    /// How many articles were clustered before this one, by any process: the first article of a
    /// transaction reads the counter, the write lock keeps it until `finish` adds the batch's.
    private func articlesBefore() throws -> Int {
        defer { batch.storyArticlesAdded += 1 }
        if let base = batch.storyArticlesBase { return base + batch.storyArticlesAdded }
        let base = try Int.fetchOne(db.cachedStatement(sql: "SELECT documents FROM story_term_documents WHERE term = ?"),
                                    arguments: [Self.totalTerm]) ?? 0
        batch.storyArticlesBase = base
        return base + batch.storyArticlesAdded
    }

    /// How many earlier articles carried `term`: as this transaction or the store's memory knows
    /// it, else as the table holds it; counts this article in. The transaction's count is read and
    /// raised in one lookup.
    private func termCountAdding(_ term: UInt64) throws -> Int {
        let added = Self.increment(&batch.storyTermAdded[term, default: 0])
        if let base = batch.storyTermBase[term] { return base + added }
        let base = try batch.rememberedStories?.documents(term)
            ?? Int.fetchOne(db.cachedStatement(sql: "SELECT documents FROM story_term_documents WHERE term = ?"),
                            arguments: [Self.key(term)]) ?? 0
        batch.storyTermBase[term] = base
        return base + added
    }

    /// Adds one to `count`; returns it as it was.
    private static func increment(_ count: inout Int) -> Int {
        defer { count += 1 }
        return count
    }

    /// Writes what this transaction's articles deferred: the article and term counts (one upsert
    /// per term), the postings' net changes, each changed story once, the articles' stories and
    /// each story's entities once.
    func saveDeferred() throws {
        try saveTermCounts()
        try savePostings()
        try saveStories()
        try saveMembers()
    }

    private func saveTermCounts() throws {
        guard batch.storyArticlesAdded > 0 || !batch.storyTermAdded.isEmpty else { return }
        let add = try db.cachedStatement(sql: """
            INSERT INTO story_term_documents (term, documents) VALUES (?, ?)
            ON CONFLICT (term) DO UPDATE SET documents = documents + excluded.documents
            """)
        func run(_ term: Int64, _ added: Int) throws {
            var row = DirectBinding(add)
            row.bind(term)
            row.bind(added)
            try row.run(in: db)
        }
        if batch.storyArticlesAdded > 0 { try run(Self.totalTerm, batch.storyArticlesAdded) }
        for (term, added) in batch.storyTermAdded.sorted(by: { $0.key < $1.key }) { try run(Self.key(term), added) }
        batch.storyArticlesBase = nil
        batch.storyArticlesAdded = 0
    }

    private func savePostings() throws {
        let changes = batch.storyPostings
        if !changes.removed.isEmpty {
            let remove = try db.cachedStatement(sql: "DELETE FROM story_postings WHERE term = ? AND touched = ? AND story = ?")
            for (term, entries) in changes.removed.sorted(by: { $0.key < $1.key }) {
                for entry in entries { try Self.run(remove, Self.key(term), entry, in: db) }
            }
        }
        if !changes.added.isEmpty {
            let insert = try db.cachedStatement(sql: "INSERT OR IGNORE INTO story_postings (term, touched, story) VALUES (?, ?, ?)")
            for (term, entries) in changes.added.sorted(by: { $0.key < $1.key }) {
                for entry in entries { try Self.run(insert, Self.key(term), entry, in: db) }
            }
        }
        batch.storyPostings = StoryPostings()
    }

    /// Runs a posting statement taking term, touched and story.
    private static func run(_ statement: Statement, _ term: Int64, _ entry: StoryPostings.Entry, in db: Database) throws {
        var row = DirectBinding(statement)
        row.bind(term)
        row.bind(entry.touched)
        row.bind(entry.story)
        try row.run(in: db)
    }

    private func saveMembers() throws {
        if !batch.storyMembers.isEmpty {
            // In article order: a story lists its documents by rowid.
            let member = try db.cachedStatement(sql: "INSERT OR REPLACE INTO story_documents (document, story, similarity) VALUES (?, ?, ?)")
            for m in batch.storyMembers {
                var row = DirectBinding(member)
                row.bind(m.document)
                row.bind(m.story)
                // The third value; left unbound it is NULL (a story's first article).
                if let similarity = m.similarity { sqlite3_bind_double(member.sqliteStatement, 3, similarity) }
                try row.run(in: db)
            }
            batch.storyMembers = []
        }
        if !batch.storyEntities.isEmpty {
            let entity = try db.cachedStatement(sql: """
                INSERT OR IGNORE INTO story_entities (entity_key, story, entity_id, name) VALUES (?, ?, ?, ?)
                """)
            // In key order, grouped by entity first: a batch names few entities in many stories,
            // and sorting every row by its key compared the same strings over and over.
            var byEntity: [String: [(story: Int64, reference: EntityReference)]] = [:]
            for (row, reference) in batch.storyEntities { byEntity[row.key, default: []].append((row.story, reference)) }
            for (key, rows) in byEntity.sorted(by: { $0.key < $1.key }) {
                for (story, reference) in rows.sorted(by: { $0.story < $1.story }) {
                    var values = DirectBinding(entity)
                    values.bind(key)
                    values.bind(story)
                    values.bind(reference.id)
                    values.bind(reference.name)
                    try values.run(in: db)
                }
            }
            batch.storyEntities = [:]
        }
    }

    private func saveStories() throws {
        guard !batch.unsavedStories.isEmpty else { return }
        let update = try db.cachedStatement(sql: """
            UPDATE stories SET first_day = ?, last_day = ?, articles = ?, touched = ?, centroid = ?, term_names = ? WHERE id = ?
            """)
        for id in batch.unsavedStories.sorted() {
            guard let (touched, story) = batch.storySummaries[id], let names = batch.storyNames[id] else { continue }
            try update.execute(arguments: [story.firstDay, story.lastDay, story.articles, touched,
                                           Self.blob(story.centroid), Self.namesText(names), id])
        }
        batch.unsavedStories = []
    }

    /// The story the article joins (as `StoryRules.best` chooses) among the most recently changed
    /// stories filed under any of the terms: at most `storiesPerTerm` per term (read through the
    /// index in `touched` order), at most `candidateLimit` in all. Each candidate is scored where
    /// the batch keeps it, so only the winner is copied out.
    private func bestCandidate(_ terms: [UInt64], for signature: StorySignature) throws -> (story: Story, touched: Int, score: Double)? {
        let filed = try db.cachedStatement(sql: "SELECT story, touched FROM story_postings WHERE term = ? ORDER BY touched DESC LIMIT ?")
        var found = StoryCandidates(capacity: terms.count * rules.storiesPerTerm)
        for term in terms {
            let newest = try batch.storyPostings.newest(term, limit: rules.storiesPerTerm) { term, count in
                var entries: [StoryPostings.Entry] = []
                let rows = try Row.fetchCursor(filed, arguments: [Self.key(term), count])
                while let row = try rows.next() { entries.append(StoryPostings.Entry(touched: row[1], story: row[0])) }
                return entries
            }
            // A story found under several terms keeps the number of the last term it was found under.
            for entry in newest { found.insert(entry.story, touched: entry.touched) }
        }
        // Which stories are compared matters, not their order (the best is the same in any order).
        let summary = try db.cachedStatement(sql: "SELECT first_day, last_day, articles, centroid FROM stories WHERE id = ?")
        var best: (id: Int64, touched: Int, score: Double)?
        for (id, touched) in found.newest(rules.candidateLimit) {
            let beating = best.map { ($0.id, $0.score) }
            let score: Double?
            if let i = batch.storySummaries.index(forKey: id), batch.storySummaries.values[i].touched == touched {
                score = rules.score(signature, batch.storySummaries.values[i].story, beating: beating)
            } else {
                let story: Story
                if let known = batch.rememberedStories?.summary(id, touched: touched) {
                    story = known
                } else {
                    let rows = try Row.fetchCursor(summary, arguments: [id])
                    guard let row = try rows.next() else { continue }
                    story = Story(id: id, centroid: Self.centroid(row.dataNoCopy(atIndex: 3)), firstDay: row[0], lastDay: row[1],
                                  articles: row[2], headline: nil, firstDocument: "", names: [:])
                }
                batch.storySummaries[id] = (touched, story)
                score = rules.score(signature, story, beating: beating)
            }
            if let score { best = (id, touched, score) }
        }
        // Every candidate scored is in the batch's summaries by now.
        guard let best, let chosen = batch.storySummaries[best.id] else { return nil }
        return (chosen.story, best.touched, best.score)
    }

    /// The story with its term texts, read only for the story being changed, once per batch.
    private func withNames(_ story: Story) throws -> Story {
        var story = story
        if let names = batch.storyNames[story.id] {
            story.names = names
        } else {
            let text = try String.fetchOne(db.cachedStatement(sql: "SELECT term_names FROM stories WHERE id = ?"), arguments: [story.id])
            story.names = Self.names(text ?? "")
        }
        return story
    }

    /// Keeps a changed story for this batch: what candidates compare (no term texts), which a later
    /// article of this or a later batch reads here, and its term texts for the next change.
    private func remember(_ story: Story, touched: Int) {
        // Weights as the row keeps them (32-bit), so a remembered summary compares exactly as a read one.
        var summary = story
        summary.centroid = story.centroid.map { StoryTerm(term: $0.term, weight: Self.stored($0.weight)) }
        summary.names = [:]
        summary.headline = nil
        summary.firstDocument = ""
        batch.storySummaries[story.id] = (touched, summary)
        batch.storyNames[story.id] = story.names
    }

    // MARK: Reading

    /// Stories matching the query, by first day, each with its articles in the order they joined.
    func stories(_ query: StoryQuery) throws -> [StorySummary] {
        var conditions = ["articles >= ?"]
        var arguments: [any DatabaseValueConvertible] = [query.minimumArticles]
        for actor in query.actors {
            conditions.append("id IN (SELECT story FROM story_entities WHERE entity_id = ? OR entity_key = ? OR name LIKE ?)")
            arguments += [actor, actor, "%\(actor)%"]
        }
        if let from = query.fromDay { conditions.append("(last_day IS NULL OR last_day >= ?)"); arguments.append(from) }
        if let to = query.toDay { conditions.append("(first_day IS NULL OR first_day <= ?)"); arguments.append(to) }
        let rows = try Row.fetchAll(db, sql: """
            SELECT id, first_day, last_day, articles, centroid, headline, first_document, term_names FROM stories
            WHERE \(conditions.joined(separator: " AND ")) ORDER BY first_day IS NULL, first_day, id LIMIT ?
            """, arguments: StatementArguments(arguments + [query.limit]))
        let members = try db.cachedStatement(sql: "SELECT document FROM story_documents WHERE story = ? ORDER BY rowid")
        return try rows.map { row in
            let story = Story(id: row[0], centroid: Self.centroid(row[4]), firstDay: row[1], lastDay: row[2], articles: row[3],
                              headline: row[5], firstDocument: row[6], names: Self.names(row[7] ?? ""))
            return StorySummary(story, documents: try String.fetchAll(members, arguments: [story.id]))
        }
    }

    /// The story a document joined.
    func story(of document: String) throws -> Int64? {
        try Int64.fetchOne(db, sql: "SELECT story FROM story_documents WHERE document = ?", arguments: [document])
    }

    // MARK: Encoding

    /// SQLite integers are signed: a term hash is stored by its bit pattern.
    static func key(_ term: UInt64) -> Int64 { Int64(bitPattern: term) }

    /// Centroid as 12 bytes per term: hash (UInt64) and weight (Float32), little-endian.
    static func blob(_ terms: [StoryTerm]) -> Data {
        var bytes = [UInt8]()
        bytes.reserveCapacity(terms.count * 12)
        for t in terms {
            withUnsafeBytes(of: t.term.littleEndian) { bytes.append(contentsOf: $0) }
            withUnsafeBytes(of: Float32(t.weight).bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
        }
        return Data(bytes)
    }

    /// A weight as `blob` keeps it.
    static func stored(_ weight: Double) -> Double { Double(Float32(weight)) }

    static func centroid(_ data: Data?) -> [StoryTerm] {
        guard let data, data.count % 12 == 0 else { return [] }
        return data.withUnsafeBytes { raw in
            (0..<(data.count / 12)).map { i in
                let term = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i * 12, as: UInt64.self))
                let weight = Float32(bitPattern: UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 12 + 8, as: UInt32.self)))
                return StoryTerm(term: term, weight: Double(weight))
            }
        }
    }

    /// Term texts as lines of "hash<TAB>text": written and read once per article, cheaper than JSON.
    /// In hash order, so the same stories give the same bytes (a dictionary's order changes with
    /// each process's hash seed).
    static func namesText(_ names: [UInt64: String]) -> String {
        var text = ""
        text.reserveCapacity(names.count * 32)
        for (term, name) in names.sorted(by: { $0.key < $1.key }) {
            text += String(term)
            text += "\t"
            // Names are single words or entity names; only a rare one needs its separators blanked.
            if name.utf8.contains(where: { $0 == 9 || $0 == 10 }) {
                text += String(String.UnicodeScalarView(name.unicodeScalars.map { $0 == "\t" || $0 == "\n" ? " " : $0 }))
            } else {
                text += name
            }
            text += "\n"
        }
        return text
    }

    /// Reads `namesText` back, byte by byte: splitting the text into Characters was most of the
    /// cost of reading a story's names. A line ends at a newline not preceded by a carriage return
    /// (those two are one Character, which splitting at "\n" never split).
    static func names(_ text: String) -> [UInt64: String] {
        var names: [UInt64: String] = [:]
        let utf8 = text.utf8
        var lineStart = utf8.startIndex
        var tab: String.Index?
        var previous: UInt8 = 0
        // Tabs and newlines are ASCII, so every index here is also a valid index of `text`.
        func endLine(_ end: String.Index) {
            guard let tab, let term = UInt64(text[lineStart..<tab]) else { return }
            names[term] = String(text[utf8.index(after: tab)..<end])
        }
        var i = utf8.startIndex
        while i != utf8.endIndex {
            let byte = utf8[i]
            if byte == 10, previous != 13 {
                endLine(i)
                lineStart = utf8.index(after: i)
                tab = nil
            } else if byte == 9, tab == nil {
                tab = i
            }
            previous = byte
            i = utf8.index(after: i)
        }
        endLine(utf8.endIndex)
        return names
    }
}

/// A `story_entities` row by its key.
struct StoryEntityRow: Hashable {
    var story: Int64
    var key: String
}

/// Clusters each stored document into a story, inside the storing transaction.
public struct StoryIndex: LayerIndex {
    public init() {}

    public func index(_ stored: AnnotatedDocument, in db: Database) throws {
        let batch = IndexingBatch()
        try index(stored, in: db, batch: batch)
        try batch.finish(in: db)
    }

    public func index(_ stored: AnnotatedDocument, in db: Database, batch: IndexingBatch) throws {
        try SQLiteStoryRepository(db: db, batch: batch).add(stored)
    }
}

/// Stores that keep developing news stories.
public protocol StoryStore {
    func stories(_ query: StoryQuery) throws -> [StorySummary]
    /// The id of the story a stored document joined.
    func story(of document: String) throws -> Int64?
}

extension SQLiteStore: StoryStore {
    public func stories(_ query: StoryQuery) throws -> [StorySummary] {
        try pool.read { db in try SQLiteStoryRepository(db: db).stories(query) }
    }

    public func story(of document: String) throws -> Int64? {
        try pool.read { db in try SQLiteStoryRepository(db: db).story(of: document) }
    }
}
