/// Why an input could not be read: names the file (and line) so the user can find it.
/// The reader reports it and goes on with the other inputs.
public struct InputProblem: Error, CustomStringConvertible, Sendable {
    public var source: DocumentSource
    public var message: String

    public init(_ source: DocumentSource, _ message: String) {
        self.source = source
        self.message = message
    }

    public var description: String { "\(source.label): \(message)" }
}
