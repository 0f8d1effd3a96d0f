import Foundation
import Testing
@testable import DatelineKit

@Suite struct KnowledgeBaseTests {
    let kb = KnowledgeBase.standard

    @Test func countriesByCodeNameAndDemonym() {
        #expect(kb.country(demonym: "Chinese")?.code == "CHN")
        #expect(kb.country(named: "the United States")?.code == "USA")
        #expect(kb.country(code: "RUS")?.metonyms.contains("the Kremlin") == true)
        #expect(kb.country(code: "FRA")?.metonyms.contains("the Élysée") == true)
        #expect(kb.country(code: "CHN")?.capital == "Beijing")
    }

    @Test func officeHoldersInTime() {
        #expect(kb.holder(of: "president", country: "RUS", on: "2010-06-01")?.name == "Dmitry Medvedev")
        #expect(kb.holder(of: "president", country: "RUS", on: "2023-03-10")?.name == "Vladimir Putin")
        #expect(kb.holder(of: "president", country: "CHN", on: "2012-12-01")?.name == "Hu Jintao")
        #expect(kb.holder(of: "president", country: "CHN", on: "2013-03-14")?.name == "Xi Jinping")
        #expect(kb.holder(of: "president", country: "USA", on: "2025-01-20")?.name == "Donald Trump")
        #expect(kb.holder(of: "president", country: "USA", on: "2025-01-19")?.name == "Joe Biden")
        #expect(kb.holder(of: "prime minister", country: "IND", on: "2010")?.name == "Manmohan Singh")
        #expect(kb.holder(of: "defence minister", country: "RUS", on: "2024-06")?.name == "Andrey Belousov")
        #expect(kb.holder(of: "president", country: "CHN", on: nil)?.name == "Xi Jinping")
        #expect(kb.holder(of: "president", country: "RUS", on: "PAST_REF") == nil)
    }

    @Test func everyHolderIsAKnownPerson() {
        for office in kb.offices {
            for holder in office.holders {
                #expect(kb.person(named: holder.person) != nil, "\(office.name): \(holder.person)")
                #expect(holder.end.map { holder.start < $0 } ?? true, "\(office.name): \(holder.person)")
            }
        }
    }

    @Test func officesHeldAndPlaces() {
        let xi = kb.person(named: "Xi Jinping")!
        #expect(kb.offices(heldBy: xi, on: "2024-01-01").map(\.name).contains("President of China"))
        #expect(kb.offices(heldBy: xi, on: "2005-01-01").isEmpty)
        #expect(kb.person(named: "Yury Ushakov")?.name == "Yuri Ushakov")
        #expect(kb.place(named: "Great Hall of the People")?.country == "CHN")
        #expect(kb.organization(named: "TASS")?.type == "news agency")
    }

    @Test func userFolderAddsAndReplaces() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(#"{"people": [{"name": "Ivan Petrovsky", "id": null, "country": "RUS", "gender": "male", "aliases": ["Ivan Petrovskiy"]}]}"#.utf8)
            .write(to: folder.appendingPathComponent("people.json"))
        try Data(#"{"offices": [{"office": "governor", "country": "RUS", "name": "Governor of Nowhere", "holders": [{"person": "Ivan Petrovsky", "start": "2020-01-01", "end": null}]}]}"#.utf8)
            .write(to: folder.appendingPathComponent("offices.json"))
        let extended = try KnowledgeBase.loading(extra: folder)
        #expect(extended.person(named: "Ivan Petrovskiy")?.name == "Ivan Petrovsky")
        #expect(extended.holder(of: "governor", country: "RUS", on: "2024-01-01")?.name == "Ivan Petrovsky")
        #expect(extended.person(named: "Vladimir Putin") != nil)
        #expect(extended.people.count == kb.people.count + 1)
    }

    @Test func malformedUserFileIsAnErrorNamingTheFile() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("{not json".utf8).write(to: folder.appendingPathComponent("countries.json"))
        #expect(throws: KnowledgeBaseError.self) { try KnowledgeBase.loading(extra: folder) }
    }
}
