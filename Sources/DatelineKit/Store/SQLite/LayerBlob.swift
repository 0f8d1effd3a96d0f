import Foundation

/// A document's annotation layers as the store keeps them (`documents.layers`, migration
/// "v9-layer-blobs"), tokens apart (`TokenBlob`). As JSON they were 5–6 KB for a 1 KB article — the
/// same entity names, countries and reasons spelled out at every mention — and encoding them was the
/// largest single cost of storing an article. This form is a fifth of the size and writes in a few µs.
///
/// Format: a version byte, then each layer as a count and its items' fields in declaration order.
/// Numbers are `TokenBlob`'s variable-length integers; span starts are zigzag-coded steps from the
/// previous item's start. Strings (and enumerations, by raw value) are references into a table the
/// blob builds as it goes: 0 is nil, 1 a new string (length and UTF-8 bytes) appended to the table,
/// n ≥ 2 the table's entry n − 2 — so "Vladimir Putin" or a repeated dating reason is spelled once.
///
/// ```swift
/// let blob = LayerBlob.encode(layers)          // layers.tokens are not included
/// let back = try LayerBlob.decode(blob)        // == layers with tokens = []
/// ```
enum LayerBlob {
    static let version: UInt8 = 1

    static func encode(_ layers: AnnotationLayers) -> [UInt8] {
        var writer = Writer()
        writer.bytes.append(version)
        writer.count(layers.sentences.count)
        for sentence in layers.sentences {
            writer.span(sentence.span)
            writer.count(sentence.paragraph)
        }
        writer.newLayer()
        writer.count(layers.mentions.count)
        for mention in layers.mentions {
            writer.span(mention.span)
            writer.string(mention.text)
            writer.entity(mention.entity)
            writer.string(mention.basis)
        }
        writer.newLayer()
        writer.count(layers.timexes.count)
        for timex in layers.timexes {
            writer.span(timex.span)
            writer.string(timex.text)
            writer.string(timex.type.rawValue)
            writer.string(timex.value)
            writer.string(timex.mod)
            writer.string(timex.basis)
        }
        writer.newLayer()
        writer.count(layers.quotes.count)
        for quote in layers.quotes {
            writer.flag(quote.speaker != nil)
            if let speaker = quote.speaker { writer.entity(speaker) }
            writer.flag(quote.speakerSpan != nil)
            if let span = quote.speakerSpan { writer.detachedSpan(span) }
            writer.string(quote.text)
            writer.string(quote.kind.rawValue)
            writer.string(quote.cue)
            writer.string(quote.via)
            writer.span(quote.span)
        }
        writer.newLayer()
        writer.count(layers.events.count)
        for event in layers.events {
            writer.string(event.id)
            writer.string(event.type)
            writer.string(event.cameo)
            writer.string(event.plover)
            writer.string(event.mode)
            writer.count(event.participants.count)
            for participant in event.participants {
                writer.entity(participant.entity)
                writer.string(participant.role.rawValue)
            }
            writer.flag(event.date != nil)
            if let date = event.date {
                writer.string(date.value)
                writer.string(date.precision.rawValue)
                writer.string(date.basis)
            }
            writer.flag(event.place != nil)
            if let place = event.place {
                writer.string(place.name)
                writer.string(place.country)
            }
            writer.flag(event.background)
            writer.string(event.modality.rawValue)
            writer.count(event.evidence.count)
            for span in event.evidence { writer.detachedSpan(span) }
        }
        return writer.bytes
    }

    /// The layers (tokens empty), or an error for bytes this code did not write (never a crash).
    static func decode(_ bytes: [UInt8]) throws -> AnnotationLayers {
        var reader = Reader(inner: TokenBlob.Reader(bytes: bytes, what: "stored layers"))
        guard try reader.inner.byte() == version else { throw StoreError("stored layers: unknown format") }
        var layers = AnnotationLayers()
        for _ in 0..<(try reader.count()) {
            layers.sentences.append(Sentence(span: try reader.span(), paragraph: try reader.count()))
        }
        reader.newLayer()
        for _ in 0..<(try reader.count()) {
            layers.mentions.append(EntityMention(span: try reader.span(), text: try reader.string(),
                                                 entity: try reader.entity(), basis: try reader.optionalString()))
        }
        reader.newLayer()
        for _ in 0..<(try reader.count()) {
            layers.timexes.append(Timex(span: try reader.span(), text: try reader.string(), type: try reader.value(Timex.Kind.self),
                                        value: try reader.string(), mod: try reader.optionalString(), basis: try reader.optionalString()))
        }
        reader.newLayer()
        for _ in 0..<(try reader.count()) {
            let speaker = try reader.flag() ? try reader.entity() : nil
            let speakerSpan = try reader.flag() ? try reader.detachedSpan() : nil
            layers.quotes.append(Quote(speaker: speaker, speakerSpan: speakerSpan, text: try reader.string(),
                                       kind: try reader.value(Quote.Kind.self), cue: try reader.optionalString(),
                                       via: try reader.optionalString(), span: try reader.span()))
        }
        reader.newLayer()
        for _ in 0..<(try reader.count()) {
            let id = try reader.string(), type = try reader.string()
            let cameo = try reader.optionalString(), plover = try reader.optionalString(), mode = try reader.optionalString()
            var participants: [ContactEvent.Participant] = []
            for _ in 0..<(try reader.count()) {
                participants.append(.init(entity: try reader.entity(), role: try reader.value(ContactEvent.Participant.Role.self)))
            }
            let date = try reader.flag()
                ? EventDate(value: try reader.string(), precision: try reader.value(DatePrecision.self), basis: try reader.optionalString())
                : nil
            let place = try reader.flag() ? ContactEvent.Place(name: try reader.string(), country: try reader.optionalString()) : nil
            let background = try reader.flag()
            let modality = try reader.value(ContactEvent.Modality.self)
            var evidence: [Span] = []
            for _ in 0..<(try reader.count()) { evidence.append(try reader.detachedSpan()) }
            layers.events.append(ContactEvent(id: id, type: type, cameo: cameo, plover: plover, mode: mode,
                                              participants: participants, date: date, place: place,
                                              background: background, modality: modality, evidence: evidence))
        }
        guard reader.inner.atEnd else { throw StoreError("stored layers: trailing bytes") }
        return layers
    }

    struct Writer {
        var bytes: [UInt8] = []
        private var previousStart = 0
        /// The table's strings by the FNV-1a hash of their UTF-8, while every one is in a form where
        /// equal means byte for byte (`isPlainlyComposed`): the hash and the bytes where the string
        /// is spelled in `bytes` answer without SipHash. (Hashing every string into a Dictionary
        /// was a third of encoding.)
        private var byHash = KeyTable(minimumCapacity: 128)
        private var spelled: [(start: Int32, length: Int32)] = []
        /// The table as a Dictionary, from the first string the hashed table cannot answer for (one
        /// that may be spelled another way, a hash shared by two strings): String equality is
        /// canonical equivalence, which bytes alone cannot decide for every string, so from then on
        /// the Dictionary answers, as it did for all strings before.
        private var table: [String: Int]?

        init() {
            bytes.reserveCapacity(1024)
            spelled.reserveCapacity(128)
        }

        mutating func count(_ value: Int) { TokenBlob.append(Int64(value), to: &bytes) }
        mutating func flag(_ value: Bool) { bytes.append(value ? 1 : 0) }

        /// Each layer's starts step from 0 again.
        mutating func newLayer() { previousStart = 0 }

        /// A span of a layer in text order: its start as a step from the previous one.
        mutating func span(_ span: Span) {
            TokenBlob.append(TokenBlob.zigzag(span.start - previousStart), to: &bytes)
            TokenBlob.append(TokenBlob.zigzag(span.end - span.start), to: &bytes)
            previousStart = span.start
        }

        /// A span outside the layer's order (a speaker, an event's evidence): start as it is.
        mutating func detachedSpan(_ span: Span) {
            TokenBlob.append(TokenBlob.zigzag(span.start), to: &bytes)
            TokenBlob.append(TokenBlob.zigzag(span.end - span.start), to: &bytes)
        }

        mutating func string(_ value: String?) {
            guard let value else { return count(0) }
            if table == nil, value.utf8.withContiguousStorageIfAvailable({ hashedString($0) }) == true { return }
            if table == nil { table = spelledTable() }
            // One hash of the text, not two: the inout access adds it with the next index if new.
            let next = table!.count
            let index = Self.slot(&table![value, default: next])
            if index != next { return count(index + 2) }
            append(new: value.utf8)
        }

        /// Writes a string through the hashed table; false, writing nothing, when the table cannot
        /// answer for it (a string `isPlainlyComposed` turns away, or another string with its hash).
        private mutating func hashedString(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
            let (hash, ascii) = WordTable.hash(utf8)
            guard ascii || Self.isPlainlyComposed(utf8) else { return false }
            if let index = byHash[hash] {
                let spot = spelled[Int(index)]
                guard Int(spot.length) == utf8.count, bytes.withUnsafeBufferPointer({ written in
                    utf8.isEmpty || memcmp(written.baseAddress! + Int(spot.start), utf8.baseAddress!, utf8.count) == 0
                }) else { return false }
                count(Int(index) + 2)
                return true
            }
            byHash.set(hash, Int32(spelled.count))
            append(new: utf8)
            return true
        }

        /// Whether every scalar is one that is in NFC by itself and composes with nothing: below
        /// U+0300 (ASCII, Latin-1, the Latin extensions, spacing modifiers) or general punctuation
        /// (U+2010–U+2027, U+2030–U+205E: dashes, curly quotes) and currency signs (U+20A0–U+20BF).
        /// Two such strings are canonically equal only when their bytes are equal; a string with
        /// any other scalar (a combining mark, a singleton such as the Kelvin sign) is left to the
        /// Dictionary.
        static func isPlainlyComposed(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
            var i = 0
            let count = utf8.count
            while i < count {
                let lead = utf8[i]
                if lead < 0x80 {
                    i += 1
                } else if lead >= 0xC2, lead <= 0xCB {
                    // U+0080–U+02FF.
                    i += 2
                } else if lead == 0xE2, i + 2 < count {
                    let scalar = 0x2000 | (UInt32(utf8[i + 1] & 0x3F) << 6) | UInt32(utf8[i + 2] & 0x3F)
                    guard (0x2010...0x2027).contains(scalar) || (0x2030...0x205E).contains(scalar)
                        || (0x20A0...0x20BF).contains(scalar) else { return false }
                    i += 3
                } else {
                    return false
                }
            }
            return true
        }

        /// A string new to the table: its mark, length and bytes, remembered where they are.
        private mutating func append<C: Collection>(new utf8: C) where C.Element == UInt8 {
            count(1)
            count(utf8.count)
            spelled.append((Int32(bytes.count), Int32(utf8.count)))
            bytes.append(contentsOf: utf8)
        }

        /// The strings written so far as the Dictionary's keys, each with its index.
        private func spelledTable() -> [String: Int] {
            var table: [String: Int] = [:]
            for (index, spot) in spelled.enumerated() {
                let text = String(decoding: bytes[Int(spot.start)..<Int(spot.start + spot.length)], as: UTF8.self)
                if table[text] == nil { table[text] = index }
            }
            return table
        }

        private static func slot(_ value: inout Int) -> Int { value }

        mutating func entity(_ entity: EntityReference) {
            string(entity.id)
            string(entity.name)
            string(entity.kind.rawValue)
            string(entity.country)
        }
    }

    struct Reader {
        var inner: TokenBlob.Reader
        private var table: [String] = []
        private var previousStart = 0

        init(inner: TokenBlob.Reader) {
            self.inner = inner
        }

        /// A count no larger than the blob (each item takes at least a byte).
        mutating func count() throws -> Int { try inner.count(limit: inner.bytes.count) }
        mutating func newLayer() { previousStart = 0 }

        mutating func flag() throws -> Bool {
            switch try inner.byte() {
            case 0: false
            case 1: true
            default: throw StoreError("stored layers: bad flag")
            }
        }

        mutating func span() throws -> Span {
            let start = previousStart + (try inner.signed())
            let length = try inner.signed()
            guard length >= 0 else { throw StoreError("stored layers: negative length") }
            previousStart = start
            return Span(start: start, end: start + length)
        }

        mutating func detachedSpan() throws -> Span {
            let start = try inner.signed(), length = try inner.signed()
            guard length >= 0 else { throw StoreError("stored layers: negative length") }
            return Span(start: start, end: start + length)
        }

        mutating func optionalString() throws -> String? {
            let reference = try inner.count(limit: table.count + 1)
            switch reference {
            case 0: return nil
            case 1:
                let length = try inner.count(limit: inner.bytes.count)
                guard length <= inner.bytes.count - inner.position else { throw StoreError("stored layers: cut short") }
                let value = String(decoding: inner.bytes[inner.position..<(inner.position + length)], as: UTF8.self)
                inner.position += length
                table.append(value)
                return value
            default: return table[reference - 2]
            }
        }

        mutating func string() throws -> String {
            guard let value = try optionalString() else { throw StoreError("stored layers: missing text") }
            return value
        }

        mutating func value<T: RawRepresentable>(_: T.Type) throws -> T where T.RawValue == String {
            let raw = try string()
            guard let value = T(rawValue: raw) else { throw StoreError("stored layers: unknown value \(raw)") }
            return value
        }

        mutating func entity() throws -> EntityReference {
            EntityReference(id: try optionalString(), name: try string(), kind: try value(EntityKind.self), country: try optionalString())
        }
    }
}
