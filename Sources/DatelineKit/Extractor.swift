/// `dateline extract` as a library call: reads inputs, cleans each article and builds its contract
/// record, without a store.
public struct Extractor: Sendable {
    public var reader = InputReader()
    public var cleaner = ArticleCleaner()
    public var pipeline = Pipeline.standard
    /// The `--published` date, used for documents that carry none.
    public var publishedFallback: String?

    public init(publishedFallback: String? = nil) {
        self.publishedFallback = publishedFallback
    }

    /// Calls `emit` with a record or a problem for every article under `paths`, in input order.
    public func run(paths: [String], emit: (Result<ExtractionRecord, InputProblem>) -> Void) {
        reader.read(paths) { input in
            emit(input.flatMap { record(for: $0) })
        }
    }

    public func record(for input: ArticleInput) -> Result<ExtractionRecord, InputProblem> {
        do {
            var document = try cleaner.document(from: input)
            if document.published == nil, let fallback = publishedFallback {
                document.published = PublicationDate.given(fallback, basis: "given on the command line (--published)")
            }
            let annotated = pipeline.annotated(document)
            return .success(ExtractionRecord(document: annotated.document, layers: annotated.layers))
        } catch {
            return .failure(error)
        }
    }
}
