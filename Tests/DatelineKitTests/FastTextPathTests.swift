import Foundation
import Testing
@testable import DatelineKit

/// The byte-level fast paths that replaced Foundation string calls and nested scans in cleaning,
/// dating, events and quotes: each must give the answer the slow path gave.
@Suite struct FastTextPathTests {
    @Test func loweredParagraphMatchesFoundationTrimming() {
        let samples = ["  Tags: China | Russia \t", "\u{00A0}Photo: Reuters\u{3000}", "ÉDITION SPÉCIALE", "", "   ",
                       "\tMonthly", "Ünïcode\u{2009}", "Plain text.", "A\u{00A0}B", "İstanbul "]
        for sample in samples {
            let expected = sample.lowercased().trimmingCharacters(in: .whitespaces)
            #expect(LoweredParagraph.make(Substring(sample)) == expected, "\(sample.debugDescription)")
        }
    }

    @Test func byteSearchAgreesWithFoundation() {
        let cases: [(String, String)] = [("header articlebody main", "articlebody"), ("display:none", "display:none"),
                                         ("a / b", " / "), ("a/b", " / "), ("", "x"), ("ab", "abc"), ("xxabc", "abc"),
                                         ("schön artikel", "artikel"), ("application/ld+json", "ld+json")]
        for (haystack, needle) in cases {
            #expect(ByteSearch.contains(haystack, needle) == haystack.contains(needle), "\(haystack) / \(needle)")
        }
    }

    @Test func scalarStringRoundTrips() {
        let text = "“Xi’s visit,” said Ушаков — 習近平 👍 done."
        let scalars = Array(text.unicodeScalars)
        #expect(ScalarString.make(scalars[...]) == text)
        #expect(ScalarString.make(scalars[1..<5]) == "Xi’s")
    }

    @Test func straightenedApostrophes() {
        #expect(ParagraphWords.straightened("readers’") == "readers'")
        #expect(ParagraphWords.straightened("don’t’") == "don't'")
        #expect(ParagraphWords.straightened("naïve") == "naïve")
        #expect(EventCalendarDating.lowered("Putin’s ‘Visit’ to ÄGYPTEN").string == "putin's ‘visit' to ägypten")
    }

    static func event(_ label: String, _ date: String, _ match: [[String]], term: Int? = nil) -> PublicEvent {
        PublicEvent(kind: "summit", date: date, label: label, match: match, term: term, ordinal: nil, subject: nil, id: nil, context: nil)
    }

    @Test func calendarTermsMatchOnlyAtWordStarts() {
        let calendar = PublicEventCalendar(events: [
            Self.event("Games in Sydney", "2000-09-15", [["sydney", "olympic"], ["sydney", "games"]]),
            Self.event("Second inauguration", "2021-01-20", [["inaugurat", "second term"]], term: 2),
            Self.event("Talks in Da Nang", "2017-11-10", [["asia-pacific economic cooperation", "da nang"]]),
        ])
        #expect(calendar.events(in: "the sydney olympics opened").map(\.event.label) == ["Games in Sydney"])
        // "games" only inside "endgames": not a term at a word start.
        #expect(calendar.events(in: "sydney endgames").isEmpty)
        #expect(calendar.events(in: "in sydney the games began").map(\.terms) == [["sydney", "games"]])
        #expect(calendar.events(in: "the inauguration for his second term").count == 1)
        // The sentence says "third term": the second-term event disagrees and is left out.
        #expect(calendar.events(in: "the inauguration for his second term, not a third term").isEmpty)
        #expect(calendar.events(in: "leaders at asia-pacific economic cooperation talks in da nang").count == 1)
        #expect(calendar.events(in: "").isEmpty)
    }

    /// The indexed matcher against a plain scan of every alternative, on generated news sentences.
    @Test func calendarMatchingEqualsPlainScan() {
        let calendar = PublicEventCalendar.standard
        let corpus = GeneratedCorpus(count: 12)
        var sentences = ["Trump took office for a second term after he was sworn in", "The Beijing Olympics opened"]
        for i in 0..<12 {
            sentences += corpus.article(i).split(whereSeparator: { $0 == "." || $0 == "\n" }).map(String.init)
        }
        var matched = 0
        for sentence in sentences {
            let lowered = LoweredText(sentence)
            var expected: [(event: Int, alternative: Int)] = []
            for (e, event) in calendar.events.enumerated() {
                let terms = event.match.map { $0.map { LoweredText($0).bytes } }
                if let a = terms.firstIndex(where: { $0.allSatisfy { lowered.contains($0, wordStart: true) } }) { expected.append((e, a)) }
            }
            let found = calendar.matchingAlternatives(lowered)
            #expect(found.map(\.event) == expected.map(\.event), "\(sentence)")
            #expect(found.map(\.alternative) == expected.map(\.alternative), "\(sentence)")
            matched += found.count
        }
        #expect(matched > 0)
    }

    @Test func apecIsNamedByItsFullName() {
        let dating = EventCalendarDating(calendar: EventCalendarDating.publicGatherings(.standard), places: .standard)
        let hits = dating.named(in: EventCalendarDating.lowered("Xi met Biden at the Asia-Pacific Economic Cooperation summit in San Francisco."))
        #expect(hits.contains { $0.event.label.contains("San Francisco") })
    }

    /// Titled names are read from the bytes of an ASCII window; other windows go the scalar way.
    @Test func officeTitleWordsOnBytesEqualScalarSplit() {
        let samples = ["President Barack Obama said on Tuesday", "Prime Minister Theresa May's cabinet, then-Chancellor",
                       "Vice President Kamala Harris -- and 2024 G20 talks", "President Erdoğan met Chancellor Olaf Scholz",
                       "Chancellor O'Neill’s visit", "'Quoted' - hyphen-joined words end", "", "President"]
        for sample in samples {
            let bytes = Array(sample.utf8)
            for limit in [1, 3, 6, 100] {
                let fast = OfficeTitleTerms.words(in: bytes, 0..<bytes.count, limit: limit)
                let slow = OfficeTitleTerms.words(of: sample, limit: limit)
                #expect(fast.map(\.word) == slow.map(\.word), "\(sample) \(limit)")
                #expect(fast.map(\.capital) == slow.map(\.capital), "\(sample) \(limit)")
                #expect(fast.map(\.written) == slow.map(\.written), "\(sample) \(limit)")
            }
        }
    }

    /// Photo captions are told by comparing bytes where that answers as `hasPrefix` does.
    @Test func photoPrefixesAgreeWithCharacterComparison() {
        let lexicon = BoilerplateLexicon.standard
        let credits = CreditLines(lexicon: lexicon)
        let samples = ["Photo: Reuters", "photo by AFP", "Photo:\u{301} accented colon", "Photographer unknown", "(Photo: TASS)",
                       "File photo of the summit", "Phöto: not a label", "Image:", "image", "", "Picture: Kremlin press service",
                       "Credit:\u{0301}x", "The talks went on"]
        for sample in samples {
            let lowered = LoweredParagraph.make(Substring(sample))
            let words = ParagraphWords(Substring(sample))
            let expected = words.all.count <= 60 && lexicon.photoPrefixes.contains { lowered.hasPrefix($0) }
            #expect(credits.isPhotoCaption(lowered: lowered, words: words) == expected, "\(sample)")
        }
    }

    /// Each of the 128 values is its own hash function's minimum over the shingles.
    @Test func minHashValuesArePerFunctionMinimums() {
        let shingles = WordShingles.hashes(GeneratedCorpus(count: 2, seed: 3).article(1))
        let signature = MinHashSignature(shingles: shingles)
        for i in [0, 1, 63, 127] {
            var expected = UInt32.max
            for shingle in shingles {
                let h1 = MinHashSignature.mix(shingle)
                let h2 = MinHashSignature.mix(h1 ^ 0x9E37_79B9_7F4A_7C15) | 1
                let h = h1 &+ UInt64(i) &* h2
                let v = (h ^ (h >> 29)) &* 0xBF58_476D_1CE4_E5B9
                expected = min(expected, UInt32(truncatingIfNeeded: v >> 32))
            }
            #expect(signature.values[i] == expected)
        }
        #expect(MinHashSignature(shingles: []).values.allSatisfy { $0 == .max })
    }
}
