import Testing
@testable import DatelineKit

@Suite struct TokenizerTests {
    func texts(_ text: String) -> [String] {
        Tokenizer().tokens(in: text).map { TextOffsets(text).substring($0.span) }
    }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(texts("Gen. Valery Gerasimov met U.S. and U.N. officials.") ==
                ["Gen.", "Valery", "Gerasimov", "met", "U.S.", "and", "U.N.", "officials", "."])
        #expect(texts("Mr. Xi arrived on Jan. 21 at 10 a.m. sharp") ==
                ["Mr.", "Xi", "arrived", "on", "Jan.", "21", "at", "10", "a.m.", "sharp"])
    }

    @Test func initialsAndNamesWithApostrophes() {
        #expect(texts("George W. Bush and Conan O'Brien") == ["George", "W.", "Bush", "and", "Conan", "O'Brien"])
    }

    @Test func possessivesAndHyphensSplit() {
        #expect(texts("China’s Xi and Putin's China-Russia ties") ==
                ["China", "’s", "Xi", "and", "Putin", "'s", "China", "-", "Russia", "ties"])
    }

    @Test func numbers() {
        #expect(texts("87.33 percent of 10,000 votes, a 1.5-hour call on the 21st at 10:30.") ==
                ["87.33", "percent", "of", "10,000", "votes", ",", "a", "1.5", "-", "hour", "call", "on", "the", "21st",
                 "at", "10:30", "."])
        let kinds = Tokenizer().tokens(in: "$10 or 5%").map(\.kind)
        #expect(kinds == [.symbol, .number, .word, .number, .symbol])
    }

    @Test func quotesAndEllipses() {
        #expect(texts("“Dear friend,” he said... ‘no-limits’") ==
                ["“", "Dear", "friend", ",", "”", "he", "said", "...", "‘", "no", "-", "limits", "’"])
    }

    @Test func scalarOffsetsPastNonASCII() {
        let text = "Élysée says «non» — Zhongnanhai 中南海 agrees."
        let tokens = Tokenizer().tokens(in: text)
        let words = tokens.map { TextOffsets(text).substring($0.span) }
        #expect(words == ["Élysée", "says", "«", "non", "»", "—", "Zhongnanhai", "中南海", "agrees", "."])
        let scalars = Array(text.unicodeScalars)
        #expect(tokens[6].span.start == 20)
        #expect(String(String.UnicodeScalarView(scalars[tokens[7].span.start..<tokens[7].span.end])) == "中南海")
    }

    @Test func badInputNeverCrashes() {
        let odd = String(decoding: [0xC3, 0x28, 0xE2, 0x80, 0x2E, 0x0D, 0x0A, 0x00, 0x41, 0x2E], as: UTF8.self)
        let tokens = Tokenizer().tokens(in: odd)
        let count = odd.unicodeScalars.count
        #expect(tokens.allSatisfy { $0.span.start >= 0 && $0.span.end <= count && $0.span.start < $0.span.end })
        #expect(Tokenizer().tokens(in: "").isEmpty)
        #expect(Tokenizer().tokens(in: String(repeating: ".", count: 100_000)).count == 1)
    }
}
