import Foundation

extension ArticleCleaner {
    /// The main-text paragraphs and metadata of an HTML page.
    func readHTML(_ data: Data, charset: String?, source: DocumentSource) throws(InputProblem) -> (paragraphs: [String], metadata: PageMetadata) {
        throw InputProblem(source, "HTML reading arrives with the HTML reader")
    }
}
