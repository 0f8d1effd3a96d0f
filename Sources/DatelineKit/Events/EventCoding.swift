/// CAMEO and PLOVER codes for an event as stated, not only as named: "will visit" is an intent
/// (CAMEO 036, PLOVER AGREE), "will withdraw … unless" a threat (CAMEO 130, THREATEN).
public struct EventCoding: Hashable, Sendable {
    public var cameo: String
    public var plover: String
    public var mode: String?

    /// Intent codes (CAMEO 03x) for acts announced rather than done.
    static let intentCameo: [String: String] = ["CONSULT": "036", "AID": "033", "CONCEDE": "035", "RETREAT": "035",
                                                 "SUPPORT": "030", "COOPERATE": "031"]

    public init(action: EventAction, modality: ContactEvent.Modality, conditional: Bool) {
        cameo = action.cameo
        plover = action.plover
        mode = action.mode
        let cooperative = Self.intentCameo[action.plover] != nil
        if conditional, modality == .planned || modality == .hypothetical,
           cooperative || ["SANCTION", "COERCE", "ASSAULT", "MOBILIZE", "REJECT"].contains(action.plover) {
            // "will withdraw its peacekeepers unless …": a conditional act is leverage, a threat.
            (cameo, plover, mode) = ("130", "THREATEN", nil)
        } else if modality == .planned, let intent = Self.intentCameo[action.plover] {
            (cameo, plover, mode) = (intent, "AGREE", nil)
        }
    }
}
