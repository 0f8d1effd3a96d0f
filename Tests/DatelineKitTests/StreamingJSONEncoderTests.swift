import Foundation
import Testing
@testable import DatelineKit

/// The store's JSON writer: whatever it writes, `JSONDecoder` reads back as the same value.
@Suite("Streaming JSON encoder")
struct StreamingJSONEncoderTests {
    struct Sample: Codable, Equatable {
        struct Inner: Codable, Equatable { var a: Int; var b: [String?] }
        struct Nothing: Codable, Equatable {}
        var text: String
        var optional: String?
        var missing: Int?
        var flag: Bool
        var numbers: [Int]
        var wide: Int64
        var small: UInt8
        var ratio: Double
        var nested: [[Inner]]
        var empty: Nothing
        var map: [String: Int]
        var kind: Token.Kind
    }

    func roundTrip<T: Codable & Equatable>(_ value: T) throws -> String {
        let json = try StreamingJSONEncoder.string(value)
        #expect(try JSONDecoder().decode(T.self, from: Data(json.utf8)) == value, "\(json)")
        return json
    }

    @Test("strings with quotes, backslashes, control characters and non-ASCII survive")
    func strings() throws {
        for text in ["", "plain", "say \"hi\"", "back\\slash", "line\nbreak\ttab\r", "\u{0}\u{1}\u{1F}\u{7F}",
                     "Zürich — “quoted” 北京 🇷🇺", "</script>"] {
            _ = try roundTrip(text)
            _ = try roundTrip([text])
        }
        #expect(try StreamingJSONEncoder.string("a\"b\n") == #""a\"b\n""#)
    }

    @Test("numbers, nil, nested arrays, empty objects and dictionaries")
    func shapes() throws {
        let sample = Sample(text: "x", optional: "y", missing: nil, flag: true, numbers: [0, -1, Int.max, Int.min],
                            wide: Int64.min, small: 255, ratio: 0.1 + 0.2,
                            nested: [[], [Sample.Inner(a: 3, b: ["q", nil])]], empty: Sample.Nothing(),
                            map: ["one": 1, "two": 2], kind: .punctuation)
        let json = try roundTrip(sample)
        #expect(!json.contains("missing"), "nil optionals are left out, as JSONEncoder does")
        #expect(json.contains(#""empty":{}"#))
        #expect(try StreamingJSONEncoder.string([Int]()) == "[]")
        #expect(throws: EncodingError.self) { try StreamingJSONEncoder.string([Double.nan]) }
    }

    @Test("a fully annotated article's layers, events and timeline entry read back equal")
    func annotatedArticle() throws {
        let corpus = GeneratedCorpus(count: 8, seed: 3)
        var checkedEvents = 0
        for i in 0..<corpus.count {
            let document = Document(id: "a\(i)", source: DocumentSource(path: "a\(i).txt"), outlet: "Meridian Wire",
                                    published: PublicationDate.given("2024-05-16"), text: corpus.article(i),
                                    contentHash: "h\(i)")
            let annotated = Pipeline.standard.annotated(document)
            _ = try roundTrip(annotated.layers)
            _ = try roundTrip(annotated.document)
            for event in annotated.layers.events {
                let report = TimelineReport(event: event, document: annotated.document)
                _ = try roundTrip(report)
                _ = try roundTrip(TimelineEntry(id: 7, first: report))
                checkedEvents += 1
            }
        }
        #expect(checkedEvents > 0)
    }
}
