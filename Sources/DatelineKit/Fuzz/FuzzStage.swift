import Foundation

/// One pipeline stage as the fuzzer drives it: bytes in, the text it annotated and the spans it
/// produced out, so offsets can be checked against the text, with the time each step took.
public struct FuzzStage: Sendable {
    /// What one run produced and how long each of its steps took.
    public struct Outcome: Sendable {
        public var text: String
        public var spans: [Span]
        public var steps: [(name: String, seconds: Double)]

        public init(text: String, spans: [Span], steps: [(name: String, seconds: Double)]) {
            self.text = text
            self.spans = spans
            self.steps = steps
        }
    }

    public var name: String
    public var measure: @Sendable ([UInt8]) -> Outcome

    /// A stage timed as one step.
    public init(name: String, run: @escaping @Sendable ([UInt8]) -> (text: String, spans: [Span])) {
        self.name = name
        self.measure = { bytes in
            let start = DispatchTime.now().uptimeNanoseconds
            let (text, spans) = run(bytes)
            return Outcome(text: text, spans: spans, steps: [(name, Self.seconds(since: start))])
        }
    }

    /// A stage that times its own steps (the annotation pipeline, stage by stage).
    public init(name: String, measure: @escaping @Sendable ([UInt8]) -> Outcome) {
        self.name = name
        self.measure = measure
    }

    public var run: @Sendable ([UInt8]) -> (text: String, spans: [Span]) {
        let measure = self.measure
        return { bytes in let outcome = measure(bytes); return (outcome.text, outcome.spans) }
    }

    static func seconds(since start: UInt64) -> Double {
        Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Every stage that takes outside input, in pipeline order. A stage's issue may add its own entry;
    /// `pipeline` already runs every stage of `Pipeline.standard` on every input.
    public static var all: [FuzzStage] {
        [reader, textCleaner, htmlReader, quoteFinder, pipeline]
    }

    /// The input reader's text path: binary/UTF-8 checks, paragraphs.
    static let reader = FuzzStage(name: "text reader") { bytes in
        guard let text = TextBytes.decodeUTF8(Data(bytes)) else { return ("", []) }
        return (text, [])
    }

    /// Boilerplate cleaning of the decoded text (lossy decoding, as a scraper's output might be).
    static let textCleaner = FuzzStage(name: "text cleaner") { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        let input = ArticleInput(source: DocumentSource(path: "fuzz"), body: .text(text), byteCount: bytes.count)
        let document = try? ArticleCleaner().document(from: input)
        return (document?.text ?? "", [])
    }

    /// The HTML reader: charset choice, libxml2 parse, main-text extraction and page metadata.
    static let htmlReader = FuzzStage(name: "HTML reader") { bytes in
        let input = ArticleInput(source: DocumentSource(path: "fuzz.html"), body: .html(Data(bytes), charset: nil), byteCount: bytes.count)
        let document = try? ArticleCleaner().document(from: input)
        return (document?.text ?? "", [])
    }

    /// Every annotation stage in order, on the raw decoded input (not cleaned first: stages must take any
    /// text — NULs, carriage returns, a 100 KB line), with a publication date so relative dates resolve.
    /// Each stage is timed on its own; spans of every layer are checked against the text.
    static let pipeline = FuzzStage(name: "pipeline") { bytes in
        let text = String(decoding: bytes, as: UTF8.self)
        let document = Document(id: "fuzz", source: DocumentSource(path: "fuzz.txt"),
                                published: PublicationDate.given("2025-01-21"), text: text, contentHash: "")
        var annotated = AnnotatedDocument(document: document)
        var steps: [(String, Double)] = []
        for stage in Pipeline.standard.stages {
            let start = DispatchTime.now().uptimeNanoseconds
            stage.annotate(&annotated)
            steps.append((stage.name, seconds(since: start)))
        }
        return Outcome(text: annotated.document.text, spans: annotated.layers.allSpans, steps: steps)
    }
}

extension AnnotationLayers {
    /// Every span any layer holds, for bounds checks.
    var allSpans: [Span] {
        sentences.map(\.span) + tokens.map(\.span) + mentions.map(\.span) + timexes.map(\.span)
            + quotes.flatMap { [$0.span] + ($0.speakerSpan.map { [$0] } ?? []) } + events.flatMap(\.evidence)
    }
}
