import Testing
@testable import DatelineKit

@Suite struct BoilerplateTests {
    let classifier = BoilerplateClassifier()

    func removed(_ paragraphs: [String]) -> [Bool] {
        classifier.classify(paragraphs.map { Substring($0) }).map(\.isBoilerplate)
    }

    @Test func quotedSecondPersonIsNews() {
        let text = "“Your re-election fully reflects the support of the people for you,” the president told his counterpart."
        #expect(removed([text, "Subscribe to our newsletter"]) == [false, true])
    }

    @Test func cueWordInALongNewsParagraphIsNotEnough() {
        let text = "The minister said the government did not subscribe to the view that sanctions had failed, adding that talks with partners would continue next month in Geneva."
        #expect(removed([text]) == [false])
    }

    @Test func shortSubheadingBetweenArticleParagraphsSurvives() {
        let body = "The two leaders met in the capital on Monday and signed a dozen agreements on energy and trade."
        #expect(removed([body, "Energy deals", body + " More followed."]) == [false, false, false])
    }

    @Test func menuItemsInsideAnAppealAreCut() {
        let flags = removed(["Please support us today with a donation.", "Once", "Monthly", "Donate now"])
        #expect(flags == [true, true, true, true])
    }

    @Test func repeatedParagraphsOfAnOutletAreLearned() {
        let flags = classifier.classify(["A daily digest from our desk.", "The summit opened on Monday."].map { Substring($0) },
                                        repeats: [5, 0]).map(\.isBoilerplate)
        #expect(flags == [true, false])
    }

    @Test func photoCreditsAndContributionLines() {
        let decisions = classifier.classify(["Jane Doe / Reuters", "kremlin.ru", "Reuters contributed reporting."].map { Substring($0) })
        #expect(decisions.map(\.reason) == ["photo credit", "photo credit", "contribution line"])
        #expect(decisions[2].contributors == ["Reuters"])
    }

    @Test func wireDatelines() {
        #expect(WireDateline.parse("MOSCOW (Reuters) - The Kremlin said") == WireDateline(place: "MOSCOW", agency: "Reuters"))
        #expect(WireDateline.parse("BEIJING (Agencies): Leaders met") == WireDateline(place: "BEIJING", agency: "Agencies"))
        #expect(WireDateline.parse("Putin (left) - greets Xi") == nil)
    }

    @Test func hardWrappedTextIsRejoined() {
        let text = """
        The delegation arrived in the capital on Monday morning for talks that
        officials described as the most important of the year, covering energy and
        trade.

        A second paragraph follows here.
        """
        #expect(ParagraphSplitter.paragraphs(text).count == 2)
    }

    @Test func blankLinesOfInvisibleSpacesSeparateParagraphs() {
        // Lines of only no-break spaces, zero-width spaces, tabs or a carriage return are blank;
        // a line with any other character is a paragraph, trimmed of the blank ones around it.
        let text = "\u{00A0}First line\t\r\n \u{00A0}\u{200B}\t\r\nSecond line\n\u{200B}x\n\n\n"
        #expect(ParagraphSplitter.paragraphs(text) == ["First line", "Second line", "x"])
        #expect(ParagraphSplitter.blocks(text).map(\.count) == [1, 2])
        #expect(ParagraphSplitter.paragraphs("").isEmpty)
        #expect(ParagraphSplitter.paragraphs("\u{00A0}\n\r\n").isEmpty)
    }
}
