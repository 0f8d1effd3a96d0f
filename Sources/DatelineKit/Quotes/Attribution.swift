/// Who a quotation is attributed to, as one clause of its sentence states it.
struct Attribution: Sendable, Equatable {
    /// The speaker's mention; nil when the clause names someone the entity layer could not resolve
    /// to one speaker ("they said", an unknown "he").
    var speaker: EntityMention?
    var cue: String?
    /// The outlet or document that carried the words: "CCTV", "China’s Foreign Ministry".
    var via: String?
    /// The clause names a speaker (resolved or not); false when it only names the channel
    /// ("…,” TASS reported).
    var namesSpeaker: Bool
    /// Index of the last clause piece the attribution used, for joining split quotes.
    var lastPiece: Int

    /// Adds what another clause says about the channel ("…, according to state broadcaster CCTV").
    func with(via other: String?) -> Attribution {
        var copy = self
        if copy.via == nil { copy.via = other }
        return copy
    }
}
