import Foundation
import Testing
@testable import DatelineKit

/// Legacy-encoded pages decode right with and without a declaration; absurd nesting loses no text.
@Suite struct HTMLCharsetTests {
    static let russian = "Президент России Владимир Путин провёл переговоры с председателем КНР Си Цзиньпином в Кремле. "
        + "Стороны подписали заявление о партнёрстве и обсудили поставки газа, торговлю и положение на Украине."
    static let chinese = "国家主席习近平在人民大会堂同俄罗斯总统普京举行会谈。两国元首就双边关系和共同关心的国际和地区问题深入交换意见，"
        + "一致同意继续加强能源、贸易和人文领域合作。"

    static func page(_ body: String, meta: String?) -> String {
        let head = meta.map { "<meta charset=\"\($0)\">" } ?? ""
        return "<html><head>\(head)<title>Talks</title></head><body><article><p>\(body)</p><p>\(body)</p></article></body></html>"
    }

    static func encode(_ text: String, _ iana: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["iconv", "-f", "UTF-8", "-t", iana]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return data
    }

    func text(of data: Data) throws -> String {
        let input = ArticleInput(source: DocumentSource(path: "page.html"), body: .html(data, charset: nil), byteCount: data.count)
        return try ArticleCleaner().document(from: input).text
    }

    @Test(arguments: [("WINDOWS-1251", "windows-1251", russian), ("GB18030", "gb2312", chinese), ("GB18030", "GBK", chinese)])
    func declaredAndUndeclared(encoding: String, label: String, body: String) throws {
        let declared = try Self.encode(Self.page(body, meta: label), encoding)
        let undeclared = try Self.encode(Self.page(body, meta: nil), encoding)
        #expect(String(validating: undeclared, as: UTF8.self) == nil, "the test page must not be valid UTF-8")
        #expect(HTMLCharset.choose(for: declared, declared: nil).basis == "declared by <meta>")
        #expect(HTMLCharset.choose(for: undeclared, declared: nil) == .init(name: encoding, basis: "guessed from byte statistics"))
        #expect(try text(of: declared).contains(body))
        #expect(try text(of: undeclared).contains(body))
    }

    @Test func westernPageWithoutDeclarationIsWindows1252() throws {
        let body = "Le président français a rencontré son homologue chinois à Canton, où ils ont évoqué l’Ukraine et le commerce."
        let data = try Self.encode(Self.page(body, meta: nil), "WINDOWS-1252")
        #expect(HTMLCharset.choose(for: data, declared: nil).name == "WINDOWS-1252")
        #expect(try text(of: data).contains(body))
    }

    @Test func byteOrderMarkWinsOverDeclaration() {
        let data = Data([0xEF, 0xBB, 0xBF]) + Data(Self.page("Путин", meta: "windows-1251").utf8)
        #expect(HTMLCharset.choose(for: data, declared: nil).name == "UTF-8")
    }

    @Test func hundredThousandLevelsDeepKeepTheirText() throws {
        let lead = "Leaders of the two countries met in Geneva on Monday and agreed to resume talks on arms control next month."
        let inner = "The ministers said a first round of expert consultations would be held in Vienna before the summer."
        let after = "Officials on both sides described the atmosphere of the meeting as businesslike and constructive."
        let html = "<html><body><article><p>\(lead)</p>" + String(repeating: "<div>", count: 100_000) + "<p>\(inner)</p>"
            + String(repeating: "</div>", count: 100_000) + "<p>\(after)</p></article></body></html>"
        let text = try text(of: Data(html.utf8))
        #expect(text.contains(lead) && text.contains(inner) && text.contains(after))
    }
}
