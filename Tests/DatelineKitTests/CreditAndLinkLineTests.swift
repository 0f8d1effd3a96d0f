import Testing
@testable import DatelineKit

/// Lines that credit, tag or link rather than report: what is cut, what is kept, and which agencies
/// become contributors.
@Suite struct CreditAndLinkLineTests {
    let classifier = BoilerplateClassifier()
    let body = "The two leaders met in the capital on Monday and signed a dozen agreements on energy and trade."

    func decisions(_ paragraphs: [String]) -> [BoilerplateClassifier.Decision] {
        classifier.classify(paragraphs.map { Substring($0) })
    }

    @Test func tagAndLinkLinesAreCutWhateverTheirLength() {
        let lines = ["Tags: China, Russia, Xi Jinping, Vladimir Putin, Kremlin",
                     "Also Read | What the visit means for oil, fertiliser and defence spares in the coming year",
                     "Share | Tweet | Print", "ADVERTISEMENT"]
        let result = decisions([body] + lines + [body])
        #expect(result.map(\.isBoilerplate) == [false, true, true, true, true, false])
        #expect(result[1].reason == "tag list")
    }

    @Test func wordsThatOnlyStartLikeALabelAreNews() {
        let text = "Related talks between the foreign ministers are expected to take place in Beijing next week."
        #expect(decisions([body, text]).map(\.isBoilerplate) == [false, false])
    }

    @Test func longPhotoCaptionIsCut() {
        let caption = "Photo: Russian President Vladimir Putin speaks with Chinese President Xi Jinping via video link outside Moscow. Gavriil Grigorov / Sputnik"
        #expect(decisions([body, caption]).map(\.reason) == [nil, "photo caption"])
    }

    @Test func contributionLinesCreditAgenciesNotPeopleOrPlaces() {
        func agencies(_ line: String) -> [String] { decisions([body, line])[1].contributors }
        #expect(agencies("Xinhua and AFP contributed reporting.") == ["Xinhua", "AFP"])
        #expect(agencies("Associated Press writer Selin Aydemir in Ankara contributed to this report.") == ["Associated Press"])
        #expect(agencies("(With inputs from PTI)") == ["PTI"])
        #expect(agencies("Reporting by Daria Volkova; additional reporting by Chen Mei in Beijing; editing by Tom Hartley") == [])
    }

    @Test func copyrightLineNamesTheOutletWithoutTheYear() {
        let cleaned = TextCleaner().clean(paragraphs: [body, body, "Copyright 2023 The Associated Press. All rights reserved."])
        #expect(cleaned.outlet == "The Associated Press")
    }
}
