import Foundation

/// One article's report of a timeline event as the store writes it (`timeline_reports.report_json`,
/// stored as a BLOB since this form exists). Every stored event writes one; encoding it as JSON
/// was an eighth of the time spent filing an event on the timeline, and the bytes here are what
/// queries decode too. Rows written before hold JSON text, which readers still take
/// (`SQLiteTimelineRepository.report(_:)`), so no migration rewrites them.
///
/// Format: `TimelineEntryBlob`'s — a version byte, then the fields in declaration order; spans as
/// a zigzag-coded start and a length.
enum TimelineReportBlob {
    static let version: UInt8 = 1
    static let what = "stored timeline report"

    static func encode(_ report: TimelineReport) -> [UInt8] {
        let writer = TimelineEntryBlob.Writer()
        writer.bytes.reserveCapacity(report.evidenceText.utf8.count + report.document.utf8.count * 2 + 256)
        writer.bytes.append(version)
        writer.string(report.document)
        writer.string(report.eventID)
        writer.optional(report.outlet, writer.string)
        writer.optional(report.title, writer.string)
        writer.optional(report.url, writer.string)
        writer.optional(report.published, writer.string)
        writer.string(report.type)
        writer.optional(report.cameo, writer.string)
        writer.optional(report.plover, writer.string)
        writer.optional(report.mode, writer.string)
        writer.count(report.participants.count)
        for participant in report.participants {
            writer.entity(participant.entity)
            writer.string(participant.role.rawValue)
        }
        writer.optional(report.date, writer.date)
        writer.flag(report.datedByText)
        writer.optional(report.place, writer.place)
        writer.flag(report.background)
        writer.string(report.modality.rawValue)
        writer.count(report.evidence.count)
        for span in report.evidence {
            writer.number(Int64(span.start))
            writer.count(span.end - span.start)
        }
        writer.string(report.evidenceText)
        return writer.bytes
    }

    /// The report, or an error for bytes this code did not write (never a crash).
    static func decode(_ bytes: [UInt8]) throws -> TimelineReport {
        let reader = TimelineEntryBlob.Reader(inner: TokenBlob.Reader(bytes: bytes, what: what))
        guard try reader.inner.byte() == version else { throw StoreError("\(what): unknown format") }
        let document = try reader.string(), eventID = try reader.string()
        let outlet = try reader.optional(reader.string), title = try reader.optional(reader.string)
        let url = try reader.optional(reader.string), published = try reader.optional(reader.string)
        let type = try reader.string()
        let cameo = try reader.optional(reader.string), plover = try reader.optional(reader.string)
        let mode = try reader.optional(reader.string)
        var participants: [ContactEvent.Participant] = []
        for _ in 0..<(try reader.inner.count(limit: bytes.count)) {
            participants.append(ContactEvent.Participant(entity: try reader.entity(), role: try reader.value(ContactEvent.Participant.Role.self)))
        }
        let date = try reader.optional(reader.date)
        let datedByText = try reader.flag()
        let place = try reader.optional(reader.place)
        let background = try reader.flag()
        let modality = try reader.value(ContactEvent.Modality.self)
        var evidence: [Span] = []
        for _ in 0..<(try reader.inner.count(limit: bytes.count)) {
            let start = try reader.inner.signed()
            let length = try reader.inner.count(limit: Int(Int32.max))
            evidence.append(Span(start: start, end: start + length))
        }
        let evidenceText = try reader.string()
        guard reader.inner.atEnd else { throw StoreError("\(what): trailing bytes") }
        return TimelineReport(document: document, eventID: eventID, outlet: outlet, title: title, url: url, published: published,
                              type: type, cameo: cameo, plover: plover, mode: mode, participants: participants, date: date,
                              datedByText: datedByText, place: place, background: background, modality: modality,
                              evidence: evidence, evidenceText: evidenceText)
    }
}

extension TimelineReport {
    /// A report read back from the store, field by field.
    init(document: String, eventID: String, outlet: String?, title: String?, url: String?, published: String?,
         type: String, cameo: String?, plover: String?, mode: String?, participants: [ContactEvent.Participant],
         date: EventDate?, datedByText: Bool, place: ContactEvent.Place?, background: Bool,
         modality: ContactEvent.Modality, evidence: [Span], evidenceText: String) {
        self.document = document
        self.eventID = eventID
        self.outlet = outlet
        self.title = title
        self.url = url
        self.published = published
        self.type = type
        self.cameo = cameo
        self.plover = plover
        self.mode = mode
        self.participants = participants
        self.date = date
        self.datedByText = datedByText
        self.place = place
        self.background = background
        self.modality = modality
        self.evidence = evidence
        self.evidenceText = evidenceText
    }
}
