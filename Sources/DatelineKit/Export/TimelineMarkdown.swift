/// The timeline as a readable Markdown report: one section per event, chronological, each with
/// its date and why, people, place, and every report quoted with its source.
enum TimelineMarkdown {
    static func render(_ entries: [TimelineEntry]) -> String {
        var out = "# Timeline\n\n\(entries.count) event(s), \(entries.reduce(0) { $0 + $1.reportCount }) report(s).\n"
        for entry in entries {
            let date = entry.date.map { "\($0.value) (\($0.precision.rawValue))" } ?? "undated"
            out += "\n## \(date) — \(TimelineExport.typeName(entry)): \(TimelineExport.people(entry))\n\n"
            if let place = TimelineExport.place(entry) { out += "- Place: \(place)\n" }
            out += "- Codes: CAMEO \(entry.cameo ?? "–"), PLOVER \(entry.plover ?? "–")\(entry.mode.map { " (\($0))" } ?? "")\n"
            if entry.modality != .asserted { out += "- Modality: \(entry.modality.rawValue)\n" }
            if entry.background { out += "- Mentioned only as background\n" }
            if let basis = entry.date?.basis { out += "- Date basis: \(escape(basis))\n" }
            out += "- Reports: \(entry.reportCount)\n\n"
            for report in entry.reports {
                let source = [report.outlet, report.published, report.url].compactMap { $0 }.joined(separator: ", ")
                let title = report.title.map { " *\(escape($0))*" } ?? ""
                out += "  - `\(report.document)`\(title)\(source.isEmpty ? "" : " — \(escape(source))")\n"
                out += "    > \(escape(report.evidenceText).replacingOccurrences(of: "\n", with: " "))\n"
            }
        }
        return out
    }

    /// Keeps text from turning into Markdown markup.
    static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\`*_[]<>#|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }
}
