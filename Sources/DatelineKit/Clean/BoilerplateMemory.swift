/// What the store has learned about an outlet's recurring paragraphs: the same donation footer or
/// newsletter box repeated across its articles is boilerplate even when no cue word gives it away.
public protocol BoilerplateMemory: Sendable {
    /// For each paragraph, in how many stored documents of `outlet` it already occurs.
    func repeats(of paragraphs: [Substring], outlet: String) throws -> [Int]
}

/// A memory that can hand over all of an outlet's counts in one read, so an ingest run keeps them
/// in process instead of asking for every paragraph of every article (`StoreBoilerplateMemory`).
public protocol OutletParagraphCounts: BoilerplateMemory {
    /// Paragraph fingerprint (`StoreBoilerplateMemory.fingerprint`) → stored documents of `outlet` carrying it.
    func paragraphCounts(outlet: String) throws -> [Int64: Int]
    /// Grows whenever the store sees that another connection committed: counts read before may be stale.
    var commitsByOthers: Int { get }
}
