/// Turns the events a document's sentences state into its contract events: drops what is not an
/// event between known actors (weak triggers, tallies, no participant), and folds the reports of
/// one contact together — "talks" on Wednesday and a "videoconference" the same day are one video
/// call; "welcomed … marking the start of a state visit" and "during their meetings" one visit.
enum DocumentEvents {
    struct Draft {
        var action: EventAction
        var sources: [EntityReference]
        var targets: [EntityReference]
        var date: EventDate?
        var datedByText: Bool
        var place: ContactEvent.Place?
        var modality: ContactEvent.Modality
        var background: Bool
        var conditional: Bool
        var definite: Bool
        var evidence: [Span]

        var keys: Set<String> { Set((sources + targets).map(\.key)) }
    }

    static let calendarDating = EventCalendarDating(calendar: .standard, places: .standard)

    static func events(from found: [EventFinder.Found], document: Document) -> [ContactEvent] {
        var drafts: [Draft] = []
        for event in found where !event.weak && !event.tally {
            guard !(event.sources.isEmpty && event.targets.isEmpty) else { continue }
            let draft = Draft(action: event.action, sources: event.sources, targets: event.targets, date: event.date,
                              datedByText: event.datedByText, place: event.place, modality: event.modality,
                              background: event.background, conditional: event.conditional, definite: event.definite,
                              evidence: [event.sentence])
            if let index = drafts.firstIndex(where: { canFold(draft, into: $0, published: document.published) }) {
                drafts[index] = fold(draft, into: drafts[index])
            } else if let index = antecedent(of: draft, in: drafts, published: document.published) {
                // "Ushakov described the 1.5-hour call": the call already reported, whoever describes it.
                drafts[index].evidence = Array(Set(drafts[index].evidence + draft.evidence)).sorted()
            } else {
                drafts.append(draft)
            }
        }
        // A summit mentioned on its own is not a contact unless two people meet at it.
        drafts.removeAll { $0.action.name == "summit" && $0.keys.count < 2 }
        let offsets = TextOffsets(document.text)
        for i in drafts.indices where !(drafts[i].datedByText && drafts[i].date?.precision == .day) {
            let sentence = drafts[i].evidence.map { offsets.substring($0) }.joined(separator: " ")
            calendarDating.refine(&drafts[i], sentence: sentence, published: document.published)
        }
        return drafts.enumerated().map { index, draft in
            let coding = EventCoding(action: draft.action, modality: draft.modality, conditional: draft.conditional)
            var participants = draft.sources.map { ContactEvent.Participant(entity: $0, role: .source) }
            participants += draft.targets.map { ContactEvent.Participant(entity: $0, role: .target) }
            return ContactEvent(id: "\(document.id)-e\(index + 1)", type: draft.action.type, cameo: coding.cameo,
                                plover: coding.plover, mode: coding.mode, participants: participants, date: draft.date,
                                place: draft.place, background: draft.background, modality: draft.modality,
                                evidence: draft.evidence)
        }
    }

    /// Same contact: same class, modality and background; participants one within the other
    /// (contacts) or equal (other acts); compatible dates; and a generic or in-person name.
    static func canFold(_ a: Draft, into b: Draft, published: PublicationDate?) -> Bool {
        guard a.modality == b.modality, a.background == b.background else { return false }
        guard sameClass(a.action, b.action) || sameClass(b.action, a.action) else { return false }
        if a.action.isContact || a.action.name == "summit" {
            guard a.keys.isSubset(of: b.keys) || b.keys.isSubset(of: a.keys) else { return false }
            let namesAgree = a.action.type == b.action.type || a.action.generic || b.action.generic || a.action.class == .inPerson
            guard namesAgree else { return false }
        } else {
            guard a.action.type == b.action.type, a.action.cameo == b.action.cameo, a.keys == b.keys else { return false }
        }
        return datesAgree(a, b, published: published)
    }

    /// The latest contact a definite generic mention ("the call", "the talks") refers back to.
    static func antecedent(of draft: Draft, in drafts: [Draft], published: PublicationDate?) -> Int? {
        guard draft.action.generic, draft.definite, !draft.background else { return nil }
        return drafts.indices.last { i in
            let other = drafts[i]
            return (sameClass(draft.action, other.action) || sameClass(other.action, draft.action))
                && other.modality == draft.modality && !other.background && datesAgree(draft, other, published: published)
        }
    }

    /// Classes that can name one contact: a summit is where leaders meet; "talks" may be held by video.
    static func sameClass(_ a: EventAction, _ b: EventAction) -> Bool {
        if a.class == b.class { return true }
        if a.name == "summit" && b.class == .inPerson { return true }
        return a.name == "meeting" && b.class == .remote
    }

    /// Two text dates must overlap; a publication-fallback date agrees with a text date up to a
    /// week before publication ("on Wednesday" in one sentence, "the call" in the next).
    static func datesAgree(_ a: Draft, _ b: Draft, published: PublicationDate?) -> Bool {
        guard let da = a.date, let db = b.date else { return a.date == nil && b.date == nil }
        if a.datedByText == b.datedByText { return overlap(da, db) }
        let text = a.datedByText ? da : db
        guard let pub = published.flatMap({ DayNumber.firstDay(of: $0.value) }),
              let first = DayNumber.firstDay(of: text.value), let last = DayNumber.lastDay(of: text.value) else { return false }
        return last >= pub - 7 && first <= pub
    }

    static func overlap(_ a: EventDate, _ b: EventDate) -> Bool {
        guard let a0 = DayNumber.firstDay(of: a.value), let a1 = DayNumber.lastDay(of: a.value),
              let b0 = DayNumber.firstDay(of: b.value), let b1 = DayNumber.lastDay(of: b.value) else { return a.value == b.value }
        return a0 <= b1 && b0 <= a1
    }

    static func fold(_ a: Draft, into b: Draft) -> Draft {
        var merged = a.action.rank > b.action.rank ? a : b
        let other = a.action.rank > b.action.rank ? b : a
        for entity in other.sources + other.targets where !merged.keys.contains(entity.key) {
            if other.sources.contains(where: { $0.key == entity.key }) && merged.targets.isEmpty == false {
                merged.sources.append(entity)
            } else {
                merged.targets.append(entity)
            }
        }
        // The text date beats the fallback; of two text dates, the more precise.
        if !merged.datedByText && other.datedByText || (merged.datedByText && other.datedByText
            && (other.date?.precision ?? .decade) < (merged.date?.precision ?? .decade)) {
            merged.date = other.date
            merged.datedByText = true
        }
        merged.place = merged.place ?? other.place
        merged.conditional = merged.conditional || other.conditional
        merged.evidence = Array(Set(merged.evidence + other.evidence)).sorted()
        return merged
    }
}
