import Foundation
import Testing
@testable import DatelineKit

/// An undated article reporting news that a dated article in the store already reports.
@Suite struct StoreDatingTests {
    func item(_ id: String, _ text: String, published: String?) -> IngestItem {
        let doc = Document(id: id, source: DocumentSource(path: id + ".txt"), published: published.flatMap { PublicationDate.given($0) },
                           text: text, contentHash: SHA256.hex(bytes: Array(text.utf8)))
        return IngestItem(annotated: AnnotatedDocument(document: doc), input: InputKey(hash: doc.contentHash, source: id))
    }

    @Test func datedReportInTheStoreDatesAnUndatedOne() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("d.sqlite").path)
        _ = try store.store([
            item("dated", "A tram derailed and overturned in Croydon on Wednesday morning, killing seven passengers and injuring dozens, police said.", published: "2016-11-09"),
            item("other", "Farmers in Kent harvested a record apple crop this autumn, growers said on Wednesday.", published: "2016-10-05"),
        ])
        let reports = store.datedReports(matching: ["croydon", "tram", "derailed"], excluding: nil, limit: 5)
        #expect(reports.map(\.documentID) == ["dated"])

        let undated = Document(id: "undated", source: DocumentSource(path: "u.txt"),
                               text: "Seven people died when a tram derailed and overturned in Croydon early on Wednesday, police said.",
                               contentHash: "")
        let estimate = PublicationDateEstimator(evidence: store).estimate(AnnotatedDocument(document: undated))
        #expect(estimate?.value == "2016-11-09")
        #expect(estimate?.basis?.contains("dated") == true)
        #expect(estimate?.given == false)
    }

    @Test func estimatedDatesAreNotEvidence() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("d.sqlite").path)
        var guessed = item("guessed", "A tram derailed and overturned in Croydon on Wednesday, police said.", published: nil)
        guessed.annotated.document.published = PublicationDate(value: "2016-11-09", precision: .day, basis: "guess", given: false)
        _ = try store.store([guessed])
        #expect(store.datedReports(matching: ["croydon", "tram"], excluding: nil, limit: 5).isEmpty)
    }
}
