/// Prints a document's text with whatever annotation layers it has marked inline: entity mentions,
/// time expressions and quotes. On a terminal it colours them (ANSI); otherwise it uses brackets:
///
/// ```
/// [Russian President Vladimir Putin] on <Friday|2023-03-10> congratulated [Xi Jinping] on [his|Xi Jinping] …
/// ```
/// A mention whose text is not the entity's name shows the name after a bar; a timex shows its value;
/// a quote is wrapped in `{` `}` with its speaker after it.
public struct AnnotatedTextRenderer: Sendable {
    public var color: Bool

    public init(color: Bool) {
        self.color = color
    }

    private struct Marker {
        var offset: Int
        /// Closing markers sort before opening ones at the same offset; wider spans open first.
        var order: Int
        var text: String
    }

    public func render(_ document: AnnotatedDocument) -> String {
        let text = document.document.text
        let offsets = TextOffsets(text)
        let count = offsets.scalarCount
        var markers: [Marker] = []
        func add(_ span: Span, open: String, close: String) {
            guard span.start >= 0, span.end <= count, span.start < span.end else { return }
            markers.append(Marker(offset: span.start, order: 1_000_000 - span.length, text: open))
            markers.append(Marker(offset: span.end, order: -1_000_000 + span.length, text: close))
        }
        // mentions on the same span ("the two leaders") share one mark listing every entity
        var grouped: [(Span, [EntityMention])] = []
        for mention in document.layers.mentions {
            if let last = grouped.last, last.0 == mention.span { grouped[grouped.count - 1].1.append(mention) }
            else { grouped.append((mention.span, [mention])) }
        }
        for (span, mentions) in grouped {
            let names = mentions.map(\.entity.name)
            let label = names.count == 1 && names[0] == mentions[0].text ? "" : names.joined(separator: " + ")
            add(span, open: open(for: mentions[0].entity.kind), close: close(label, kind: mentions[0].entity.kind))
        }
        for timex in document.layers.timexes {
            add(timex.span, open: color ? "\u{1B}[4;34m" : "<", close: color ? "\u{1B}[0;2m=\(timex.value)\u{1B}[0m" : "|\(timex.value)>")
        }
        for quote in document.layers.quotes {
            let speaker = quote.speaker?.name ?? "unknown speaker"
            add(quote.span, open: color ? "\u{1B}[3m" : "{", close: color ? "\u{1B}[0;2m (\(speaker))\u{1B}[0m" : "}(\(speaker))")
        }
        markers.sort { $0.offset != $1.offset ? $0.offset < $1.offset : $0.order < $1.order }
        let utf8 = Array(text.utf8)
        var output = ""
        output.reserveCapacity(utf8.count + markers.count * 12)
        var byte = 0
        for marker in markers {
            let at = offsets.byteOffset(ofScalar: marker.offset)
            if at > byte { output += String(decoding: utf8[byte..<at], as: UTF8.self); byte = at }
            output += marker.text
        }
        if byte < utf8.count { output += String(decoding: utf8[byte...], as: UTF8.self) }
        return output
    }

    private func open(for kind: EntityKind) -> String {
        guard color else { return "[" }
        switch kind {
        case .person: return "\u{1B}[1;36m"
        case .country: return "\u{1B}[1;32m"
        case .organization: return "\u{1B}[1;33m"
        case .location: return "\u{1B}[1;35m"
        }
    }

    private func close(_ label: String, kind: EntityKind) -> String {
        guard color else { return label.isEmpty ? "]" : "|\(label)]" }
        return label.isEmpty ? "\u{1B}[0m" : "\u{1B}[0;2m→\(label)\u{1B}[0m"
    }
}
