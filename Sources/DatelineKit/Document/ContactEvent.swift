/// Who did what with whom, when and where, as one document reports it, with its evidence.
public struct ContactEvent: Codable, Hashable, Sendable {
    public enum Modality: String, Codable, Sendable {
        case asserted, planned, hypothetical, negated, alleged
    }

    public struct Participant: Codable, Hashable, Sendable {
        public enum Role: String, Codable, Sendable { case source, target, participant }
        public var entity: EntityReference
        public var role: Role
        public init(entity: EntityReference, role: Role) {
            self.entity = entity
            self.role = role
        }
    }

    public struct Place: Codable, Hashable, Sendable {
        public var name: String
        /// ISO 3166 alpha-3.
        public var country: String?
        public init(name: String, country: String?) {
            self.name = name
            self.country = country
        }
    }

    /// Stable within a document: document id plus the event's index.
    public var id: String
    /// Dateline contact type (`meeting`, `phone_call`, …) or a lower-case PLOVER-style name.
    public var type: String
    public var cameo: String?
    public var plover: String?
    public var mode: String?
    public var participants: [Participant]
    public var date: EventDate?
    public var place: Place?
    /// Mentioned as context ("the fourth face-to-face meeting since…"), not the article's news.
    public var background: Bool
    public var modality: Modality
    /// The sentence(s) that state the event.
    public var evidence: [Span]

    public init(id: String, type: String, cameo: String? = nil, plover: String? = nil, mode: String? = nil,
                participants: [Participant], date: EventDate? = nil, place: Place? = nil,
                background: Bool = false, modality: Modality = .asserted, evidence: [Span]) {
        self.id = id
        self.type = type
        self.cameo = cameo
        self.plover = plover
        self.mode = mode
        self.participants = participants
        self.date = date
        self.place = place
        self.background = background
        self.modality = modality
        self.evidence = evidence
    }
}

/// An event's calendar date (TIMEX3 value, no durations) with why it is that date.
public struct EventDate: Codable, Hashable, Sendable {
    public var value: String
    public var precision: DatePrecision
    public var basis: String?

    public init(value: String, precision: DatePrecision, basis: String? = nil) {
        self.value = value
        self.precision = precision
        self.basis = basis
    }
}
