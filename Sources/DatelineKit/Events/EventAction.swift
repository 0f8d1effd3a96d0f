/// One kind of event the lexicon knows (`lexicons/event-actions.json`): how it is coded in the
/// contract (Dateline type, CAMEO, PLOVER, mode) and how it merges with other reports.
public struct EventAction: Decodable, Hashable, Sendable {
    /// Families of events that can describe the same real contact: a "call" and a "video call" on
    /// the same day are one remote contact; a "meeting" and a "state visit" one in-person contact.
    public enum ContactClass: String, Decodable, Sendable {
        case inPerson = "in_person", remote, message, congratulation, invitation, statement, agreement
        case negotiation, cooperation, aid, concession, retreat, accusation, request, rejection, threat
        case protest, military, sanction, coercion
    }

    public var name: String
    /// Dateline contact type (`meeting`, `phone_call`, …) or a lower-case PLOVER-style name.
    public var type: String
    public var `class`: ContactClass
    public var cameo: String
    public var plover: String
    public var mode: String?
    /// Named as a noun ("talks", "a video call"): participants come from the whole clause.
    public var nominal: Bool
    /// A vague name ("talks", "the call") folded into a more specific contact in the same document.
    public var generic: Bool
    /// The action to use when no actor follows ("welcomed the decision" is praise, not hosting).
    public var ifNoActor: String?
    /// The subject is the host and the object the visitor ("Xi welcomed Putin").
    public var hostRole: Bool
    public var triggers: [String]

    enum CodingKeys: String, CodingKey {
        case name, type, `class`, cameo, plover, mode, nominal, generic, ifNoActor, hostRole, triggers
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        name = try c.decode(String.self, forKey: .name)
        type = try c.decode(String.self, forKey: .type)
        `class` = try c.decode(ContactClass.self, forKey: .class)
        cameo = try c.decode(String.self, forKey: .cameo)
        plover = try c.decode(String.self, forKey: .plover)
        mode = try c.decodeIfPresent(String.self, forKey: .mode)
        nominal = try c.decodeIfPresent(Bool.self, forKey: .nominal) ?? false
        generic = try c.decodeIfPresent(Bool.self, forKey: .generic) ?? false
        ifNoActor = try c.decodeIfPresent(String.self, forKey: .ifNoActor)
        hostRole = try c.decodeIfPresent(Bool.self, forKey: .hostRole) ?? false
        triggers = try c.decode([String].self, forKey: .triggers)
    }

    /// Contacts between leaders, as opposed to actions one side takes.
    public var isContact: Bool {
        switch `class` {
        case .inPerson, .remote, .message, .congratulation, .invitation: true
        default: false
        }
    }

    /// Specificity within a class: the most specific name wins when reports fold together.
    var rank: Int {
        switch type {
        case "summit_meeting": 5
        case "state_visit": 4
        case "video_call": 4
        case "visit": 3
        default: generic ? 0 : 2
        }
    }
}
