import Foundation

/// Throughput of cleaning (and, with a store, ingesting) the benchmark HTML pages and a generated
/// corpus of text articles. The figures are printed by `dateline bench ingest`; tests never assert them.
public struct IngestBenchmark: Sendable {
    /// Folder of `*.html.gz` pages (the article-extraction benchmark's `html/`), if available.
    public var pagesFolder: String?
    /// Number of generated text articles.
    public var generatedCount: Int

    public init(pagesFolder: String?, generatedCount: Int = 10_000) {
        self.pagesFolder = pagesFolder
        self.generatedCount = generatedCount
    }

    /// Cleaning only: reader output → `Document`, no store.
    public func cleanOnly() throws -> [Throughput] {
        var results: [Throughput] = []
        let cleaner = ArticleCleaner()
        if let pages = try loadPages() {
            results.append(Throughput.measure("clean: benchmark HTML pages") {
                var bytes = 0, documents = 0
                for input in pages {
                    bytes += input.byteCount
                    if (try? cleaner.document(from: input)) != nil { documents += 1 }
                }
                return (documents, bytes)
            })
        }
        let corpus = generatedInputs()
        results.append(Throughput.measure("clean: generated text articles") {
            var bytes = 0, documents = 0
            for input in corpus {
                bytes += input.byteCount
                if (try? cleaner.document(from: input)) != nil { documents += 1 }
            }
            return (documents, bytes)
        })
        return results
    }

    /// The benchmark pages, decompressed up front so file I/O and gunzip are not timed.
    public func loadPages() throws -> [ArticleInput]? {
        guard let pagesFolder, FileManager.default.fileExists(atPath: pagesFolder) else { return nil }
        var inputs: [ArticleInput] = []
        InputReader().read([pagesFolder]) { result in
            if case .success(let input) = result { inputs.append(input) }
        }
        return inputs
    }

    public func generatedInputs() -> [ArticleInput] {
        let corpus = GeneratedCorpus(count: generatedCount)
        return (0..<generatedCount).map { i in
            let text = corpus.article(i)
            return ArticleInput(id: "generated-\(i)", source: DocumentSource(path: "generated/\(i).txt"),
                                body: .text(text), byteCount: text.utf8.count)
        }
    }
}
