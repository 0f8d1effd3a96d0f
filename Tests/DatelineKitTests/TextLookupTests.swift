import Testing
@testable import DatelineKit

/// The byte-level helpers the pipeline's hot paths use must answer exactly as the String and
/// Dictionary operations they replace.
@Suite struct TextLookupTests {
    @Test func wordTableAgreesWithADictionary() {
        let words = ["in", "at", "from", "summit", "year", "café"]
        let table = WordTable(words)
        var dictionary: [String: Int] = [:]
        for (i, w) in words.enumerated() { dictionary[w] = i }
        // "cafe\u{301}" is canonically equal to "café": String equality (and the Dictionary) say so.
        for probe in ["in", "at", "from", "summit", "year", "café", "cafe\u{301}", "In", "summits", "", "frog", "ye"] {
            #expect(table.index(of: probe) == dictionary[probe], "\(probe)")
        }
        #expect(table.contains("summit"))
        #expect(!table.contains("summ"))
        // With only ASCII words, a query spelt with other bytes still goes to the Dictionary.
        let ascii = WordTable(["k", "o"])
        #expect(ascii.index(of: "k") == 0)
        #expect(ascii.index(of: "ö") == nil)
    }

    @Test func asciiCheckReadsEveryByte() {
        #expect(ASCIIText.isASCII(""))
        #expect(ASCIIText.isASCII("Putin met Xi in Beijing on Tuesday."))
        #expect(!ASCIIText.isASCII("Putin met Xi in Beijing on Tuesday.’"))
        #expect(!ASCIIText.isASCII("é and then a long ASCII run after it"))
        for n in 0..<20 {
            #expect(!ASCIIText.isASCII(String(repeating: "a", count: n) + "ü"), "\(n)")
        }
    }

    @Test func scalarsMatchTheUnicodeScalarView() {
        for text in ["", "plain", "Путин — “ещё” 🇷🇺 café", String(repeating: "ab’", count: 50)] {
            #expect(ScalarString.scalars(of: text) == Array(text.unicodeScalars))
        }
    }

    @Test func substringOfScalarSpans() {
        let offsets = TextOffsets("Xi — “hello” Putin")
        #expect(offsets.substring(Span(start: 5, end: 12)) == "“hello”")
        #expect(offsets.substring(Span(start: 13, end: 18)) == "Putin")
        #expect(TextOffsets("ascii text").substring(Span(start: 6, end: 10)) == "text")
    }

    @Test func wordFilterNeverRejectsALexiconWord() {
        let words = ["meet", "met", "visit", "a", "talks"]
        let filter = WordFilter(words)
        for w in words { #expect(filter.mayContain(w)) }
        #expect(filter.mayContain("mét"))  // non-ASCII goes on to the dictionary
    }

    @Test func timexDatePartsReadAsStringSplitting() {
        for value in ["2023-10-05", "2023-10", "2025-W04", "2025-01-23TEV", "201", "PRESENT_REF", "P2Y", "XXXX-10",
                      "+123-4", "--2023--10-", "2023-1x-05", "2024-5-123", "2024-05-6X", "12345678901-2", "1999-12-31T23:59", "-"] {
            let pieces = value.prefix(10).split(separator: "-")
            guard let parts = TimexDateParts(value) else { Issue.record("\(value) not read"); continue }
            #expect(parts.count == pieces.count, "\(value)")
            #expect(parts.firstLength == (pieces.first?.count ?? 0), "\(value)")
            #expect(parts.first == pieces.first.flatMap { Int($0) }, "\(value)")
            #expect(parts.second == (pieces.count > 1 ? Int(pieces[1]) : nil), "\(value)")
            #expect(parts.third == (pieces.count > 2 ? Int(pieces[2]) : nil), "\(value)")
            #expect(parts.thirdOpening == (pieces.count > 2 ? Int(pieces[2].prefix(2)) : nil), "\(value)")
        }
        #expect(TimexDateParts("2023-1\r\n0") == nil)
        #expect(TimexDateParts("2023-é") == nil)
    }
}
