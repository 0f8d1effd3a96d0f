import Foundation

/// Runs the article-extraction benchmark (`html/*.html.gz` + `ground-truth.json`) through the same path a user's
/// `dateline extract` takes — `InputReader` → `ArticleCleaner` — and scores the document text as the benchmark's
/// `evaluate.py` does: per-page precision and recall, their means, and F1 of the means.
///
/// ```swift
/// let result = try ExtractionEvaluation(folder: URL(fileURLWithPath: "../shared/peer-suites/article-extraction")).run()
/// print(result.f1, result.pagesPerSecond)
/// ```
public struct ExtractionEvaluation: Sendable {
    public var folder: URL
    public var cleaner: ArticleCleaner

    public init(folder: URL, cleaner: ArticleCleaner = ArticleCleaner()) {
        self.folder = folder
        self.cleaner = cleaner
    }

    public struct Page: Sendable {
        public var id: String
        public var url: String?
        public var score: ExtractionScorer.Score
        public var predictedText: String
        /// Why the page gave no text, when it did not.
        public var problem: String?
    }

    public struct Result: Sendable {
        public var pages: [Page]
        public var precision: Double
        public var recall: Double
        public var f1: Double
        /// Reading, parsing and cleaning (gunzip included), over wall-clock seconds.
        public var pagesPerSecond: Double
    }

    /// Published F1 on the same 181 pages (the benchmark's README), for side-by-side printing.
    public static let publishedF1: [(system: String, f1: Double)] = [
        ("trafilatura 2.0", 0.958), ("newspaper4k", 0.949), ("Readability.js", 0.947), ("readability-lxml", 0.922),
        ("goose3", 0.896), ("boilerpipe", 0.860), ("jusText", 0.804), ("whole page text", 0.665),
    ]

    public func run() throws -> Result {
        let truthURL = folder.appendingPathComponent("ground-truth.json")
        let truthData = try Data(contentsOf: truthURL)
        guard let truth = try JSONSerialization.jsonObject(with: truthData) as? [String: [String: Any]] else {
            throw InputProblem(DocumentSource(path: truthURL.path), "ground truth is not an object of objects")
        }
        let reader = InputReader()
        var pages: [Page] = []
        let start = Date()
        for id in truth.keys.sorted() {
            let path = folder.appendingPathComponent("html/\(id).html.gz").path
            var predicted = "", problem: String?
            reader.readFile(path) { result in
                switch result {
                case .success(let input):
                    do { predicted = try cleaner.document(from: input).text } catch { problem = (error as? InputProblem)?.message ?? "\(error)" }
                case .failure(let p): problem = p.message
                }
            }
            let expected = truth[id]?["articleBody"] as? String ?? ""
            pages.append(Page(id: id, url: truth[id]?["url"] as? String,
                              score: ExtractionScorer.score(predicted: predicted, truth: expected),
                              predictedText: predicted, problem: problem))
        }
        let seconds = max(Date().timeIntervalSince(start), 1e-9)
        return Self.summarize(pages, seconds: seconds)
    }

    /// Means as `evaluate.py` takes them: precision over pages with a non-empty prediction (tp + fp > 0),
    /// recall over pages with non-empty truth (tp + fn > 0).
    static func summarize(_ pages: [Page], seconds: Double) -> Result {
        let precisions = pages.filter { $0.score.truePositives + $0.score.falsePositives > 0 }.map(\.score.precision)
        let recalls = pages.filter { $0.score.truePositives + $0.score.falseNegatives > 0 }.map(\.score.recall)
        let p = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        let r = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        let f1 = p + r > 0 ? 2 * p * r / (p + r) : 0
        return Result(pages: pages, precision: p, recall: r, f1: f1, pagesPerSecond: Double(pages.count) / seconds)
    }
}
