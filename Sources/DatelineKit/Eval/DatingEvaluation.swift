import Foundation

/// Publication dating scored on the Giveme5W1H gold standard: each article's `date_publish` is
/// hidden, the date is estimated from title and text, and the estimate compared by day.
public struct DatingEvaluation: Sendable {
    public struct Result: Sendable {
        public var articles = 0, exactDay = 0, withinWeek = 0, sameMonth = 0, undated = 0
        public var rows: [(id: String, gold: String, estimate: String?, basis: String?)] = []
        public func share(_ n: Int) -> Double { articles == 0 ? 0 : Double(n) / Double(articles) }
    }

    public var folder: URL
    public var estimator: PublicationDateEstimator
    /// Dated articles to put in a scratch store as "other documents" (Giveme5W1H news_cluster).
    /// Copies of an evaluated article (same URL or title) are left out: they would give its answer away.
    public var evidenceFolder: URL?

    public init(folder: URL, evidenceFolder: URL? = nil, estimator: PublicationDateEstimator = PublicationDateEstimator()) {
        self.folder = folder
        self.evidenceFolder = evidenceFolder
        self.estimator = estimator
    }

    struct Record: Decodable {
        var dId: String?
        var url: String?
        var title: String?
        var description: String?
        var text: String?
        var date_publish: String?
        var body: String { [title, description, text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n") }
    }

    static func records(in folder: URL) throws -> [(name: String, record: Record)] {
        let names = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return names.compactMap { name in
            guard let data = try? Data(contentsOf: folder.appendingPathComponent(name)),
                  let r = try? JSONDecoder().decode(Record.self, from: data) else { return nil }
            return (name, r)
        }
    }

    /// A scratch SQLite store holding the evidence articles with their given dates.
    func evidenceStore(excluding evaluated: [Record]) throws -> (SQLiteStore, URL)? {
        guard let evidenceFolder else { return nil }
        let urls = Set(evaluated.compactMap(\.url)), titles = Set(evaluated.compactMap(\.title))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-dating-\(UUID().uuidString).sqlite")
        let store = try SQLiteStore(path: path.path)
        var items: [IngestItem] = []
        for (name, r) in try Self.records(in: evidenceFolder) {
            if let u = r.url, urls.contains(u) { continue }
            if let t = r.title, titles.contains(t) { continue }
            guard let published = r.date_publish.flatMap({ PublicationDate.given($0, basis: "evidence record") }) else { continue }
            let body = r.body
            let doc = Document(id: r.dId ?? name, source: DocumentSource(path: name), title: r.title, published: published,
                               text: body, contentHash: SHA256.hex(bytes: Array(body.utf8)))
            items.append(IngestItem(annotated: AnnotatedDocument(document: doc), input: InputKey(hash: doc.contentHash, source: name)))
        }
        _ = try store.store(items)
        return (store, path)
    }

    public func run() throws -> Result {
        let evaluated = try Self.records(in: folder)
        var estimator = self.estimator
        let scratch = try evidenceStore(excluding: evaluated.map(\.record))
        defer { if let (_, path) = scratch { for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path.path + suffix) } } }
        if let (store, _) = scratch { estimator.evidence = store }
        var result = Result()
        for (name, a) in evaluated {
            guard let goldDay = a.date_publish.flatMap({ CalendarDay(iso: $0) }) else { continue }
            let text = a.body
            let document = Document(id: a.dId ?? name, source: DocumentSource(path: name), text: text, contentHash: "")
            let estimate = estimator.estimate(AnnotatedDocument(document: document))
            result.articles += 1
            result.rows.append((document.id, goldDay.iso, estimate?.value, estimate?.basis))
            guard let estimate else { result.undated += 1; continue }
            if estimate.value.hasPrefix(TimexValue.month(goldDay.year, goldDay.month)) { result.sameMonth += 1 }
            guard estimate.precision == .day, let day = CalendarDay(iso: estimate.value) else { continue }
            if day == goldDay { result.exactDay += 1 }
            if abs(day.number - goldDay.number) <= 7 { result.withinWeek += 1 }
        }
        return result
    }
}
