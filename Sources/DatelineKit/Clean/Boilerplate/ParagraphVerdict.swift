/// What the boilerplate classifier thinks of one paragraph on its own, before its neighbours are considered.
struct ParagraphVerdict: Sendable, Equatable {
    enum Strength: Sendable, Equatable {
        /// Article text.
        case content
        /// Could be either: short interface text ("Monthly"), or the outlet's voice ("our staff").
        /// Cut only when boilerplate surrounds it.
        case weak
        /// Boilerplate on its own evidence.
        case strong
    }

    var strength: Strength
    var reason: String?

    static let content = ParagraphVerdict(strength: .content, reason: nil)
    static func weak(_ reason: String) -> ParagraphVerdict { ParagraphVerdict(strength: .weak, reason: reason) }
    static func strong(_ reason: String) -> ParagraphVerdict { ParagraphVerdict(strength: .strong, reason: reason) }
}
