import Foundation

/// `dateline demo` as a library call: ingests the examples into a scratch store and describes what each
/// layer of Dateline found there, section by section. Sections print only what the store holds, so the
/// tour grows with the pipeline: a layer no stage fills yet is simply absent.
///
/// ```swift
/// let tour = try DemoTour(examples: ExampleCorpus.locate(explicit: nil))
/// let outcome = try tour.run { print($0) }
/// try? FileManager.default.removeItem(at: outcome.scratchFolder)
/// ```
public struct DemoTour: Sendable {
    public var examples: URL
    /// The words searched for in the search section.
    public var searchQuery: String
    /// Where the scratch store goes (a new folder under the system's temporary directory by default).
    public var scratchFolder: URL

    public init(examples: URL, searchQuery: String = "grain Black Sea",
                scratchFolder: URL = FileManager.default.temporaryDirectory
                    .appendingPathComponent("dateline-demo-\(UUID().uuidString.prefix(8))")) {
        self.examples = examples
        self.searchQuery = searchQuery
        self.scratchFolder = scratchFolder
    }

    /// The sections, in the order printed. A later layer adds its section here.
    public static let sections: [any DemoSection] = [
        DocumentsSection(),
        CleaningSection(),
        IdenticalCopiesSection(),
        DuplicatesSection(),
        SearchSection(),
        LayerCountsSection(),
        EntitiesSection(),
        QuotesSection(),
        EventsSection(),
        TimelineSection(),
    ]

    public struct Outcome: Sendable {
        public var summary: IngestSummary
        public var problems: [InputProblem]
        public var databasePath: String
        public var scratchFolder: URL
    }

    /// Ingests the examples and calls `print` with each line of the tour.
    public func run(print: (String) -> Void) throws -> Outcome {
        try FileManager.default.createDirectory(at: scratchFolder, withIntermediateDirectories: true)
        let path = scratchFolder.appendingPathComponent("demo.sqlite").path
        let store = try SQLiteStore(path: path)
        var problems: [InputProblem] = []
        let summary = try Ingestor(store: store).ingest([examples.path], problem: { problems.append($0) })
        print("Ingested \(examples.path) into \(path)")
        print("  " + summary.line)
        for problem in problems { print("  problem: \(problem)") }
        let context = DemoContext(store: store, searchQuery: searchQuery)
        for section in Self.sections {
            let lines = try section.lines(context)
            guard !lines.isEmpty else { continue }
            print("")
            print("── \(section.title) " + String(repeating: "─", count: max(3, 60 - section.title.count)))
            lines.forEach(print)
        }
        return Outcome(summary: summary, problems: problems, databasePath: path, scratchFolder: scratchFolder)
    }
}

/// What a demo section may look at: the store just filled, and the search words.
public struct DemoContext: Sendable {
    public var store: SQLiteStore
    public var searchQuery: String

    /// Every stored document with its layers, in `docs` order (the examples are few).
    public func annotatedDocuments() throws -> [AnnotatedDocument] {
        try store.documents(limit: 1_000, offset: 0).compactMap { summary in
            guard let document = try store.document(id: summary.id) else { return nil }
            return AnnotatedDocument(document: document, layers: try store.layers(of: summary.id) ?? AnnotationLayers())
        }
    }
}

/// One part of the tour: a title and its lines (none: the section is left out).
public protocol DemoSection: Sendable {
    var title: String { get }
    func lines(_ context: DemoContext) throws -> [String]
}
