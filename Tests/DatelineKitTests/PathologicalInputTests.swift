import Foundation
import Testing
@testable import DatelineKit

/// Inputs a scraper really produces, through reading, cleaning and every stage of `Pipeline.standard`:
/// each finishes, nothing is lost or invented, and every span of every layer lies inside the text.
@Suite struct PathologicalInputTests {
    /// Cleans and annotates `input`, checking every layer's spans against the text.
    @discardableResult
    func throughPipeline(_ input: ArticleInput) throws -> AnnotatedDocument {
        let annotated = Pipeline.standard.annotated(try ArticleCleaner().document(from: input))
        let length = annotated.document.text.unicodeScalars.count
        let outside = annotated.layers.allSpans.filter { $0.start < 0 || $0.end > length }
        #expect(outside.isEmpty, "spans outside the text of \(length) scalars: \(outside.prefix(5))")
        return annotated
    }

    func text(_ text: String) throws -> AnnotatedDocument {
        try throughPipeline(ArticleInput(source: DocumentSource(path: "t.txt"), published: "2025-01-21",
                                         body: .text(text), byteCount: text.utf8.count))
    }

    func html(_ data: Data) throws -> AnnotatedDocument {
        try throughPipeline(ArticleInput(source: DocumentSource(path: "t.html"), published: "2025-01-21",
                                         body: .html(data, charset: nil), byteCount: data.count))
    }

    /// Reading and cleaning take the whole input; the annotation stages get its first 100 KB (the size
    /// the no-hang rule is stated for: the whole 10 MB through every stage takes minutes in a
    /// debug build, which `dateline fuzz` and the bench measure instead).
    func cleanedWholeAnnotatedCut(_ body: String) throws -> Document {
        let document = try ArticleCleaner().document(from: ArticleInput(source: DocumentSource(path: "t.txt"),
                                                                        body: .text(body), byteCount: body.utf8.count))
        let cut = String(decoding: Array(document.text.utf8.prefix(100_000)), as: UTF8.self)
        try text(cut)
        return document
    }

    @Test func tenMegabytesOnOneLine() throws {
        let line = String(repeating: "The delegation met officials in the capital and discussed trade ", count: 160_000)
        let document = try cleanedWholeAnnotatedCut(line)
        #expect(document.text.utf8.count == line.utf8.count - 1)  // the trailing space is trimmed
    }

    @Test func fiftyThousandSentencesWithoutAPeriod() throws {
        let body = (0..<50_000).map { "leaders met in city number \($0) without a full stop" }.joined(separator: " and ")
        #expect(try cleanedWholeAnnotatedCut(body).text.count == body.count)
    }

    @Test func quoteMarkNeverClosed() throws {
        let body = "Putin said: “We will continue\n\nThe talks ended on Friday in Beijing after three hours of discussion."
            + "\n\n\"Xi told reporters that the partnership had no limits, and then " + String(repeating: "the talks went on ", count: 5_000)
        let document = try text(body).document
        #expect(document.text.contains("The talks ended on Friday"))
    }

    @Test func mixedScriptsAndRightToLeft() throws {
        let body = "Путин встретился с Си Цзиньпином.\n\n习近平会见普京。\n\nالتقى الرئيسان في موسكو.\n\n"
            + "The leaders met in Moscow on Tuesday \u{202B}שלום\u{202C} and signed agreements, Erdoğan said."
        let document = try text(body).document
        #expect(document.text.contains("习近平会见普京"))
        #expect(document.text.contains("التقى الرئيسان"))
        #expect(document.text.contains("\u{202B}שלום\u{202C}"))
    }

    @Test func nulBytesInTextFilesAreRefusedAsBinary() {
        var reported: [InputProblem] = []
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-nul-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: file.path, contents: Data("Leaders met\u{0}in Geneva.".utf8))
        defer { try? FileManager.default.removeItem(at: file) }
        InputReader().read([file.path]) { if case .failure(let p) = $0 { reported.append(p) } }
        #expect(reported.first?.message.contains("binary") == true)
    }

    @Test func nulCharactersInsideARecordReachEveryStage() throws {
        // JSON escapes let a NUL through the reader's binary check; the stages must still cope.
        let document = try text("Leaders met\u{0} in Geneva on Monday.\u{0}\n\nThe talks \u{0}\u{0}lasted three hours, officials said.").document
        #expect(document.text.contains("lasted three hours"))
    }

    @Test func hundredThousandLevelsOfNesting() throws {
        let story = "Leaders of the two countries met in Geneva on Monday and agreed to resume talks on arms control next month."
        let page = "<html><body>" + String(repeating: "<div><span>", count: 100_000) + "<p>\(story)</p><p>“\(story)</p></body></html>"
        #expect(try html(Data(page.utf8)).document.text.contains(story))
    }

    @Test func textAtEveryOneOfTenThousandLevels() throws {
        // Once quadratic: each block's furniture check walked up to the root.
        let sentence = "The delegation met officials in the capital, and discussed trade. "
        let page = "<html><body>" + String(repeating: "<div>\(sentence)", count: 10_000) + "</body></html>"
        let text = try html(Data(page.utf8)).document.text
        #expect(text.components(separatedBy: "discussed trade.").count - 1 == 10_000)
    }

    @Test(arguments: [("WINDOWS-1251", "windows-1251"), ("WINDOWS-1251", nil), ("GB18030", "gb2312"), ("GB18030", nil)])
    func legacyEncodedPages(encoding: String, declared: String?) throws {
        let body = encoding == "GB18030" ? HTMLCharsetTests.chinese : HTMLCharsetTests.russian
        let data = try HTMLCharsetTests.encode(HTMLCharsetTests.page(body, meta: declared), encoding)
        #expect(try html(data).document.text.contains(body))
    }

    @Test func onlyBoilerplateIsAProblemNotAnEmptyDocument() {
        #expect(throws: InputProblem.self) { try text("Subscribe to our newsletter\n\nRead more") }
    }
}
