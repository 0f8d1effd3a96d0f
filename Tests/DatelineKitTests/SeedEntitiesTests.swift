import Foundation
import Testing
@testable import DatelineKit

/// The entity stage on the seed articles: every mention of Putin and Xi (full names, surnames, titles,
/// roles, pronouns) resolves to the right person, and metonyms to the right government. Publication
/// dates come from `../shared/eval/seeds-gold.jsonl`.
@Suite struct SeedEntitiesTests {
    static let putin = "Q7747", xi = "Q15031"

    /// A mention to find by the words around it: `context` occurs once in the text and starts with or
    /// contains `mention`.
    struct Expectation: Sendable, CustomStringConvertible {
        var seed: String
        var context: String
        var mention: String
        var names: Set<String>
        var description: String { "\(seed): \(mention) in '\(context)'" }
    }

    static let expectations: [Expectation] = [
        Expectation(seed: "000", context: "Washington warned", mention: "Washington", names: ["United States"]),
        Expectation(seed: "000", context: "on his appointment", mention: "his", names: ["Xi Jinping"]),
        Expectation(seed: "000", context: "released by the Kremlin", mention: "the Kremlin", names: ["Russia"]),
        Expectation(seed: "001", context: "the Kremlin leader said", mention: "the Kremlin leader", names: ["Vladimir Putin"]),
        Expectation(seed: "001", context: "He also called", mention: "He", names: ["Xi Jinping"]),
        Expectation(seed: "001", context: "as his \"best friend\"", mention: "his", names: ["Xi Jinping"]),
        Expectation(seed: "001", context: "The Chinese and Russian leaders", mention: "The Chinese and Russian leaders",
                    names: ["Xi Jinping", "Vladimir Putin"]),
        Expectation(seed: "001", context: "on Washington's adversaries", mention: "Washington", names: ["United States"]),
        Expectation(seed: "002", context: "his Russian counterpart", mention: "Russian counterpart", names: ["Vladimir Putin"]),
        Expectation(seed: "002", context: "he faced no genuine", mention: "he", names: ["Vladimir Putin"]),
        Expectation(seed: "002", context: "The Chinese leader said", mention: "The Chinese leader", names: ["Xi Jinping"]),
        Expectation(seed: "002", context: "the Russian president was", mention: "the Russian president", names: ["Vladimir Putin"]),
        Expectation(seed: "002", context: "Xi noted that he had", mention: "he", names: ["Xi Jinping"]),
        Expectation(seed: "002", context: "Both leaders", mention: "Both leaders", names: ["Xi Jinping", "Vladimir Putin"]),
        Expectation(seed: "002", context: "saying he was", mention: "he", names: ["Vladimir Putin"]),
        Expectation(seed: "003", context: "He stated that", mention: "He", names: ["Xi Jinping"]),
        Expectation(seed: "003", context: "He noted their", mention: "He", names: ["Vladimir Putin"]),
        Expectation(seed: "003", context: "that he and Xi", mention: "he", names: ["Vladimir Putin"]),
        Expectation(seed: "003", context: "signed by the leaders", mention: "the leaders", names: ["Xi Jinping", "Vladimir Putin"]),
        Expectation(seed: "003", context: "Defense Minister Andrey Belousov", mention: "Defense Minister Andrey Belousov", names: ["Andrey Belousov"]),
        Expectation(seed: "004", context: "he told Xi", mention: "he", names: ["Vladimir Putin"]),
        Expectation(seed: "004", context: "since the Chinese leader", mention: "the Chinese leader", names: ["Xi Jinping"]),
        Expectation(seed: "004", context: "meet the Chinese leader", mention: "the Chinese leader", names: ["Xi Jinping"]),
        Expectation(seed: "004", context: "The Kremlin promised", mention: "The Kremlin", names: ["Russia"]),
        Expectation(seed: "004", context: "foreign policy aide Yury Ushakov", mention: "foreign policy aide Yury Ushakov", names: ["Yuri Ushakov"]),
    ]

    static func goldDates() throws -> [String: String] {
        let url = SharedData.root.appendingPathComponent("eval/seeds-gold.jsonl")
        var dates: [String: String] = [:]
        for line in try String(contentsOf: url, encoding: .utf8).split(separator: "\n") {
            guard let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let date = object["pub_date"] as? String else { continue }
            dates[id] = date
        }
        return dates
    }

    static func annotatedSeed(_ prefix: String) throws -> AnnotatedDocument {
        let url = try SharedData.seed(prefix)
        let raw = try String(contentsOf: url, encoding: .utf8)
        var document = try ArticleCleaner().document(from: ArticleInput(source: DocumentSource(path: url.path), body: .text(raw), byteCount: 0))
        let id = url.deletingPathExtension().lastPathComponent
        if document.published == nil, let date = try goldDates()[id] {
            document.published = PublicationDate.given(date, basis: "seeds-gold.jsonl")
        }
        return Pipeline.standard.annotated(document)
    }

    /// Scalar offsets of every whole-word occurrence of `word` in `text`.
    static func occurrences(of word: String, in text: String) -> [Int] {
        let scalars = Array(text.unicodeScalars), target = Array(word.unicodeScalars)
        func isLetter(_ i: Int) -> Bool { i >= 0 && i < scalars.count && scalars[i].properties.isAlphabetic }
        var found: [Int] = []
        var i = 0
        while i + target.count <= scalars.count {
            if Array(scalars[i..<(i + target.count)]) == target, !isLetter(i - 1), !isLetter(i + target.count) { found.append(i) }
            i += 1
        }
        return found
    }

    @Test(arguments: ["000", "001", "002", "003", "004"])
    func everyPutinAndXiNameResolves(seed: String) throws {
        let doc = try Self.annotatedSeed(seed)
        for (word, id) in [("Putin", Self.putin), ("Xi", Self.xi)] {
            let offsets = Self.occurrences(of: word, in: doc.document.text)
            #expect(!offsets.isEmpty)
            for offset in offsets {
                let covering = doc.layers.mentions.filter { $0.span.start <= offset && offset < $0.span.end }
                #expect(covering.contains { $0.entity.id == id }, "\(seed): '\(word)' at \(offset)")
                #expect(!covering.contains { $0.entity.kind == .person && $0.entity.id != id && $0.span.length < 40 },
                        "\(seed): '\(word)' at \(offset) also resolved to someone else")
            }
        }
    }

    @Test(arguments: expectations)
    func rolesPronounsAndMetonymsResolve(_ expectation: Expectation) throws {
        let doc = try Self.annotatedSeed(expectation.seed)
        let text = doc.document.text
        guard let range = text.range(of: expectation.context) ?? text.range(of: expectation.context.replacingOccurrences(of: "\"", with: "“")),
              let mentionRange = text[range.lowerBound...].range(of: expectation.mention) else {
            Issue.record("context '\(expectation.context)' not in seed \(expectation.seed)")
            return
        }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: mentionRange.lowerBound)
        let found = doc.layers.mentions.filter { $0.span.start == start && $0.text == expectation.mention }
        #expect(Set(found.map(\.entity.name)) == expectation.names)
        if expectation.mention != expectation.context.prefix(expectation.mention.count) || expectation.names.count > 1 {
            #expect(found.allSatisfy { $0.basis != nil || $0.entity.name == $0.text || $0.text.hasSuffix($0.entity.name) })
        }
    }
}
