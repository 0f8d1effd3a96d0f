import Foundation
import Testing
@testable import DatelineKit

/// Inputs a scraper really produces, through the text path: each finishes, and nothing is lost or invented.
@Suite struct PathologicalInputTests {
    func clean(_ text: String) throws -> Document {
        try ArticleCleaner().document(from: ArticleInput(source: DocumentSource(path: "t.txt"), body: .text(text), byteCount: text.utf8.count))
    }

    @Test func tenMegabytesOnOneLine() throws {
        let line = String(repeating: "The delegation met officials in the capital and discussed trade ", count: 160_000)
        let document = try clean(line)
        #expect(document.text.utf8.count == line.utf8.count - 1)  // the trailing space is trimmed
    }

    @Test func fiftyThousandSentencesWithoutAPeriod() throws {
        let text = (0..<50_000).map { "leaders met in city number \($0) without a full stop" }.joined(separator: " and ")
        #expect(try clean(text).text.count == text.count)
    }

    @Test func quoteMarkNeverClosed() throws {
        let text = "Putin said: “We will continue\n\nThe talks ended on Friday in Beijing after three hours of discussion."
        let document = try clean(text)
        #expect(document.text.contains("The talks ended on Friday"))
    }

    @Test func mixedScriptsAndRightToLeft() throws {
        let text = "Путин встретился с Си Цзиньпином.\n\n习近平会见普京。\n\nالتقى الرئيسان في موسكو.\n\nThe leaders met in Moscow on Tuesday and signed agreements."
        let document = try clean(text)
        #expect(document.text.contains("习近平会见普京"))
        #expect(document.text.contains("التقى الرئيسان"))
    }

    @Test func nulBytesInTextAreRefusedAsBinary() {
        var reported: [InputProblem] = []
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("dateline-nul-\(UUID().uuidString).txt")
        FileManager.default.createFile(atPath: folder.path, contents: Data("Leaders met\u{0}in Geneva.".utf8))
        defer { try? FileManager.default.removeItem(at: folder) }
        InputReader().read([folder.path]) { if case .failure(let p) = $0 { reported.append(p) } }
        #expect(reported.first?.message.contains("binary") == true)
    }

    @Test func onlyBoilerplateIsAProblemNotAnEmptyDocument() {
        #expect(throws: InputProblem.self) { try clean("Subscribe to our newsletter\n\nRead more") }
    }
}
