/// A paragraph the cleaner cut from an article, and why ("donation appeal", "photo credit", …).
public struct RemovedText: Codable, Hashable, Sendable {
    public var text: String
    public var reason: String

    public init(text: String, reason: String) {
        self.text = text
        self.reason = reason
    }
}
