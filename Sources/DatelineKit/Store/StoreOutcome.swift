/// What storing one document did.
public enum StoreOutcome: Equatable, Sendable {
    /// A new document.
    case stored(id: String)
    /// A new document whose text nearly repeats an original (a syndicated copy): stored and linked.
    case storedNearDuplicate(id: String, original: String, similarity: Double)
    /// The identical text is already stored under `id`: nothing added.
    case alreadyStored(id: String)

    /// The id the document is known by in the store.
    public var id: String {
        switch self {
        case .stored(let id), .storedNearDuplicate(let id, _, _), .alreadyStored(let id): id
        }
    }
}
