import Foundation

/// A timeline entry's summary as the store reads it back for merging (`timeline_entries.summary`,
/// migration "v7-timeline-index"). Every report that may join an entry reads its candidates'
/// summaries; decoding them from JSON cost ~30 µs each and, once the store held more entries than
/// the summaries remembered in memory, made each new article slower than the last. This form
/// decodes in a few µs. It is also what queries read: `entry_json` is kept only by rows written
/// before this form existed (encoding the JSON at every change cost more than the merge itself).
///
/// Format: a version byte, then the fields in declaration order — the id zigzag-coded and counts
/// plain, both as `TokenBlob`'s variable-length numbers, strings as a length and UTF-8 bytes, optionals behind a 0/1 byte,
/// enumerations by their raw value. Reports are not part of the summary, and its count is the one
/// when the summary last changed (`SQLiteTimelineRepository.saveDeferred`).
enum TimelineEntryBlob {
    static let version: UInt8 = 1

    static func encode(_ entry: TimelineEntry) -> [UInt8] {
        let writer = Writer()
        writer.bytes.reserveCapacity(160)
        writer.bytes.append(version)
        writer.number(entry.id)
        writer.string(entry.family)
        writer.string(entry.type)
        writer.optional(entry.cameo, writer.string)
        writer.optional(entry.plover, writer.string)
        writer.optional(entry.mode, writer.string)
        writer.count(entry.participants.count)
        for participant in entry.participants { writer.entity(participant) }
        writer.optional(entry.date, writer.date)
        writer.flag(entry.datedByText)
        writer.optional(entry.place, writer.place)
        writer.string(entry.modality.rawValue)
        writer.flag(entry.background)
        writer.count(entry.reportCount)
        writer.optional(entry.announcedOn, writer.string)
        return writer.bytes
    }

    /// The summary, or an error for bytes this code did not write (never a crash).
    static func decode(_ bytes: [UInt8]) throws -> TimelineEntry {
        let reader = Reader(inner: TokenBlob.Reader(bytes: bytes, what: "stored timeline entry"))
        guard try reader.inner.byte() == version else { throw StoreError("stored timeline entry: unknown format") }
        let id = Int64(try reader.inner.signed())
        let family = try reader.string(), type = try reader.string()
        let cameo = try reader.optional(reader.string), plover = try reader.optional(reader.string)
        let mode = try reader.optional(reader.string)
        var participants: [EntityReference] = []
        for _ in 0..<(try reader.inner.count(limit: bytes.count)) { participants.append(try reader.entity()) }
        let date = try reader.optional(reader.date)
        let datedByText = try reader.flag()
        let place = try reader.optional(reader.place)
        let modality = try reader.value(ContactEvent.Modality.self)
        let background = try reader.flag()
        let reportCount = try reader.inner.count(limit: Int(Int32.max))
        let announcedOn = try reader.optional(reader.string)
        guard reader.inner.atEnd else { throw StoreError("stored timeline entry: trailing bytes") }
        return TimelineEntry(id: id, family: family, type: type, cameo: cameo, plover: plover, mode: mode,
                             participants: participants, date: date, datedByText: datedByText, place: place,
                             modality: modality, background: background, reportCount: reportCount, announcedOn: announcedOn)
    }

    /// A class, so its methods can be handed to `optional` while it writes. Also writes
    /// `TimelineReportBlob`.
    final class Writer {
        var bytes: [UInt8] = []

        func number(_ value: Int64) { TokenBlob.append(TokenBlob.zigzag(Int(value)), to: &bytes) }
        func count(_ value: Int) { TokenBlob.append(Int64(value), to: &bytes) }
        func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

        func string(_ value: String) {
            TokenBlob.append(Int64(value.utf8.count), to: &bytes)
            bytes.append(contentsOf: value.utf8)
        }

        func optional<T>(_ value: T?, _ write: (T) -> Void) {
            flag(value != nil)
            if let value { write(value) }
        }

        /// An entity, a date and a place as entries and reports both keep them.
        func entity(_ entity: EntityReference) {
            optional(entity.id, string)
            string(entity.name)
            string(entity.kind.rawValue)
            optional(entity.country, string)
        }

        func date(_ date: EventDate) {
            string(date.value)
            string(date.precision.rawValue)
            optional(date.basis, string)
        }

        func place(_ place: ContactEvent.Place) {
            string(place.name)
            optional(place.country, string)
        }
    }

    /// Reads what `Writer` wrote; errors name `inner.what`.
    final class Reader {
        var inner: TokenBlob.Reader

        init(inner: TokenBlob.Reader) {
            self.inner = inner
        }

        func flag() throws -> Bool {
            switch try inner.byte() {
            case 0: false
            case 1: true
            default: throw StoreError("\(inner.what): bad flag")
            }
        }

        func string() throws -> String {
            let length = try inner.count(limit: inner.bytes.count)
            guard length <= inner.bytes.count - inner.position else { throw StoreError("\(inner.what): cut short") }
            defer { inner.position += length }
            return String(decoding: inner.bytes[inner.position..<(inner.position + length)], as: UTF8.self)
        }

        func value<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
            let raw = try string()
            guard let value = T(rawValue: raw) else { throw StoreError("\(inner.what): unknown value \(raw)") }
            return value
        }

        func optional<T>(_ read: () throws -> T) throws -> T? {
            try flag() ? read() : nil
        }

        func entity() throws -> EntityReference {
            let id = try optional(string), name = try string(), kind = try value(EntityKind.self)
            return EntityReference(id: id, name: name, kind: kind, country: try optional(string))
        }

        func date() throws -> EventDate {
            EventDate(value: try string(), precision: try value(DatePrecision.self), basis: try optional(string))
        }

        func place() throws -> ContactEvent.Place {
            ContactEvent.Place(name: try string(), country: try optional(string))
        }
    }
}

extension TimelineEntry {
    /// A summary read back from the store: every field but the reports.
    init(id: Int64, family: String, type: String, cameo: String?, plover: String?, mode: String?,
         participants: [EntityReference], date: EventDate?, datedByText: Bool, place: ContactEvent.Place?,
         modality: ContactEvent.Modality, background: Bool, reportCount: Int, announcedOn: String?) {
        self.id = id
        self.family = family
        self.type = type
        self.cameo = cameo
        self.plover = plover
        self.mode = mode
        self.participants = participants
        self.date = date
        self.datedByText = datedByText
        self.place = place
        self.modality = modality
        self.background = background
        self.reportCount = reportCount
        self.announcedOn = announcedOn
        reports = []
    }
}
