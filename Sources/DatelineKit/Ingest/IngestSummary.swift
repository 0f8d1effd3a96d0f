/// What one ingest run did, input by input.
public struct IngestSummary: Codable, Hashable, Sendable {
    /// Inputs read successfully (files and `.jsonl` records).
    public var read = 0
    /// New documents stored as originals.
    public var stored = 0
    /// New documents stored and linked to an original they nearly repeat.
    public var nearDuplicates = 0
    /// Inputs whose cleaned text is identical to a stored document: nothing added.
    public var duplicates = 0
    /// Inputs already ingested by an earlier run (same bytes, same source): skipped without cleaning.
    public var alreadyIngested = 0
    /// Inputs that could not be read or held no article text.
    public var failed = 0
    /// Bytes of the inputs read.
    public var bytes = 0

    public init() {}

    /// Documents this run added to the store.
    public var added: Int { stored + nearDuplicates }

    public var line: String {
        "read \(read), stored \(stored), near-duplicates \(nearDuplicates), duplicates \(duplicates), "
            + "already ingested \(alreadyIngested), failed \(failed)"
    }
}

/// Where an ingest run is, for progress bars.
public struct IngestProgress: Sendable {
    public var filesDone: Int
    public var filesTotal: Int
    public var file: String
    public var summary: IngestSummary
}
