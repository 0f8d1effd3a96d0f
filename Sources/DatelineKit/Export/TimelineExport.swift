import Foundation

/// `dateline export`: the timeline in a format other tools read. Each format is its own file.
///
/// ```swift
/// let entries = try store.timeline(TimelineQuery(actors: ["Putin"]))
/// print(TimelineExport.render(entries, as: .ics), terminator: "")
/// ```
public enum TimelineExport {
    public enum Format: String, CaseIterable, Sendable {
        case jsonl, csv, plover, ics, markdown
    }

    public static func render(_ entries: [TimelineEntry], as format: Format, now: Date = Date()) -> String {
        switch format {
        case .jsonl: TimelineJSONLines.render(entries)
        case .csv: TimelineCSV.render(entries)
        case .plover: PloverRecords.render(entries)
        case .ics: TimelineCalendar.render(entries, now: now)
        case .markdown: TimelineMarkdown.render(entries)
        }
    }

    /// "Vladimir Putin, Xi Jinping".
    static func people(_ entry: TimelineEntry) -> String {
        entry.participants.map(\.name).joined(separator: ", ")
    }

    /// "state visit", "phone call".
    static func typeName(_ entry: TimelineEntry) -> String {
        entry.type.replacingOccurrences(of: "_", with: " ")
    }

    static func place(_ entry: TimelineEntry) -> String? {
        entry.place.map { place in place.country.map { "\(place.name), \($0)" } ?? place.name }
    }
}

/// One JSON object per timeline entry, with its reports (keys sorted, so output is stable).
enum TimelineJSONLines {
    static func render(_ entries: [TimelineEntry]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return entries.compactMap { entry in
            (try? encoder.encode(entry)).map { String(decoding: $0, as: UTF8.self) + "\n" }
        }.joined()
    }
}
