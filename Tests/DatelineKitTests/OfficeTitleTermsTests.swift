import Testing
@testable import DatelineKit

/// Titled office holders as bounds on when an article was written.
@Suite struct OfficeTitleTermsTests {
    let terms = OfficeTitleTerms.standard

    @Test func aTitledNameGivesTheHoldersTerm() throws {
        let window = try #require(terms.window(in: "President Barack Obama met Chancellor Angela Merkel in Berlin."))
        #expect(window.from.day.iso == "2009-01-20")
        #expect(window.until?.day.iso == "2017-01-19")
        #expect(window.from.why.contains("President Barack Obama"))
    }

    @Test func formerAndThenHoldersDateNothing() {
        #expect(terms.mentions(in: "Former President Barack Obama spoke.").isEmpty)
        #expect(terms.mentions(in: "The deal was signed by then-President Barack Obama.").isEmpty)
        #expect(terms.mentions(in: "President-elect Donald Trump arrived.").isEmpty)
        #expect(terms.mentions(in: "the president spoke about Obama").isEmpty)
        // Inside a longer title: Biden as vice president, not as president.
        #expect(terms.mentions(in: "Pence met Vice President Joe Biden.").map(\.term.start.iso) == ["2009-01-20"])
        #expect(terms.mentions(in: "“President Obama” said so.").count == 1)
    }

    @Test func anEarlierHoldersEndedTermIsHistory() throws {
        // The later holder is the current one; the earlier term is what the text recalls.
        let window = try #require(terms.window(in: "President Joe Biden reversed a rule President Barack Obama had made."))
        #expect(window.from.day.iso == "2021-01-20")
        #expect(window.until?.day.iso == "2025-01-19")
    }

    @Test func theDatingStageUsesTheWindow() throws {
        // "the president-elect" fits the 2016 and the 2024 elections; President Obama in office picks 2016.
        func estimate(_ text: String) throws -> PublicationDate {
            let document = Document(id: "t", source: DocumentSource(path: "t.txt"), text: text, contentHash: "t")
            return try #require(PublicationDateEstimator().estimate(Pipeline(stages: [SentenceStage()]).annotated(document)))
        }
        #expect(try estimate("Donald Trump, the president-elect, met President Barack Obama at the White House on Thursday.").value == "2016-11-10")
        #expect(try estimate("Donald Trump, the president-elect, met Barack Obama at the White House on Thursday.").value == "2024-11-07")
    }
}
