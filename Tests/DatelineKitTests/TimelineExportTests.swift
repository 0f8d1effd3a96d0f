import Foundation
import Testing
@testable import DatelineKit

@Suite struct TimelineExportTests {
    typealias T = EventTestDocuments

    static func entries() -> [TimelineEntry] {
        var timeline = TimelineMerger()
        var a = TimelineMergerTests.report("kremlin-2024", type: "state_visit", people: [T.putin, T.xi], date: "2024-05-16",
                                           place: .init(name: "Beijing", country: "CHN"))
        a.document.outlet = "Ведомости, \"daily\"; Moscow"
        timeline.add(a)
        timeline.add(TimelineMergerTests.report("tass", type: "meeting", people: [T.putin, T.xi], date: "2024-05-16"))
        timeline.add(TimelineMergerTests.report("afp", type: "video_call", people: [T.putin, T.xi], date: "2021-06"))
        return timeline.entries.sorted(by: TimelineQuery.chronological)
    }

    /// RFC 5545 unfolding: a CRLF followed by one space or tab continues the previous line.
    static func unfold(_ ics: String) -> [String] {
        ics.replacingOccurrences(of: "\r\n ", with: "").components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func iCalendarIsFoldedAndParses() {
        let ics = TimelineExport.render(Self.entries(), as: .ics, now: Date(timeIntervalSince1970: 0))
        #expect(ics.hasSuffix("\r\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "bare line feeds")
        #expect(physical.contains { $0.hasPrefix(" ") }, "the long description is folded")
        let lines = Self.unfold(ics)
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(lines.contains("DTSTART;VALUE=DATE:20210601") && lines.contains("DTEND;VALUE=DATE:20210701"))
        #expect(lines.contains("DTSTART;VALUE=DATE:20240516") && lines.contains("DTEND;VALUE=DATE:20240517"))
        #expect(lines.contains("LOCATION:Beijing\\, CHN"))
        #expect(lines.contains("DTSTAMP:19700101T000000Z"))
        let description = lines.first { $0.hasPrefix("DESCRIPTION:") && $0.contains("Ведомости") }
        #expect(description?.contains("Ведомости\\, \"daily\"\\; Moscow") == true)
        // Folding never splits a UTF-8 sequence: every physical line is valid UTF-8 on its own.
        #expect(physical.allSatisfy { String(validating: Array($0.utf8), as: UTF8.self) != nil })
    }

    /// A small RFC 4180 reader for the test.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text), i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" { if i + 1 < chars.count, chars[i + 1] == "\"" { field.append("\""); i += 1 } else { quoted = false } }
                else { field.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { row.append(field); field = "" }
            else if c == "\r\n" || c == "\n" { row.append(field); rows.append(row); row = []; field = "" }
            else { field.append(c) }
            i += 1
        }
        chars.removeAll()
        return rows
    }

    @Test func csvQuotesCommasQuotesAndLineBreaks() {
        var entries = Self.entries()
        entries[1].reports[0].evidenceText = "He said \"yes, at once\"\nthen left"
        let csv = TimelineExport.render(entries, as: .csv)
        let rows = Self.parseCSV(csv)
        #expect(rows.count == 3)
        #expect(rows[0] == TimelineCSV.header)
        #expect(rows.allSatisfy { $0.count == TimelineCSV.header.count })
        #expect(rows[2][14] == "He said \"yes, at once\"\nthen left")
        #expect(rows[2][7] == "Vladimir Putin, Xi Jinping")
        #expect(rows[1][1] == "2021-06" && rows[1][2] == "month")
    }

    @Test func ploverRecordsCarryTypeActorsAndPlace() throws {
        let json = TimelineExport.render(Self.entries(), as: .plover)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        #expect(records.count == 2)
        #expect(records[1]["event"] as? String == "CONSULT")
        #expect(records[1]["date"] as? String == "2024-05-16")
        let source = records[1]["source"] as? [[String: Any]]
        #expect(source?.first?["actorText"] as? String == "Vladimir Putin")
        #expect(source?.first?["code"] as? String == "RUS")
        #expect((records[1]["eventLoc"] as? [String: Any])?["name"] as? String == "Beijing")
    }

    @Test func markdownAndJSONLinesListEveryReport() {
        let markdown = TimelineExport.render(Self.entries(), as: .markdown)
        #expect(markdown.contains("## 2024-05-16 (day) — state visit: Vladimir Putin, Xi Jinping"))
        #expect(markdown.contains("`kremlin-2024`") && markdown.contains("`tass`"))
        let lines = TimelineExport.render(Self.entries(), as: .jsonl).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
    }
}
