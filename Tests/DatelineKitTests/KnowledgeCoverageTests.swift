import Foundation
import Testing
@testable import DatelineKit

/// The office holders of `kb/offices.json` beyond the seeds' Russia and China: G20 heads of state and
/// government since 2000, their neighbours, foreign ministers of the major powers.
@Suite struct KnowledgeCoverageTests {
    let kb = KnowledgeBase.standard

    func annotate(_ text: String, published: String) -> AnnotatedDocument {
        let document = Document(id: "t", source: DocumentSource(), published: PublicationDate.given(published),
                                text: text, contentHash: "")
        var annotated = AnnotatedDocument(document: document)
        SentenceStage().annotate(&annotated)
        EntityStage().annotate(&annotated)
        return annotated
    }

    func resolved(_ text: String, in doc: AnnotatedDocument) -> [String] {
        doc.layers.mentions.filter { $0.text == text }.map(\.entity.name)
    }

    @Test func holdersOnADay() {
        #expect(kb.holder(of: "prime minister", country: "AUS", on: "2010-01-01")?.name == "Kevin Rudd")
        #expect(kb.holder(of: "prime minister", country: "AUS", on: "2013-07-01")?.name == "Kevin Rudd")
        #expect(kb.holder(of: "prime minister", country: "AUS", on: "2012-01-01")?.name == "Julia Gillard")
        #expect(kb.holder(of: "president", country: "ARG", on: "2010-05-25")?.name == "Cristina Fernández de Kirchner")
        #expect(kb.holder(of: "prime minister", country: "FRA", on: "2019-01-01")?.name == "Édouard Philippe")
        #expect(kb.holder(of: "president", country: "DEU", on: "2015-06-01")?.name == "Joachim Gauck")
        #expect(kb.holder(of: "president", country: "KOR", on: "2015-06-01")?.name == "Park Geun-hye")
        #expect(kb.holder(of: "president", country: "MEX", on: "2006-11-30")?.name == "Vicente Fox")
        #expect(kb.holder(of: "president", country: "MEX", on: "2006-12-01")?.name == "Felipe Calderón")
        #expect(kb.holder(of: "king", country: "SAU", on: "2010-01-01")?.name == "Abdullah bin Abdulaziz")
        #expect(kb.holder(of: "foreign minister", country: "GBR", on: "2012-01-01")?.name == "William Hague")
        #expect(kb.holder(of: "foreign minister", country: "DEU", on: "2015-01-01")?.name == "Frank-Walter Steinmeier")
        #expect(kb.holder(of: "president", country: "MNG", on: "2019-01-01")?.name == "Khaltmaagiin Battulga")
        #expect(kb.holder(of: "prime minister", country: "NZL", on: "2020-01-01")?.name == "Jacinda Ardern")
        #expect(kb.holder(of: "commission president", country: "EU", on: "2010-01-01")?.name == "José Manuel Barroso")
        #expect(kb.holder(of: "defence minister", country: "JPN", on: "2016-01-01")?.name == "Gen Nakatani")
        #expect(kb.holder(of: "defence minister", country: "GBR", on: "2021-01-01")?.name == "Ben Wallace")
        #expect(kb.holder(of: "foreign minister", country: "JPN", on: "2021-11-07") == nil)
        #expect(kb.holder(of: "supreme leader", country: "IRN", on: "2026-01-01")?.name == "Ali Khamenei")
        #expect(kb.holder(of: "supreme leader", country: "IRN", on: "2026-06-01")?.name == "Mojtaba Khamenei")
        #expect(kb.holder(of: "prime minister", country: "HUN", on: "2026-06-01")?.name == "Péter Magyar")
        // a gap between holders (an acting president is not listed) resolves to nobody, not to a neighbour
        #expect(kb.holder(of: "president", country: "KOR", on: "2017-04-01") == nil)
    }

    @Test func namesAndVariantsFindThePerson() {
        #expect(kb.person(named: "Cristina Kirchner")?.name == "Cristina Fernández de Kirchner")
        #expect(kb.person(named: "Enrique Pena Nieto")?.name == "Enrique Peña Nieto")
        #expect(kb.person(named: "Nguyễn Phú Trọng")?.name == "Nguyen Phu Trong")
        #expect(kb.person(named: "Mevlut Cavusoglu")?.gender == .male)
        #expect(kb.person(named: "Sanna Marin")?.gender == .female)
    }

    @Test func everyHolderIsAPersonAndTermsDoNotOverlap() {
        for office in kb.offices {
            for holder in office.holders {
                #expect(kb.person(named: holder.person) != nil, "\(office.name): \(holder.person)")
            }
            for (a, b) in zip(office.holders, office.holders.dropFirst()) {
                #expect(a.end.map { $0 <= b.start } ?? false, "\(office.name): \(a.person) then \(b.person)")
            }
        }
    }

    @Test func rolesInTextResolveOnTheDocumentsDate() {
        let doc = annotate("The Australian Prime Minister met the French Prime Minister in Canberra.", published: "2010-01-01")
        #expect(resolved("The Australian Prime Minister", in: doc) == ["Kevin Rudd"])
        #expect(resolved("the French Prime Minister", in: doc) == ["François Fillon"])
        let later = annotate("The Australian Prime Minister spoke to reporters.", published: "2016-03-01")
        #expect(resolved("The Australian Prime Minister", in: later) == ["Malcolm Turnbull"])
    }

    /// A family name that is an ordinary word or a place never names a holder on its own.
    @Test func commonWordSurnamesAreNotPeople() {
        let doc = annotate("The court in The Hague ruled on Monday. English is spoken. Fox News reported the Key figures.",
                           published: "2012-01-01")
        let people = doc.layers.mentions.filter { $0.entity.kind == .person }.map(\.entity.name)
        #expect(!people.contains("William Hague"))
        #expect(!people.contains("Bill English"))
        #expect(!people.contains("Vicente Fox"))
        #expect(!people.contains("John Key"))
        // the full name still finds him ("Secretary William Hague" is one mention with its title)
        let named = annotate("British Foreign Secretary William Hague said he would travel to The Hague.", published: "2012-01-01")
        let hague = named.layers.mentions.filter { $0.entity.name == "William Hague" }.map(\.text)
        #expect(hague.contains("Secretary William Hague"))
        #expect(!hague.contains("Hague"))
    }
}
