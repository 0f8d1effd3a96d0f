import Foundation

/// Temporal tagging scored as TempEval-3 Task A does: relaxed match = overlapping extents, strict =
/// identical extents, micro-averaged P/R/F1, and value F1 = (value matches / relaxed matches) ×
/// relaxed F1. The creation time in each file is given as the publication date.
public struct TimexEvaluation: Sendable {
    public struct Score: Sendable {
        public var system = 0, gold = 0, strict = 0, relaxed = 0, values = 0, types = 0
        public var strictPrecision: Double { ratio(strict, system) }
        public var strictRecall: Double { ratio(strict, gold) }
        public var strictF1: Double { f1(strictPrecision, strictRecall) }
        public var relaxedPrecision: Double { ratio(relaxed, system) }
        public var relaxedRecall: Double { ratio(relaxed, gold) }
        public var relaxedF1: Double { f1(relaxedPrecision, relaxedRecall) }
        public var valueF1: Double { ratio(values, relaxed) * relaxedF1 }
        public var typeF1: Double { ratio(types, relaxed) * relaxedF1 }
        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
        func f1(_ p: Double, _ r: Double) -> Double { p + r == 0 ? 0 : 2 * p * r / (p + r) }
    }

    /// A disagreement, for `--errors`.
    public struct Miss: Sendable {
        public var document: String
        public var kind: String
        public var gold: String
        public var system: String
    }

    public var folder: URL
    /// History text (WikiWars): bare dates follow the narrative, not the creation time.
    public var narrative: Bool

    public init(folder: URL, narrative: Bool) {
        self.folder = folder
        self.narrative = narrative
    }

    public func run() throws -> (score: Score, misses: [Miss], seconds: Double) {
        let documents = try TimeMLDocument.load(folder: folder)
        guard !documents.isEmpty else { throw CocoaError(.fileReadNoSuchFile, userInfo: [NSFilePathErrorKey: folder.path]) }
        let stage = TimexStage(narrative: narrative)
        var score = Score()
        var misses: [Miss] = []
        let start = Date()
        for doc in documents {
            var document = Document(id: doc.id, source: DocumentSource(path: doc.id), text: doc.text, contentHash: "")
            document.published = doc.creationTime.flatMap { PublicationDate.given($0) }
            let system = stage.timexes(in: AnnotatedDocument(document: document))
            score.system += system.count
            score.gold += doc.gold.count
            var used = Set<Int>()
            for g in doc.gold {
                guard let k = system.indices.first(where: { !used.contains($0) && system[$0].span.start < g.span.end && g.span.start < system[$0].span.end }) else {
                    misses.append(Miss(document: doc.id, kind: "missed", gold: "\(g.text) [\(g.value ?? "-")]", system: ""))
                    continue
                }
                used.insert(k)
                let s = system[k]
                score.relaxed += 1
                if s.span == g.span { score.strict += 1 }
                else { misses.append(Miss(document: doc.id, kind: "extent", gold: g.text, system: s.text)) }
                if let type = g.type, type == s.type.rawValue { score.types += 1 }
                if let value = g.value, value == s.value { score.values += 1 }
                else { misses.append(Miss(document: doc.id, kind: "value", gold: "\(g.text) [\(g.value ?? "-")]", system: "\(s.text) [\(s.value)]")) }
            }
            for k in system.indices where !used.contains(k) {
                misses.append(Miss(document: doc.id, kind: "spurious", gold: "", system: "\(system[k].text) [\(system[k].value)]"))
            }
        }
        return (score, misses, Date().timeIntervalSince(start))
    }
}
