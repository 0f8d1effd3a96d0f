/// A stretch of a document's cleaned text, in Unicode scalar offsets (what Python's `str`
/// indexing uses), so anyone can slice evidence out of the `text` field of the contract.
public struct Span: Codable, Hashable, Sendable, Comparable {
    public var start: Int
    public var end: Int

    public init(start: Int, end: Int) {
        precondition(start <= end, "span start after end")
        self.start = start
        self.end = end
    }

    public var length: Int { end - start }

    public static func < (a: Span, b: Span) -> Bool {
        a.start != b.start ? a.start < b.start : a.end < b.end
    }
}
