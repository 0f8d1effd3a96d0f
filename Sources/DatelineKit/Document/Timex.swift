/// A TIMEX3 temporal expression with its calendar value relative to the document's date.
public struct Timex: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case date = "DATE", time = "TIME", duration = "DURATION", set = "SET"
    }

    public var span: Span
    public var text: String
    public var type: Kind
    /// TIMEX3 value: "2025-01-21", "2025-01", "2025", "201", "P10Y", "PAST_REF", "2025-01-21TMO", "XXXX-10".
    public var value: String
    /// TIMEX3 mod ("START", "APPROX", …), when the expression has one ("early October").
    public var mod: String?
    /// How the value was worked out: "'on Tuesday' in a past-tense sentence: the Tuesday on or before publication 2025-01-21".
    public var basis: String?

    public init(span: Span, text: String, type: Kind, value: String, mod: String? = nil, basis: String? = nil) {
        self.span = span
        self.text = text
        self.type = type
        self.value = value
        self.mod = mod
        self.basis = basis
    }
}
