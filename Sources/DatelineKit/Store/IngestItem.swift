/// Identifies one raw input (a file, or one record of a `.jsonl` file): a hash of its bytes plus where
/// it came from. Re-ingest skips known inputs without cleaning them again.
public struct InputKey: Hashable, Codable, Sendable {
    /// SHA-256 (hex) of the raw input bytes and record fields.
    public var hash: String
    /// `DocumentSource.label` ("folder/file.txt", "feed.jsonl:12").
    public var source: String

    public init(hash: String, source: String) {
        self.hash = hash
        self.source = source
    }

    /// The key of a reader's input: its body bytes and the record fields that shape the document.
    public init(_ input: ArticleInput) {
        var bytes: [UInt8] = []
        for field in [input.id, input.title, input.published, input.source.url] {
            bytes.append(contentsOf: (field ?? "\u{0}").utf8)
            bytes.append(0x1F)
        }
        switch input.body {
        case .text(let text):
            bytes.append(UInt8(ascii: "t"))
            bytes.append(contentsOf: text.utf8)
        case .html(let data, let charset):
            bytes.append(UInt8(ascii: "h"))
            bytes.append(contentsOf: (charset ?? "").utf8)
            bytes.append(0x1F)
            bytes.append(contentsOf: data)
        }
        self.init(hash: SHA256.hex(bytes: bytes), source: input.source.label)
    }
}

/// One document on its way into the store: annotated, fingerprinted, with the input it came from.
public struct IngestItem: Sendable {
    public var annotated: AnnotatedDocument
    public var input: InputKey
    /// MinHash signature of the text's word shingles, for near-duplicate lookup.
    public var signature: MinHashSignature
    /// The document's paragraph fingerprints, for the outlet's paragraph counts
    /// (`StoreBoilerplateMemory.fingerprints(of:)`).
    public var paragraphFingerprints: [Int64]

    public init(annotated: AnnotatedDocument, input: InputKey) {
        self.init(annotated: annotated, input: input, signature: MinHashSignature(text: annotated.document.text))
    }

    /// With the signature of the document's text already computed.
    public init(annotated: AnnotatedDocument, input: InputKey, signature: MinHashSignature, paragraphFingerprints: [Int64]? = nil) {
        self.annotated = annotated
        self.input = input
        self.signature = signature
        self.paragraphFingerprints = paragraphFingerprints ?? StoreBoilerplateMemory.fingerprints(of: annotated.document)
    }
}
