import Foundation

extension ArticleCleaner {
    /// The main-text paragraphs and metadata of an HTML page.
    func readHTML(_ data: Data, charset: String?, source: DocumentSource) throws(InputProblem) -> (paragraphs: [String], metadata: PageMetadata) {
        let page = try HTMLPage(data, charset: charset, source: source)
        guard !page.paragraphs.isEmpty else {
            throw InputProblem(source, "HTML page has no text (charset \(page.charset.name), \(page.charset.basis))")
        }
        return (page.paragraphs, page.metadata)
    }
}

/// One HTML page read end to end: parsed, walked once, main text chosen, metadata picked.
struct HTMLPage {
    var paragraphs: [String]
    var metadata: PageMetadata
    var charset: HTMLCharset.Choice

    init(_ data: Data, charset declared: String?, source: DocumentSource) throws(InputProblem) {
        let document: HTMLDocument
        do { document = try HTMLDocument(parsing: data, charset: declared) }
        catch { throw InputProblem(source, "unreadable HTML: \(error.message)") }
        let reader = PageReader.read(document)
        let article = JSONLDArticle.find(in: reader.signals.jsonLD)
        metadata = PageMetadata(signals: reader.signals, article: article)
        paragraphs = MainTextExtractor().paragraphs(reader.page)
        charset = document.charset
    }
}
