import Foundation

/// Scores event coding on the PLOVER gold-standard records (`peer-suites/plover`), as the suite's
/// README says: a record is right when the PLOVER type of the sentence's main event equals the
/// gold `event`, after mapping the older names the records use (DEMAND, DISAPPROVE, INVESTIGATE,
/// FIGHT) to the 2021 names of `CAMEO2PLOVER-2021.txt` (REQUEST, ACCUSE, ACCUSE, ASSAULT); source
/// and target are scored apart: right when the found actor's words overlap a gold `actorText`.
/// The sentence's main event is its first strong trigger (else its first weak one).
public struct PloverEvaluation: Sendable {
    public var folder: URL
    public var pipeline: Pipeline
    public var finder: EventFinder

    public init(folder: URL, pipeline: Pipeline = Pipeline.standard, finder: EventFinder = EventFinder()) {
        self.folder = folder
        // The event stage is replaced by the finder, whose actor spans are what the scoring needs.
        self.pipeline = Pipeline(stages: pipeline.stages.filter { !($0 is EventStage) })
        self.finder = finder
    }

    public static let olderNames = ["DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"]

    public struct Outcome: Sendable {
        public var id: String
        public var text: String
        public var gold: String
        public var found: String?
        public var trigger: String?
        /// nil when the record names no source (target).
        public var sourceRight: Bool?
        public var targetRight: Bool?
    }

    public struct Result: Sendable {
        public var outcomes: [Outcome]
        public var skipped: Int
        public var typeAccuracy: Double { ratio(outcomes.filter { $0.found == $0.gold }.count, outcomes.count) }
        public var sourceAccuracy: Double { ratio(outcomes.filter { $0.sourceRight == true }.count, outcomes.filter { $0.sourceRight != nil }.count) }
        public var targetAccuracy: Double { ratio(outcomes.filter { $0.targetRight == true }.count, outcomes.filter { $0.targetRight != nil }.count) }
        public var sourceScored: Int { outcomes.filter { $0.sourceRight != nil }.count }
        public var targetScored: Int { outcomes.filter { $0.targetRight != nil }.count }

        /// gold type → found type → count.
        public var confusion: [String: [String: Int]] {
            var table: [String: [String: Int]] = [:]
            for o in outcomes { table[o.gold, default: [:]][o.found ?? "none", default: 0] += 1 }
            return table
        }

        func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 0 : Double(a) / Double(b) }
    }

    struct Record: Decodable {
        struct Actor: Decodable { var actorText: String? }
        var id: String
        var event: String
        var text: String?
        var source: [Actor]?
        var target: [Actor]?

        enum CodingKeys: String, CodingKey { case id, event, text, source, target }
        init(from decoder: Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            id = try c.decode(String.self, forKey: .id)
            event = try c.decode(String.self, forKey: .event)
            text = try c.decodeIfPresent(String.self, forKey: .text)
            // Records without an actor hold "" or null instead of a list.
            source = try? c.decodeIfPresent([Actor].self, forKey: .source)
            target = try? c.decodeIfPresent([Actor].self, forKey: .target)
        }
    }

    public func run() throws -> Result {
        let url = folder.appendingPathComponent("PLOVER_GSR_CAMEO.json")
        let records = try JSONDecoder().decode([Record].self, from: Data(contentsOf: url))
        var outcomes: [Outcome] = []
        var skipped = 0
        for record in records {
            guard let text = record.text, !text.isEmpty else { skipped += 1; continue }
            let document = Document(id: record.id, source: DocumentSource(path: record.id), text: text,
                                    contentHash: SHA256.hex(bytes: Array(text.utf8)))
            let annotated = pipeline.annotated(document)
            let found = finder.find(in: annotated)
            let main = found.first { !$0.weak } ?? found.first
            let gold = Self.olderNames[record.event] ?? record.event
            let scalars = Array(text.unicodeScalars)
            func right(_ actors: [Record.Actor]?, _ spans: [Span], _ phrase: Span?) -> Bool? {
                let golds = (actors ?? []).compactMap { $0.actorText.flatMap { Self.locate($0, in: scalars) } }
                guard !golds.isEmpty else { return nil }
                let system = spans + (phrase.map { [$0] } ?? [])
                return system.contains { s in golds.contains { $0.start < s.end && s.start < $0.end } }
            }
            outcomes.append(Outcome(
                id: record.id, text: text, gold: gold, found: main?.coding.plover,
                trigger: main.map { annotated.text(of: $0.trigger) },
                sourceRight: right(record.source, main?.sourceSpans ?? [], main?.sourcePhrase),
                targetRight: right(record.target, main?.targetSpans ?? [], main?.targetPhrase)))
        }
        return Result(outcomes: outcomes, skipped: skipped)
    }

    /// Where an actor text occurs (case-insensitive); else its longest word ("U.S. ... negotiators").
    static func locate(_ actor: String, in scalars: [Unicode.Scalar]) -> Span? {
        let lowered = scalars.map { Character($0).lowercased() }
        func find(_ needle: String) -> Span? {
            let n = needle.lowercased().unicodeScalars.map { Character($0).lowercased() }
            guard !n.isEmpty, n.count <= lowered.count else { return nil }
            for i in 0...(lowered.count - n.count) where Array(lowered[i..<(i + n.count)]) == n {
                return Span(start: i, end: i + n.count)
            }
            return nil
        }
        if let span = find(actor) { return span }
        let words = actor.split(whereSeparator: { !$0.isLetter }).map(String.init).sorted { $0.count > $1.count }
        return words.first.flatMap(find)
    }
}
