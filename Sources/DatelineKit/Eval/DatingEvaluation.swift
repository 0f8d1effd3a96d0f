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

    public init(folder: URL, estimator: PublicationDateEstimator = PublicationDateEstimator()) {
        self.folder = folder
        self.estimator = estimator
    }

    struct Article: Decodable {
        var dId: String?
        var title: String?
        var description: String?
        var text: String?
        var date_publish: String?
    }

    public func run() throws -> Result {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        var result = Result()
        for name in names {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            guard let a = try? JSONDecoder().decode(Article.self, from: data),
                  let goldDay = a.date_publish.flatMap({ CalendarDay(iso: $0) }) else { continue }
            let text = [a.title, a.description, a.text].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: "\n\n")
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
