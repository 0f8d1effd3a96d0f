/// What the store has learned about an outlet's recurring paragraphs: the same donation footer or
/// newsletter box repeated across its articles is boilerplate even when no cue word gives it away.
public protocol BoilerplateMemory: Sendable {
    /// For each paragraph, in how many stored documents of `outlet` it already occurs.
    func repeats(of paragraphs: [Substring], outlet: String) throws -> [Int]
}
