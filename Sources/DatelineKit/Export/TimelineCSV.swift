/// The timeline as RFC 4180 CSV: one row per entry; fields holding a comma, quote or line break
/// are quoted, quotes doubled.
enum TimelineCSV {
    static let header = ["entry", "date", "precision", "type", "cameo", "plover", "mode", "participants", "place", "country",
                         "modality", "background", "reports", "documents", "evidence"]

    static func render(_ entries: [TimelineEntry]) -> String {
        var lines = [header.joined(separator: ",")]
        for entry in entries {
            let fields: [String] = [
                String(entry.id), entry.date?.value ?? "", entry.date?.precision.rawValue ?? "", entry.type,
                entry.cameo ?? "", entry.plover ?? "", entry.mode ?? "", TimelineExport.people(entry),
                entry.place?.name ?? "", entry.place?.country ?? "", entry.modality.rawValue, entry.background ? "true" : "false",
                String(entry.reportCount), entry.reports.map(\.document).joined(separator: " "),
                entry.reports.first?.evidenceText ?? "",
            ]
            lines.append(fields.map(quote).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    static func quote(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
