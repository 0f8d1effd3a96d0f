import Foundation

/// The timeline as PLOVER event records, shaped like the PLOVER project's gold-standard records
/// (`id`, `date`, `source`/`target` actor lists with `actorText` and `code`, `event`, `mode`,
/// `eventText`, `eventLoc`, `text`), as a JSON array. Entries without a PLOVER type are left out.
enum PloverRecords {
    static func render(_ entries: [TimelineEntry]) -> String {
        let records: [[String: Any]] = entries.compactMap(record)
        guard let data = try? JSONSerialization.data(withJSONObject: records, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        else { return "[]\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func record(_ entry: TimelineEntry) -> [String: Any]? {
        guard let plover = entry.plover else { return nil }
        // Roles come from the first report that names a source.
        let roles = entry.reports.first { $0.participants.contains { $0.role == .source } }?.participants ?? []
        func actors(_ role: ContactEvent.Participant.Role) -> [[String: Any]] {
            roles.filter { $0.role == role }.map { participant in
                var actor: [String: Any] = ["actorText": participant.entity.name]
                actor["code"] = participant.entity.country ?? participant.entity.id ?? NSNull()
                if let id = participant.entity.id { actor["wikidata"] = id }
                actor["sector"] = participant.entity.kind == .person || participant.entity.kind == .country ? "GOV" : NSNull()
                return actor
            }
        }
        var record: [String: Any] = [
            "id": "DATELINE-\(entry.id)",
            "date": entry.date?.value ?? NSNull(),
            "event": plover,
            "mode": entry.mode ?? "",
            "cameo": entry.cameo ?? NSNull(),
            "eventText": TimelineExport.typeName(entry),
            "text": entry.reports.first?.evidenceText ?? "",
            "publication": entry.reports.compactMap { $0.outlet ?? $0.document }.joined(separator: "; "),
            "coder": "Dateline",
            "language": "en",
        ]
        let sources = actors(.source), targets = actors(.target)
        record["source"] = sources.isEmpty ? entry.participants.map { ["actorText": $0.name, "code": $0.country ?? $0.id ?? ""] } : sources
        record["target"] = targets.isEmpty ? "" : targets
        if let place = entry.place { record["eventLoc"] = ["name": place.name, "country": place.country ?? ""] }
        return record
    }
}
