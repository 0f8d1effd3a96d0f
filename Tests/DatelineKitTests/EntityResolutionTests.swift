import Foundation
import Testing
@testable import DatelineKit

/// The entity stage on sentences written for these tests: input text in, resolved mentions out.
@Suite struct EntityResolutionTests {
    func annotate(_ text: String, published: String? = nil, timexes: [Timex] = []) -> AnnotatedDocument {
        let document = Document(id: "t", source: DocumentSource(), published: published.flatMap { PublicationDate.given($0) },
                                text: text, contentHash: "")
        var annotated = AnnotatedDocument(document: document)
        SentenceStage().annotate(&annotated)
        annotated.layers.timexes = timexes
        EntityStage().annotate(&annotated)
        return annotated
    }

    /// The entity names of the mentions whose text is exactly `text`, in order.
    func resolved(_ text: String, in doc: AnnotatedDocument) -> [String] {
        doc.layers.mentions.filter { $0.text == text }.map(\.entity.name)
    }

    func mention(_ text: String, in doc: AnnotatedDocument) -> EntityMention? {
        doc.layers.mentions.first { $0.text == text }
    }

    @Test func titlePlusNameIsOneMention() {
        let doc = annotate("Russia's newly appointed Defense Minister Andrey Belousov met reporters.")
        let m = mention("Defense Minister Andrey Belousov", in: doc)
        #expect(m?.entity.name == "Andrey Belousov")
        #expect(m?.entity.country == "RUS")
        #expect(m?.basis == nil)
    }

    @Test func rolesResolveToTheHolderOnTheDocumentsDate() {
        let early = annotate("The Russian president arrived in Beijing.", published: "2010-06-01")
        #expect(resolved("The Russian president", in: early) == ["Dmitry Medvedev"])
        #expect(mention("The Russian president", in: early)?.basis?.contains("2010-06-01") == true)
        let late = annotate("The Russian president arrived in Beijing.", published: "2019-06-01")
        #expect(resolved("The Russian president", in: late) == ["Vladimir Putin"])
        #expect(resolved("Beijing", in: late) == ["Beijing"])
    }

    @Test func aDateInTheSentenceWinsOverPublication() {
        let text = "In 2011 the Chinese President visited Moscow."
        let timex = Timex(span: Span(start: 3, end: 7), text: "2011", type: .date, value: "2011")
        let doc = annotate(text, published: "2024-05-16", timexes: [timex])
        #expect(resolved("the Chinese President", in: doc) == ["Hu Jintao"])
        #expect(mention("the Chinese President", in: doc)?.basis?.contains("'2011' in the sentence") == true)
    }

    @Test func withoutADateTheBasisSaysSo() {
        let doc = annotate("The Kremlin leader spoke.")
        #expect(resolved("The Kremlin leader", in: doc) == ["Vladimir Putin"])
        #expect(mention("The Kremlin leader", in: doc)?.basis?.contains("no date known") == true)
    }

    @Test func metonymsAndCapitals() {
        let doc = annotate("Washington warned that the Kremlin was ready. Talks in Washington went on. Downing Street declined to comment.",
                           published: "2023-03-10")
        let washington = doc.layers.mentions.filter { $0.text == "Washington" }
        #expect(washington.map(\.entity.kind) == [.country, .location])
        #expect(washington.first?.entity.country == "USA")
        #expect(washington.first?.basis?.contains("government of United States") == true)
        #expect(mention("the Kremlin", in: doc)?.entity.id == "Q159")
        #expect(mention("Downing Street", in: doc)?.entity.country == "GBR")
    }

    @Test func pronounsFollowSubjectAndGender() {
        let doc = annotate("Angela Merkel met Emmanuel Macron in Paris. She said the talks were useful. Macron agreed, and he thanked her.",
                           published: "2019-05-01")
        #expect(resolved("She", in: doc) == ["Angela Merkel"])
        #expect(resolved("he", in: doc) == ["Emmanuel Macron"])
        #expect(resolved("her", in: doc) == ["Angela Merkel"])
        #expect(mention("She", in: doc)?.basis?.contains("previous sentence") == true)
    }

    @Test func possessiveAfterTheObjectOfCongratulations() {
        let doc = annotate("Putin congratulated Xi on his re-election.", published: "2023-03-10")
        #expect(resolved("his", in: doc) == ["Xi Jinping"])
    }

    @Test func counterpartIsTheSameOfficeInTheNamedCountry() {
        let doc = annotate("Chinese President Xi Jinping called his Russian counterpart on Monday. Indian Prime Minister Narendra Modi later met his Japanese counterpart.",
                           published: "2020-09-01")
        #expect(resolved("Russian counterpart", in: doc) == ["Vladimir Putin"])
        #expect(resolved("Japanese counterpart", in: doc) == ["Shinzo Abe"])
    }

    @Test func theTwoLeadersAreThePair() {
        let doc = annotate("Putin met Xi in Beijing. The two leaders signed a statement.", published: "2024-05-16")
        #expect(Set(resolved("The two leaders", in: doc)) == ["Vladimir Putin", "Xi Jinping"])
        let pair = annotate("The Chinese and Russian leaders spoke.", published: "2024-05-16")
        #expect(Set(resolved("The Chinese and Russian leaders", in: pair)) == ["Vladimir Putin", "Xi Jinping"])
    }

    @Test func peopleOutsideTheKnowledgeBase() {
        let doc = annotate("Spokesman Ivan Petrovsky said the plan was ready. Petrovsky added that he expected a reply.")
        let first = mention("Spokesman Ivan Petrovsky", in: doc)
        #expect(first?.entity.name == "Ivan Petrovsky")
        #expect(first?.entity.id == nil)
        #expect(resolved("Petrovsky", in: doc) == ["Ivan Petrovsky"])
        #expect(resolved("he", in: doc) == ["Ivan Petrovsky"])
        // a capitalised phrase without any person cue is not a person
        let none = annotate("The Winter Olympics opened in February.")
        #expect(none.layers.mentions.allSatisfy { $0.entity.kind != .person })
    }

    @Test func surnameAloneFromTheKnowledgeBase() {
        let doc = annotate("Putin said the talks were useful.", published: "2023-03-10")
        #expect(mention("Putin", in: doc)?.entity.id == "Q7747")
        #expect(mention("Putin", in: doc)?.basis?.contains("surname") == true)
    }

    @Test func commonWordsAreNotNames() {
        let doc = annotate("In May they told us it was over.", published: "2017-06-01")
        #expect(doc.layers.mentions.isEmpty)
    }

    @Test func mentionsAreInTextOrderAndInsideTheText() {
        let doc = annotate("Xi met Putin. He said NATO and the EU were wrong. The two men left for Moscow.", published: "2024-05-16")
        let spans = doc.layers.mentions.map(\.span)
        #expect(spans == spans.sorted())
        let count = doc.document.text.unicodeScalars.count
        #expect(spans.allSatisfy { $0.start >= 0 && $0.end <= count })
        for m in doc.layers.mentions { #expect(doc.text(of: m.span) == m.text) }
    }

    @Test func badInputNeverCrashes() {
        var rng = SplitMix64(seed: 7)
        let pieces = ["Putin", " he ", "“", "”", "the Kremlin", " Mr.", "\n\n", "Xi", "’s", " ", ".", "É", "中", "-", "U.S.", "\u{0}", "leaders"]
        var text = ""
        while text.utf8.count < 100_000 { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
        let doc = annotate(text, published: "2024-05-16")
        let count = text.unicodeScalars.count
        #expect(doc.layers.mentions.allSatisfy { $0.span.start >= 0 && $0.span.end <= count })
        #expect(annotate("").layers.mentions.isEmpty)
    }
}

extension EntityResolutionTests {
    @Test func aLeadersCounterpartIsTheOtherLeader() {
        let doc = annotate("President Vladimir Putin thanked his Indian counterpart. Foreign Minister Sergey Lavrov met his Chinese counterpart.",
                           published: "2024-07-09")
        #expect(resolved("Indian counterpart", in: doc) == ["Narendra Modi"])
        #expect(resolved("Chinese counterpart", in: doc) == ["Wang Yi"])
    }
}
