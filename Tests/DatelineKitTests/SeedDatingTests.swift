import Foundation
import Testing
@testable import DatelineKit

/// The seeds carry no date: each must be dated to the gold day, with a basis naming its clue.
@Suite struct SeedDatingTests {
    struct Gold: Decodable { var id: String; var pub_date: String }

    @Test func allSeedsDatedToTheGoldDay() throws {
        let goldURL = SharedData.root.appendingPathComponent("eval/seeds-gold.jsonl")
        let gold = try String(contentsOf: goldURL, encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(Gold.self, from: Data($0.utf8)) }
        #expect(gold.count == 5)
        var dated: [String: PublicationDate] = [:]
        Extractor(publishedFallback: nil).run(paths: [SharedData.root.appendingPathComponent("seeds").path]) { result in
            if case .success(let record) = result { dated[record.document.id] = record.document.published }
        }
        for g in gold {
            let published = try #require(dated[g.id], "\(g.id) was not dated")
            #expect(published.value == g.pub_date, "\(g.id): \(published.basis ?? "")")
            #expect(published.precision == .day)
            #expect(published.given == false)
            #expect((published.basis ?? "").count > 20, "a basis a person can check")
        }
    }

    @Test func givenDateIsNeverOverridden() {
        var doc = Document(id: "x", source: DocumentSource(path: "x.txt"),
                           text: "Putin and Xi held a video call on Tuesday, hours after Donald Trump was inaugurated as the 47th president.",
                           contentHash: "")
        doc.published = PublicationDate(value: "2030-01-01", precision: .day, basis: "metadata", given: true)
        var annotated = AnnotatedDocument(document: doc)
        DocumentDatingStage().annotate(&annotated)
        #expect(annotated.document.published?.value == "2030-01-01")
        #expect(annotated.document.published?.given == true)
    }

    @Test func inaugurationAndWeekdayDateAnUndatedArticle() {
        let doc = Document(id: "y", source: DocumentSource(path: "y.txt"),
                           text: "Leaders spoke on Tuesday, hours after Donald Trump was inaugurated as the 47th president of the United States.",
                           contentHash: "")
        let estimate = PublicationDateEstimator().estimate(AnnotatedDocument(document: doc))
        #expect(estimate?.value == "2025-01-21")
        #expect(estimate?.basis?.contains("Trump") == true)
    }

    @Test func ofLookAlikeEventsTheOneWhoseWordsStandTogether() {
        // Putin's inaugurations also match 'putin' … 'inaugurated'; the sentence's inauguration is Trump's.
        let doc = Document(id: "y2", source: DocumentSource(path: "y2.txt"),
                           text: "Vladimir Putin and Xi Jinping spoke on Tuesday, hours after Donald Trump was inaugurated for a second time.",
                           contentHash: "")
        let estimate = PublicationDateEstimator().estimate(AnnotatedDocument(document: doc))
        #expect(estimate?.value == "2025-01-21", "\(String(describing: estimate))")
    }

    @Test func boundsYearsApartGiveTheYearBeforeWhatIsStillToCome() {
        let doc = Document(id: "z2", source: DocumentSource(path: "z2.txt"),
                           text: "The two have met many times since 2013. They hope to meet in person in February 2022.",
                           contentHash: "")
        let estimate = PublicationDateEstimator().estimate(AnnotatedDocument(document: doc))
        #expect(estimate?.value == "2021", "\(String(describing: estimate))")
        #expect(estimate?.precision == .year)
    }

    @Test func futureMonthWithYearBoundsPublication() {
        let doc = Document(id: "z", source: DocumentSource(path: "z.txt"),
                           text: "The ministers met in Paris in March 2019. They will meet again in February 2021.",
                           contentHash: "")
        let estimate = PublicationDateEstimator().estimate(AnnotatedDocument(document: doc))
        #expect(estimate?.value.hasPrefix("2019") == true || estimate?.value.hasPrefix("2020") == true, "\(String(describing: estimate))")
    }
}

/// The time layer and dating on inputs built to break them: they finish and stay inside the text.
@Suite struct TimePathologicalTests {
    func run(_ text: String) -> AnnotatedDocument {
        var annotated = AnnotatedDocument(document: Document(id: "p", source: DocumentSource(path: "p.txt"), text: text, contentHash: ""))
        DocumentDatingStage().annotate(&annotated)
        TimexStage().annotate(&annotated)
        return annotated
    }

    @Test func longLineOfDates() {
        let text = String(repeating: "Putin met Xi on Tuesday, 12 March 2024, after the election last week and ", count: 20_000)
        let a = run(text)
        let count = text.unicodeScalars.count
        #expect(a.layers.timexes.count >= 40_000)
        #expect(a.layers.timexes.allSatisfy { $0.span.end <= count })
        #expect(a.document.published != nil)
    }

    @Test func manySentences() {
        let text = (0..<30_000).map { "Leaders met in city \($0) on Friday in the summer of 20\($0 % 90 + 10)." }.joined(separator: " ")
        let a = run(text)
        #expect(a.layers.timexes.count >= 60_000)
    }
}
