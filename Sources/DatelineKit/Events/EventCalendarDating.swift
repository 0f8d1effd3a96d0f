/// Dates events by the public events their sentence names, from the time layer's event calendar
/// (`kb/calendar.json`): "on the sidelines of the Winter Olympics in Beijing" → 2022-02-04; and a
/// summit dated only to its month by the only summit the calendar holds in that month ("at a summit
/// in September" 2022 → the SCO summit in Samarkand, 2022-09-15). Bilateral entries are not used:
/// they are what the timeline itself should find.
struct EventCalendarDating: Sendable {
    var calendar: PublicEventCalendar
    var places: EventPlaces

    init(calendar: PublicEventCalendar, places: EventPlaces) {
        self.calendar = calendar
        self.places = places
    }

    /// The entries whose terms all occur in the (lower-cased) sentence, with the terms matched.
    func named(in lowered: LoweredText) -> [(event: PublicEvent, terms: [String])] {
        calendar.matchingAlternatives(lowered).map { hit in
            let event = calendar.events[hit.event]
            return (event, event.match[hit.alternative])
        }
    }

    /// The sentence lower-cased, with ’ as ' (‘ kept: calendar terms only use the apostrophe).
    static func lowered(_ sentence: String) -> LoweredText {
        // ASCII (no ’ to straighten): lower-casing is A–Z to a–z, done on the bytes.
        if let ascii = sentence.utf8.withContiguousStorageIfAvailable({ utf8 -> LoweredText? in
            guard ASCIIText.isASCII(utf8) else { return nil }
            return LoweredText(bytes: utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 })
        }), let ascii { return ascii }
        var bytes: [UInt8] = []
        let lower = sentence.lowercased().utf8
        bytes.reserveCapacity(lower.count)
        var pending = 0  // bytes of a possible ’ (E2 80 99) held back
        for b in lower {
            switch (pending, b) {
            case (0, 0xE2): pending = 1
            case (1, 0x80): pending = 2
            case (2, 0x99): bytes.append(39); pending = 0
            default:
                if pending >= 1 { bytes.append(0xE2) }
                if pending == 2 { bytes.append(0x80) }
                pending = 0
                if b == 0xE2 { pending = 1 } else { bytes.append(b) }
            }
        }
        if pending >= 1 { bytes.append(0xE2) }
        if pending == 2 { bytes.append(0x80) }
        return LoweredText(bytes: bytes)
    }

    static let kinds: Set<String> = ["summit", "olympics", "tournament"]
    /// Events whose date a gathering can give: contacts and what leaders say or sign together.
    /// Not invitations: the gathering an invitation names is where the invited will go, not when
    /// the invitation was made ("accepted Xi's invitation to attend the Beijing Olympics").
    static let classes: Set<EventAction.ContactClass> = [.inPerson, .remote, .message, .congratulation, .statement, .agreement]

    /// The calendar cut to the gatherings this dating uses, so a sentence is matched against fewer entries.
    static func publicGatherings(_ calendar: PublicEventCalendar) -> PublicEventCalendar {
        PublicEventCalendar(events: calendar.events.filter { kinds.contains($0.kind) })
    }

    func refine(_ draft: inout DocumentEvents.Draft, sentence: String, published: PublicationDate?) {
        if draft.datedByText, draft.date?.precision == .day { return }
        let lowered = Self.lowered(sentence)
        let range = draft.datedByText ? draft.date.flatMap { d in DayNumber.firstDay(of: d.value).flatMap { a in DayNumber.lastDay(of: d.value).map { a...$0 } } } : nil
        let latest = published.flatMap { DayNumber.lastDay(of: $0.value) }
        func fits(_ event: PublicEvent) -> Bool {
            guard let day = DayNumber.firstDay(of: event.date) else { return false }
            if let range, !range.contains(day) { return false }
            if let latest, day > latest { return false }
            return true
        }
        var named = named(in: lowered).filter { Self.kinds.contains($0.event.kind) && fits($0.event) }
        if named.count > 1 {
            // "the Winter Olympics in Beijing": the entry whose label shares most words with the sentence.
            let scored = named.map { hit in (hit, Self.labelWords(hit.event.label).filter { lowered.contains(Array($0.utf8), wordStart: true) }.count) }
            let top = scored.map(\.1).max() ?? 0
            named = scored.filter { $0.1 == top }.map(\.0)
        }
        if named.count == 1, let hit = named.first {
            let terms = hit.terms.map { "'\($0)'" }.joined(separator: " + ")
            set(&draft, hit.event, basis: "\(terms) in the sentence: \(hit.event.label), \(hit.event.date) (event calendar)")
            return
        }
        guard named.isEmpty, draft.action.type == "summit_meeting", draft.datedByText, draft.date?.precision == .month,
              let month = draft.date?.value else { return }
        let summits = calendar.events.filter { $0.kind == "summit" && $0.date.hasPrefix(month) && fits($0) }
        if summits.count == 1, let summit = summits.first {
            set(&draft, summit, basis: "a summit in \(month): the only one the event calendar holds that month is \(summit.label), \(summit.date)")
        }
    }

    static func labelWords(_ label: String) -> [String] {
        label.lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 3 && !["opening", "summit"].contains($0) }
    }

    private func set(_ draft: inout DocumentEvents.Draft, _ event: PublicEvent, basis: String) {
        draft.date = EventDate(value: event.date, precision: .day, basis: basis)
        draft.datedByText = true
        if draft.place == nil, let range = event.label.range(of: " in ", options: .backwards) {
            let name = event.label[range.upperBound...].split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            draft.place = places.place(named: name)
        }
    }
}
