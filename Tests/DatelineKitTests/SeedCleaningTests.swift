import Foundation
import Testing
@testable import DatelineKit

/// On each seed: every boilerplate paragraph removed (named below by how it starts), every other line
/// of the article kept word for word, and title and outlet found.
@Suite struct SeedCleaningTests {
    struct Expectation: Sendable, CustomStringConvertible {
        var seed: String
        var title: String?
        var outlet: String?
        var contributors: [String] = []
        /// How each removed paragraph starts.
        var removed: [String]
        var description: String { seed }
    }

    static let moscowTimesFooter = [
        "A Message from", "Dear readers", "We are facing", "These actions are direct", "We, the journalists",
        "Your support, no matter", "By supporting", "Once", "Monthly", "Annual", "Continue", "paiment methods",
        "Not ready to support", "Remind me later", "Read more",
    ]

    static let expectations: [Expectation] = [
        Expectation(seed: "000", title: "Putin Congratulates China’s Xi on Third Term, Hails 'Strengthening' Ties",
                    outlet: "The Moscow Times", contributors: ["AFP"],
                    removed: ["×", "Enjoying ad-free content", "Since July 1, 2024", "This commitment costs", "Support us",
                              "Our journalism is banned", "Sergei Bobylev / TASS", "AFP contributed reporting"] + moscowTimesFooter),
        Expectation(seed: "001", title: "Putin and Xi Tout Growing Partnership During Video Call", outlet: "The Moscow Times",
                    removed: ["Support The Moscow Times!", "kremlin.ru", "Sign up for our free weekly newsletter",
                              "Our weekly newsletter contains", "Subscribers agree"] + moscowTimesFooter),
        Expectation(seed: "002", title: "China’s Xi Says Putin Re-Election ‘Fully Reflects’ Support Of Russian People",
                    outlet: nil, removed: ["Comments are closed."]),
        Expectation(seed: "003", title: nil, outlet: "Agencies", removed: []),
        Expectation(seed: "004", title: nil, outlet: "The Moscow Times",
                    removed: moscowTimesFooter.filter { !["Once", "Monthly", "Annual", "Continue", "paiment methods",
                                                          "Not ready to support", "Read more"].contains($0) }),
    ]

    @Test(arguments: expectations)
    func seedIsCleaned(_ expected: Expectation) throws {
        let url = try SharedData.seed(expected.seed)
        let raw = try String(contentsOf: url, encoding: .utf8)
        let input = ArticleInput(source: DocumentSource(path: url.path), body: .text(raw), byteCount: raw.utf8.count)
        let document = try ArticleCleaner().document(from: input)

        #expect(document.title == expected.title)
        #expect(document.outlet == expected.outlet)
        #expect(document.contributors == expected.contributors)

        let lines = raw.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for line in lines {
            let shouldGo = expected.removed.contains { line.hasPrefix($0) }
            if line == expected.title {
                #expect(!document.text.contains(line), "title stays out of the body")
            } else if shouldGo {
                #expect(document.removed.contains { $0.text == line }, "boilerplate not removed: \(line)")
                #expect(!document.text.contains(line))
            } else {
                #expect(document.text.contains(line), "article line lost: \(line)")
            }
        }
        #expect(document.removed.count == lines.filter { l in expected.removed.contains { l.hasPrefix($0) } }.count)
    }

    @Test func removedParagraphsSayWhy() throws {
        let url = try SharedData.seed("000")
        let raw = try String(contentsOf: url, encoding: .utf8)
        let document = try ArticleCleaner().document(from: ArticleInput(source: DocumentSource(path: url.path), body: .text(raw), byteCount: 0))
        let reasons = Dictionary(document.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { a, _ in a })
        #expect(reasons["Sergei Bobylev / TASS"] == "photo credit")
        #expect(reasons["AFP contributed reporting."] == "contribution line")
        #expect(reasons["Support us"] == "donation appeal")
        #expect(reasons["Read more"] == "navigation prompt")
    }
}
