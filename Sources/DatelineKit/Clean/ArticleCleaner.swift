import Foundation

/// Turns one article input — plain text, HTML or a JSON record — into a cleaned `Document`:
/// main text only, boilerplate cut with reasons, title, outlet, byline, date and canonical URL kept.
///
/// ```swift
/// let cleaner = ArticleCleaner()
/// let document = try cleaner.document(from: input)
/// print(document.title ?? "", document.text)
/// ```
public struct ArticleCleaner: Sendable {
    public var textCleaner: TextCleaner
    /// Learned boilerplate from the store, when ingesting into one.
    public var memory: BoilerplateMemory?

    public init(textCleaner: TextCleaner = TextCleaner(), memory: BoilerplateMemory? = nil) {
        self.textCleaner = textCleaner
        self.memory = memory
    }

    public func document(from input: ArticleInput) throws(InputProblem) -> Document {
        var cleaned: CleanedText
        var metadata = PageMetadata()
        switch input.body {
        case .text(let text):
            cleaned = textCleaner.clean(paragraphs: ParagraphSplitter.paragraphs(text), givenTitle: input.title, memory: memory)
        case .html(let data, let charset):
            let page = try readHTML(data, charset: charset, source: input.source)
            metadata = page.metadata
            cleaned = textCleaner.clean(paragraphs: page.paragraphs, givenTitle: input.title ?? page.metadata.title,
                                        outlet: page.metadata.outlet, memory: memory)
        }
        guard !cleaned.paragraphs.isEmpty else {
            throw InputProblem(input.source, "no article text found (\(cleaned.removed.count) boilerplate paragraphs, nothing else)")
        }
        let text = cleaned.text
        let contentHash = SHA256.hex(text)
        let published = input.published.flatMap { PublicationDate.given($0, basis: "given by the record's \"published\" field") }
            ?? metadata.published.flatMap { PublicationDate.given($0, basis: "given by the page's metadata") }
        return Document(
            id: DocumentID.make(for: input, contentHash: contentHash),
            source: DocumentSource(path: input.source.path, url: input.source.url ?? metadata.canonicalURL, line: input.source.line),
            title: cleaned.title, outlet: cleaned.outlet, byline: metadata.byline,
            canonicalURL: metadata.canonicalURL, published: published,
            text: text, removed: cleaned.removed, contributors: cleaned.contributors,
            contentHash: contentHash)
    }
}

/// Document ids: the record's own id, else the file name without extensions, else a content hash.
enum DocumentID {
    /// `contentHash` is the SHA-256 hex of the document's text (hashed once for the id and the record).
    static func make(for input: ArticleInput, contentHash: String) -> String {
        if let id = input.id.map(trimmed), !id.isEmpty { return id }
        let hash = String(contentHash.prefix(16))
        guard let path = input.source.path else { return "stdin-" + hash }
        var name = (path as NSString).lastPathComponent
        if name.lowercased().hasSuffix(".gz") { name = String(name.dropLast(3)) }
        let stem = (name as NSString).deletingPathExtension
        if let line = input.source.line { return "\(stem)-\(line)" }
        return stem.isEmpty ? hash : stem
    }

    /// The id without surrounding white space; Foundation's trimming (slow on Linux) only when there is some.
    static func trimmed(_ id: String) -> String {
        guard let first = id.unicodeScalars.first, let last = id.unicodeScalars.last,
              first.properties.isWhitespace || last.properties.isWhitespace else { return id }
        return id.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
