import Testing
@testable import DatelineKit

@Suite struct SentenceSplitterTests {
    func sentences(_ text: String) -> [String] {
        SentenceSplitter().split(text).sentences.map { TextOffsets(text).substring($0.span) }
    }

    @Test func titlesAndInitialsDoNotEndSentences() {
        #expect(sentences("Mr. Xi met Gen. Li Shangfu and Lt. Gen. Smith. George W. Bush was not there.") ==
                ["Mr. Xi met Gen. Li Shangfu and Lt. Gen. Smith.", "George W. Bush was not there."])
        #expect(sentences("They met on Jan. 21 in Beijing. Talks went on.") ==
                ["They met on Jan. 21 in Beijing.", "Talks went on."])
    }

    @Test func dottedAbbreviationsEndASentenceOnlyBeforeAnOpener() {
        #expect(sentences("U.S. officials said the U.N. Security Council would meet.") ==
                ["U.S. officials said the U.N. Security Council would meet."])
        #expect(sentences("The delegation flew to the U.S. The talks began on Monday.") ==
                ["The delegation flew to the U.S.", "The talks began on Monday."])
    }

    @Test func decimalsDoNotEndSentences() {
        #expect(sentences("Putin had secured 87.33 percent. Turnout was 77.4%.") ==
                ["Putin had secured 87.33 percent.", "Turnout was 77.4%."])
    }

    @Test func closingQuotesAndBracketsStayWithTheirSentence() {
        #expect(sentences("\"Russia highly values your contribution.\" Xi thanked him. (He smiled.) Then they left.") ==
                ["\"Russia highly values your contribution.\"", "Xi thanked him.", "(He smiled.)", "Then they left."])
        #expect(sentences("“We will win,” Putin said. “Why?” he asked.") ==
                ["“We will win,” Putin said.", "“Why?” he asked."])
        #expect(sentences("It will be “a new era.” Xi agreed.") == ["It will be “a new era.”", "Xi agreed."])
    }

    @Test func quotedQuestionFollowedByLowerCaseGoesOn() {
        #expect(sentences("\"What next?\" asked one diplomat. Nobody knew!") == ["\"What next?\" asked one diplomat.", "Nobody knew!"])
    }

    @Test func ellipsisInsideASentence() {
        #expect(sentences("the strengthening of ties... and strategic cooperation. Next.") ==
                ["the strengthening of ties... and strategic cooperation.", "Next."])
    }

    @Test func paragraphsAndHeadlines() {
        let text = "‘Build up’ relations\n\nPutin heaped praise on Beijing. He was sure.\n\nXi agreed.\nA new line"
        let split = SentenceSplitter().split(text)
        let found = split.sentences.map { TextOffsets(text).substring($0.span) }
        #expect(found == ["‘Build up’ relations", "Putin heaped praise on Beijing.", "He was sure.", "Xi agreed.", "A new line"])
        #expect(split.sentences.map(\.paragraph) == [0, 1, 1, 2, 2])
        #expect(split.tokens.last?.sentence == 4)
    }

    @Test func wrappedLineInLowerCaseContinues() {
        #expect(sentences("Putin said the talks\nwent well. Xi agreed.") == ["Putin said the talks\nwent well.", "Xi agreed."])
    }

    @Test func tokensPointIntoTheirSentences() {
        let text = "Xi met Putin. Both leaders spoke.\n\nThen they ate."
        let split = SentenceSplitter().split(text)
        for token in split.tokens {
            let sentence = split.sentences[token.sentence].span
            #expect(sentence.start <= token.span.start && token.span.end <= sentence.end)
        }
    }

    @Test func stageFillsLayers() {
        let document = Document(id: "t", source: DocumentSource(path: nil, url: nil), text: "One. Two.", contentHash: "x")
        var annotated = AnnotatedDocument(document: document)
        SentenceStage().annotate(&annotated)
        #expect(annotated.layers.sentences.count == 2)
        #expect(annotated.layers.tokens.count == 4)
    }
}
