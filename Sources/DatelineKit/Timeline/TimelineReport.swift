/// One article's report of an event, as the timeline keeps it: the document's event plus where it
/// came from and the evidence text, so every timeline entry lists its sources.
public struct TimelineReport: Codable, Hashable, Sendable {
    public var document: String
    public var eventID: String
    public var outlet: String?
    public var title: String?
    public var url: String?
    public var published: String?
    public var type: String
    public var cameo: String?
    public var plover: String?
    public var mode: String?
    public var participants: [ContactEvent.Participant]
    public var date: EventDate?
    /// Whether the date comes from the text (not from the publication-date fallback).
    public var datedByText: Bool
    public var place: ContactEvent.Place?
    public var background: Bool
    public var modality: ContactEvent.Modality
    public var evidence: [Span]
    /// The evidence sentences' text.
    public var evidenceText: String

    public init(event: ContactEvent, document: Document) {
        self.init(event: event, document: document, offsets: TextOffsets(document.text))
    }

    /// The same, with the document's offsets built once for all its events.
    init(event: ContactEvent, document: Document, offsets: TextOffsets) {
        self.document = document.id
        eventID = event.id
        outlet = document.outlet
        title = document.title
        url = document.canonicalURL ?? document.source.url
        published = document.published?.value
        type = event.type
        cameo = event.cameo
        plover = event.plover
        mode = event.mode
        participants = event.participants
        date = event.date
        datedByText = !EventDating.isFallback(event.date)
        place = event.place
        background = event.background
        modality = event.modality
        evidence = event.evidence
        evidenceText = event.evidence.map { offsets.substring($0) }.joined(separator: " … ")
    }

    /// The people taking part, else every participant: what "same participants" compares.
    public var actorKeys: Set<String> {
        let people = participants.filter { $0.entity.kind == .person }
        return Set((people.isEmpty ? participants : people).map(\.entity.key))
    }

    /// The family of events that can be the same real event: in-person contacts, remote contacts,
    /// messages, …; other acts by their PLOVER type and Dateline type.
    public var family: String { TimelineFamily.of(type: type, plover: plover) }
}

/// Families of event types that may describe one real event.
public enum TimelineFamily {
    public static func of(type: String, plover: String?) -> String {
        switch type {
        case "meeting", "visit", "state_visit", "summit_meeting": "in_person"
        case "phone_call", "video_call": "remote"
        case "message", "congratulation", "invitation", "agreement_signed": type
        default: "\(type):\(plover ?? "")"
        }
    }

    /// Contacts between leaders: participants may be named in part ("Putin's call" vs "Putin and Xi").
    public static func isContact(_ family: String) -> Bool {
        ["in_person", "remote", "message", "congratulation", "invitation"].contains(family)
    }

    /// The more specific of two names for one event.
    static func rank(_ type: String) -> Int {
        switch type {
        case "summit_meeting": 5
        case "state_visit", "video_call": 4
        case "visit": 3
        default: 2
        }
    }
}
