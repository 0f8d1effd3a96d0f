/// One pipeline stage as the fuzzer drives it: bytes in, the text it annotated and the spans it
/// produced out, so offsets can be checked against the text.
public struct FuzzStage: Sendable {
    public var name: String
    public var run: @Sendable ([UInt8]) -> (text: String, spans: [Span])

    public init(name: String, run: @escaping @Sendable ([UInt8]) -> (text: String, spans: [Span])) {
        self.name = name
        self.run = run
    }

    /// Every stage that takes outside input, in pipeline order.
    public static var all: [FuzzStage] {
        [reader, textCleaner, quoteFinder]
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
}

import Foundation
