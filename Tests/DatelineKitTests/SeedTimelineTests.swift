import Foundation
import Testing
@testable import DatelineKit

/// The acceptance test of the timeline: after ingesting all five seeds, the Putin–Xi timeline lists
/// each real contact of the gold file once, in date order.
@Suite struct SeedTimelineTests {
    static func contactClass(_ type: String) -> String? {
        switch type {
        case "meeting", "visit", "state_visit", "summit_meeting": "in_person"
        case "phone_call", "video_call": "remote"
        case "congratulation", "message": type
        default: nil
        }
    }

    @Test func putinXiTimelineListsEachContactOnce() throws {
        let folder = try SharedData.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = try SQLiteStore(path: folder.appendingPathComponent("seeds.sqlite").path)
        let summary = try Ingestor(store: store).ingest([SharedData.root.appendingPathComponent("seeds").path])
        #expect(summary.stored == 5)
        let entries = try store.timeline(TimelineQuery(actors: ["Putin", "Xi"]))
        let starts = entries.compactMap { $0.date.flatMap { DayNumber.firstDay(of: $0.value) } }
        #expect(starts == starts.sorted(), "chronological")

        let gold = try SeedGold(contentsOf: SharedData.root.appendingPathComponent("eval/seeds-gold.jsonl"))
        var contacts: Set<String> = []
        for record in gold.records {
            for event in record.events {
                guard let cls = Self.contactClass(event.type), let date = event.date else { continue }
                contacts.insert("\(cls) \(date)")
            }
        }
        let asserted = entries.filter { $0.modality == .asserted && TimelineFamily.isContact($0.family) }
        for contact in contacts.sorted() {
            let parts = contact.split(separator: " ")
            let (cls, date) = (String(parts[0]), String(parts[1]))
            let matching = asserted.filter { entry in
                guard let value = entry.date?.value else { return false }
                let sameDate = date.count == 7 ? value.hasPrefix(date) : value == date
                return entry.family == cls && sameDate
            }
            #expect(matching.count == 1, "\(contact): \(matching.count) timeline entries")
        }
    }
}
