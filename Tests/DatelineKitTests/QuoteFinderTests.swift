import Testing
@testable import DatelineKit

/// The quote finder on sentences written for these tests. Speakers come from entity mentions, which
/// a test states itself (`marking`), so each test pins the quote logic alone.
struct QuoteFinderTests {
    static let putin = EntityReference(id: "Q7747", name: "Vladimir Putin", kind: .person, country: "RUS")
    static let xi = EntityReference(id: "Q15031", name: "Xi Jinping", kind: .person, country: "CHN")
    static let ushakov = EntityReference(id: "Q4521049", name: "Yury Ushakov", kind: .person, country: "RUS")
    static let cctv = EntityReference(id: "Q1061024", name: "China Central Television", kind: .organization, country: "CHN")
    static let china = EntityReference(id: "Q148", name: "China", kind: .country, country: "CHN")
    static let russia = EntityReference(id: "Q159", name: "Russia", kind: .country, country: "RUS")
    static let usa = EntityReference(id: "Q30", name: "United States", kind: .country, country: "USA")

    /// Mentions for every whole-word occurrence of each surface form, longest first.
    static func marking(_ text: String, _ names: [String: EntityReference]) -> [EntityMention] {
        let scalars = Array(text.unicodeScalars)
        var taken = [Bool](repeating: false, count: scalars.count)
        var mentions: [EntityMention] = []
        for (surface, entity) in names.sorted(by: { $0.key.count > $1.key.count }) {
            let needle = Array(surface.unicodeScalars)
            var i = 0
            while i + needle.count <= scalars.count {
                let boundaryBefore = i == 0 || !QuoteText.isWordScalar(scalars[i - 1])
                let boundaryAfter = i + needle.count == scalars.count || !QuoteText.isWordScalar(scalars[i + needle.count])
                if boundaryBefore, boundaryAfter, Array(scalars[i..<i + needle.count]) == needle,
                   !taken[i..<i + needle.count].contains(true) {
                    for j in i..<i + needle.count { taken[j] = true }
                    mentions.append(EntityMention(span: Span(start: i, end: i + needle.count), text: surface, entity: entity))
                    i += needle.count
                } else {
                    i += 1
                }
            }
        }
        return mentions.sorted { $0.span < $1.span }
    }

    static func quotes(_ text: String, _ names: [String: EntityReference] = [:]) -> [Quote] {
        QuoteFinder().quotes(in: text, mentions: marking(text, names))
    }

    static func direct(_ text: String, _ names: [String: EntityReference] = [:]) -> [Quote] {
        quotes(text, names).filter { $0.kind == .direct }
    }

    @Test func speakerAfterWithCurlyMarks() {
        let found = Self.direct("“We will keep working together on every front,” Putin said on Tuesday.", ["Putin": Self.putin])
        #expect(found.count == 1)
        #expect(found.first?.speaker == Self.putin)
        #expect(found.first?.cue == "said")
        #expect(found.first?.text == "We will keep working together on every front,")
        let statement = Self.direct("“Dear friend, please accept my sincere congratulations,” Putin said in a statement released by the Kremlin.",
                                    ["Putin": Self.putin, "the Kremlin": Self.russia])
        #expect(statement.first?.speaker == Self.putin)
        #expect(statement.first?.via == "Kremlin")
    }

    @Test func speakerBeforeWithStraightMarksAndColon() {
        let text = "Xi told reporters: \"Both sides should stay in close touch this year.\""
        let found = Self.direct(text, ["Xi": Self.xi])
        #expect(found.map(\.speaker) == [Self.xi])
        #expect(found.first?.cue == "told")
        let quote = found.first!
        #expect(TextOffsets(text).substring(quote.span) == quote.text)
    }

    @Test func invertedCueAndMultiSentenceQuote() {
        let text = "“The talks went well. We agreed on the next steps,” said Yury Ushakov, the Kremlin aide."
        let found = Self.direct(text, ["Yury Ushakov": Self.ushakov])
        #expect(found.count == 1)
        #expect(found.first?.speaker == Self.ushakov)
        #expect(found.first?.text.hasPrefix("The talks went well. We agreed") == true)
    }

    @Test func splitQuoteIsOneQuotation() {
        let text = "“Our countries are close,” Putin said, “and they will stay close for many years.”"
        let found = Self.direct(text, ["Putin": Self.putin])
        #expect(found.count == 1)
        #expect(found.first?.speaker == Self.putin)
        #expect(found.first?.text == "Our countries are close, and they will stay close for many years.")
        #expect(found.first?.span == Span(start: 1, end: text.unicodeScalars.count - 1))
    }

    @Test func newsStyleMultiParagraphQuote() {
        let text = "Putin said: “The first paragraph of what I want to say goes here.\n\n“And this second paragraph ends the quotation.”\n\nAnalysts disagreed."
        let found = Self.direct(text, ["Putin": Self.putin])
        #expect(found.count == 1)
        #expect(found.first?.speaker == Self.putin)
        #expect(found.first?.text.hasSuffix("ends the quotation.") == true)
        #expect(found.first?.text.contains("“") == false)
    }

    @Test func nestedSingleQuotesStayInside() {
        let text = "“We will turn our border into a ‘belt’ of peace and friendship,” he told Xi."
        let found = Self.direct(text, ["he": Self.putin, "Xi": Self.xi])
        #expect(found.count == 1)
        #expect(found.first?.speaker == Self.putin)
        #expect(found.first?.text.contains("‘belt’") == true)
    }

    @Test func speakerInTheMiddleOfTwoQuotations() {
        let text = "“Our countries have formed a new model of cooperation,” he told Xi, emphasizing “respect for each other’s interests and good neighbourliness” as the basis of ties."
        let found = Self.direct(text, ["he": Self.putin, "Xi": Self.xi])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == Self.putin })
        #expect(found.map(\.cue) == ["told", "emphasizing"])
    }

    @Test func reportedChainsGiveTheChannel() {
        let active = Self.direct("“Both sides should deepen their strategic coordination,” CCTV quoted Xi as saying.",
                                 ["CCTV": Self.cctv, "Xi": Self.xi])
        #expect(active.first?.speaker == Self.xi)
        #expect(active.first?.via == "CCTV")
        #expect(active.first?.cue == "quoted as saying")
        let passive = Self.direct("“Both sides should deepen their strategic coordination,” Xi was quoted by CCTV as saying.",
                                  ["CCTV": Self.cctv, "Xi": Self.xi])
        #expect(passive.first?.speaker == Self.xi)
        #expect(passive.first?.via == "CCTV")
        let reported = Self.direct("“This creates a very good tone for our work,” Putin was reported as saying.", ["Putin": Self.putin])
        #expect(reported.first?.speaker == Self.putin)
        #expect(reported.first?.cue == "reported as saying")
    }

    @Test func accordingToAReadoutIsTheChannel() {
        let text = "Xi stated that relations have “stood the test of a changing international landscape,” according to a readout from China’s Foreign Ministry."
        let found = Self.direct(text, ["Xi": Self.xi, "China": Self.china])
        #expect(found.first?.speaker == Self.xi)
        #expect(found.first?.cue == "stated")
        #expect(found.first?.via == "China’s Foreign Ministry")
    }

    @Test func accordingToABroadcasterAfterATold() {
        let text = "“Your re-election reflects the support of the people,” Xi told Putin, according to state broadcaster CCTV."
        let found = Self.direct(text, ["Xi": Self.xi, "Putin": Self.putin, "CCTV": Self.cctv])
        #expect(found.first?.speaker == Self.xi)
        #expect(found.first?.via == "CCTV")
    }

    @Test func pronounAndTitleSpeakersComeFromTheEntityLayer() {
        let text = "“Russia and China play a stabilizing role in world affairs,” the Kremlin leader said. “We will go on,” he added."
        let found = Self.direct(text, ["the Kremlin leader": Self.putin, "he": Self.putin])
        #expect(found.count == 2)
        #expect(found.allSatisfy { $0.speaker == Self.putin })
        // Without a resolved mention there is no speaker, not a guess.
        let unresolved = Self.direct("“Russia and China play a stabilizing role in world affairs,” he said.")
        #expect(unresolved.count == 1)
        #expect(unresolved.first?.speaker == nil)
    }

    @Test func closingClauseAttributesAnEmbeddedQuotation() {
        let text = "The Kremlin promised to “keep Beijing in the loop” on the crisis, Ushakov said."
        let found = Self.direct(text, ["Ushakov": Self.ushakov, "Beijing": Self.china])
        #expect(found.map(\.speaker) == [Self.ushakov])
    }

    @Test func participleTakesTheSentenceSubject() {
        let text = "Putin praised Beijing on Monday, saying he was “sure that in the coming years we will only grow closer”, the state news agency TASS reported."
        let tass = EntityReference(id: "Q223799", name: "TASS", kind: .organization, country: "RUS")
        let found = Self.direct(text, ["Putin": Self.putin, "Beijing": Self.china, "he": Self.putin, "TASS": tass])
        #expect(found.first?.speaker == Self.putin)
        #expect(found.first?.via == "TASS")
    }

    @Test func paragraphContinuationKeepsTheSpeaker() {
        let text = "“Dear friend, please accept my congratulations,” Putin said.\n\n“Russia highly values your personal contribution to our ties.”\n\nXi spoke later. “Something unattributed was said here by someone,” officials added."
        let found = Self.direct(text, ["Putin": Self.putin, "Xi": Self.xi])
        #expect(found.count == 3)
        #expect(found[0].speaker == Self.putin)
        #expect(found[1].speaker == Self.putin)
        #expect(found[2].speaker == nil)
    }

    @Test func scareQuotesAndTitlesAreNotQuotations() {
        let text = "Trump warned Russia of “big trouble” over the “no limits” partnership, and Putin read “The Art of the Deal” twice."
        #expect(Self.direct(text, ["Putin": Self.putin]).isEmpty)
        let short = Self.direct("“No,” Putin said.", ["Putin": Self.putin])
        #expect(short.map(\.speaker) == [Self.putin])
    }

    @Test func jointSpeakersAreNotOneSpeaker() {
        let found = Self.direct("“We have agreed on everything that matters today,” Xi and Putin said.", ["Xi": Self.xi, "Putin": Self.putin])
        #expect(found.count == 1)
        #expect(found.first?.speaker == nil)
    }

    @Test func indirectSpeech() {
        let hope = Self.quotes("Xi, for his part, expressed hope to elevate ties with Moscow to “new heights” this year, according to Chinese state broadcaster CCTV.",
                               ["Xi": Self.xi, "CCTV": Self.cctv])
        #expect(hope.count == 1)
        #expect(hope.first?.kind == .indirect)
        #expect(hope.first?.speaker == Self.xi)
        #expect(hope.first?.text == "to elevate ties with Moscow to “new heights” this year")
        #expect(hope.first?.via == "CCTV")
        let sure = Self.quotes("Putin said he was sure that relations would keep growing.", ["Putin": Self.putin])
        #expect(sure.first?.kind == .indirect)
        #expect(sure.first?.text == "he was sure that relations would keep growing")
        let described = Self.quotes("Putin's foreign policy aide Yury Ushakov described the call as warm and businesslike.",
                                    ["Putin": Self.putin, "Yury Ushakov": Self.ushakov])
        #expect(described.first?.speaker == Self.ushakov)
        #expect(described.first?.text == "the call as warm and businesslike")
        let nobody = Self.quotes("Officials said the talks would continue next week in Beijing.")
        #expect(nobody.isEmpty)
        let closing = Self.quotes("Putin and Xi spoke by video link on Tuesday, the Kremlin said, signalling close ties.",
                                  ["Putin": Self.putin, "Xi": Self.xi, "the Kremlin": Self.russia])
        #expect(closing.first?.speaker == Self.russia)
        #expect(closing.first?.text == "Putin and Xi spoke by video link on Tuesday")
        let warned = Self.quotes("Washington warned last month that China was considering sending arms.", ["Washington": Self.usa])
        #expect(warned.first?.text == "China was considering sending arms")
    }

    @Test func outletsFromTheKnowledgeBaseAreChannels() throws {
        let kb = KnowledgeBase.standard
        let xinhua = try #require(kb.organization(named: "Xinhua")?.reference)
        let ria = try #require(kb.organization(named: "RIA Novosti")?.reference)
        let according = Self.direct("“China is ready to work with all parties for peace,” Xi said, according to Xinhua.",
                                    ["Xi": Self.xi, "Xinhua": xinhua])
        #expect(according.first?.speaker == Self.xi)
        #expect(according.first?.via == "Xinhua")
        let only = Self.direct("“The talks were held in a warm and friendly atmosphere,” according to Xinhua.", ["Xinhua": xinhua])
        #expect(only.first?.speaker == nil)
        #expect(only.first?.via == "Xinhua")
        let passive = Self.direct("“We are ready for talks without preconditions,” he was quoted as saying by RIA Novosti.",
                                  ["he": Self.putin, "RIA Novosti": ria])
        #expect(passive.first?.speaker == Self.putin)
        #expect(passive.first?.via == "RIA Novosti")
    }

    @Test func sentenceChannelsAndShortContinuations() throws {
        let xinhua = try #require(KnowledgeBase.standard.organization(named: "Xinhua")?.reference)
        let opening = Self.direct("According to Xinhua, Xi told Putin that the two countries “should always be good neighbours.”",
                                  ["Xinhua": xinhua, "Xi": Self.xi, "Putin": Self.putin])
        #expect(opening.first?.speaker == Self.xi)
        #expect(opening.first?.via == "Xinhua")
        let short = Self.direct("“This is a historic day for our two peoples,” Xi said, according to a transcript released by the Chinese government. “We will remember it.”",
                                ["Xi": Self.xi])
        #expect(short.count == 2)
        #expect(short.allSatisfy { $0.speaker == Self.xi && $0.via == "Chinese government" })
    }

    @Test func wireDatelineAndClosingReporterAroundIndirectSpeech() {
        let found = Self.quotes("MOSCOW (Reuters) - Russian President Vladimir Putin told Xi on Monday that Moscow valued the partnership, the Kremlin said.",
                                ["Russian President Vladimir Putin": Self.putin, "Xi": Self.xi, "the Kremlin": Self.russia])
        #expect(found.count == 1)
        #expect(found.first?.speaker == Self.putin)
        #expect(found.first?.text == "Moscow valued the partnership")
        #expect(found.first?.via == "Kremlin")
    }

    @Test func aTitleBetweenAnOrganisationAndAPersonNamesThePerson() {
        let peskov = EntityReference(id: "Q2614433", name: "Dmitry Peskov", kind: .person, country: "RUS")
        let found = Self.direct("“We are not going to allow anyone to dictate to us,” Kremlin spokesman Dmitry Peskov told reporters on Monday.",
                                ["Kremlin": Self.russia, "Dmitry Peskov": peskov])
        #expect(found.first?.speaker == peskov)
        let scholar = Self.direct("“The partnership has limits that neither side admits,” a Chinese scholar said.", ["Chinese": Self.china])
        #expect(scholar.count == 1)
        #expect(scholar.first?.speaker == nil)
        let country = Self.direct("“The partnership has no limits of any kind,” China said.", ["China": Self.china])
        #expect(country.first?.speaker == Self.china)
    }

    @Test func aSecondVerbOfTheSubjectIsNotAnAttribution() {
        let text = "Xi, for his part, said China stood “on the side of peace and dialogue” and described the talks as “candid and fruitful”."
        let found = Self.direct(text, ["Xi": Self.xi, "his": Self.xi, "China": Self.china])
        #expect(found.count == 1)
        #expect(found.first?.speaker == Self.xi)
        #expect(found.first?.cue == "said")
    }

    @Test func neverClosedMarksDoNotSwallowTheText() {
        let text = "He said “we will see what happens next week.\n\nPutin added: “Fine words are cheap and easy to say.”"
        let found = Self.direct(text, ["Putin": Self.putin])
        #expect(found.count == 1)
        let broken = QuoteFinder().quotes(in: "“unclosed \"mixed ‘marks", mentions: [])
        #expect(broken.isEmpty)
    }

    static let hostileInputs = [
        String(repeating: "“Putin said, ” he said “", count: 4_000),
        String(repeating: "\"a\" ", count: 20_000),
        String(repeating: "said Putin, according to ‘", count: 4_000) + "”",
        "“" + String(repeating: "We will win. ", count: 8_000),
        String(repeating: "“x\n\n", count: 20_000),
    ]

    @Test func largeHostileInputsStayInsideTheText() {
        for text in Self.hostileInputs { Self.expectSpansInside(text) }
    }

    static func expectSpansInside(_ text: String) {
        let mentions = FuzzStage.capitalizedWordMentions(text)
        let length = text.unicodeScalars.count
        for quote in QuoteFinder().quotes(in: text, mentions: mentions) {
            #expect(quote.span.start >= 0 && quote.span.end <= length)
            if let speaker = quote.speakerSpan { #expect(speaker.start >= 0 && speaker.end <= length) }
        }
    }
}
