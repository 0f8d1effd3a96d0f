import Foundation

/// The timeline as an iCalendar file (RFC 5545) that calendar apps open: one all-day VEVENT per
/// dated entry spanning its day, month or year; text escaped; lines folded at 75 octets with
/// CRLF and a space, never inside a UTF-8 sequence.
enum TimelineCalendar {
    static func render(_ entries: [TimelineEntry], now: Date) -> String {
        let stamp = timestamp(now)
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Dateline//Timeline//EN", "CALSCALE:GREGORIAN",
                     "X-WR-CALNAME:Dateline timeline"]
        for entry in entries {
            guard let date = entry.date, let first = DayNumber.firstDay(of: date.value),
                  let last = DayNumber.lastDay(of: date.value) else { continue }
            lines.append("BEGIN:VEVENT")
            lines.append("UID:dateline-entry-\(entry.id)@dateline")
            lines.append("DTSTAMP:\(stamp)")
            lines.append("DTSTART;VALUE=DATE:\(compact(DayNumber.date(first)))")
            lines.append("DTEND;VALUE=DATE:\(compact(DayNumber.date(last + 1)))")
            lines.append("SUMMARY:" + escape("\(TimelineExport.typeName(entry).capitalizedFirst): \(TimelineExport.people(entry))"))
            if let place = TimelineExport.place(entry) { lines.append("LOCATION:" + escape(place)) }
            var description = ["\(entry.reportCount) report(s); date \(date.value) (\(date.precision.rawValue))"]
            description += entry.reports.map { "\($0.outlet ?? $0.document): \($0.evidenceText)" }
            lines.append("DESCRIPTION:" + escape(description.joined(separator: "\n")))
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        return lines.map(fold).joined(separator: "\r\n") + "\r\n"
    }

    static func compact(_ date: String) -> String { date.replacingOccurrences(of: "-", with: "") }

    static func timestamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMdd'T'HHmmss'Z'"
        return formatter.string(from: date)
    }

    /// TEXT value escaping: backslash, semicolon, comma, newline.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\n": out += "\\n"
            case "\r": continue
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Splits a content line into chunks of at most 75 octets (continuations start with a space,
    /// which counts toward their 75).
    static func fold(_ line: String) -> String {
        var chunks: [String] = []
        var current = String.UnicodeScalarView()
        var octets = 0
        var limit = 75
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > limit {
                chunks.append(String(current))
                current = String.UnicodeScalarView()
                octets = 0
                limit = 74
            }
            current.append(scalar)
            octets += width
        }
        chunks.append(String(current))
        return chunks.joined(separator: "\r\n ")
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
