import Foundation
import Testing
@testable import DatelineKit

@Suite("Document column JSON")
struct DocumentColumnJSONTests {
    static let awkward = ["", "plain", "quote \" and back\\slash", "line\nbreak\ttab\rreturn", "control \u{01}\u{1F}", "Zürich – “curly” 北京 👍🏽"]

    /// Through the `Encoder`, as every value was written before.
    static func encoded<T: Encodable>(_ value: T) throws -> String { try StreamingJSONEncoder.string(value) }

    @Test("publication dates, cuts and contributors are written as the streaming encoder writes them")
    func sameBytesAsEncoder() throws {
        for value in Self.awkward {
            for precision in [DatePrecision.day, .month, .year, .decade] {
                for basis in [nil, value] {
                    for given in [true, false] {
                        let date = PublicationDate(value: value, precision: precision, basis: basis, given: given)
                        #expect(StreamingJSONEncoder.string(date) == (try Self.encoded(date)))
                    }
                }
            }
        }
        let cuts = Self.awkward.map { RemovedText(text: $0, reason: "reason " + $0) }
        for count in 0...cuts.count {
            let removed = Array(cuts.prefix(count))
            #expect(StreamingJSONEncoder.string(removed) == (try Self.encoded(removed)))
            let names = Array(Self.awkward.prefix(count))
            #expect(StreamingJSONEncoder.string(names) == (try Self.encoded(names)))
        }
    }
}
