/// Finds the entity mentions of a document and resolves each to a canonical entity: knowledge-base
/// names by longest match over tokens, people outside the knowledge base by capitalised names with a
/// person cue, roles to office holders in time, metonyms to governments, surnames and pronouns to the
/// people named before them.
///
/// ```swift
/// var doc = AnnotatedDocument(document: document)
/// SentenceStage().annotate(&doc)
/// let mentions = EntityRecognizer.standard.mentions(in: doc)
/// ```
public struct EntityRecognizer: Sendable {
    public let knowledgeBase: KnowledgeBase
    let gazetteer: Gazetteer
    let cues: EntityCues
    /// Capitalised words that never start a person's name.
    let notNames: Set<UInt64>

    /// A stretch of tokens the scan found: a gazetteer phrase, or a capitalised name it did not know.
    struct Spot {
        var start: Int
        var end: Int
        /// Nil for a capitalised name outside the knowledge base.
        var entry: GazetteerEntry?
    }

    public static let standard = EntityRecognizer(knowledgeBase: .standard)

    public init(knowledgeBase: KnowledgeBase) {
        self.knowledgeBase = knowledgeBase
        gazetteer = Gazetteer(knowledgeBase: knowledgeBase)
        cues = .standard
        notNames = Set(knowledgeBase.roles.notNames.map(EntityCues.key))
    }

    /// Mentions in text order; needs the sentences and tokens layers (and uses timexes when present).
    public func mentions(in document: AnnotatedDocument) -> [EntityMention] {
        var text = document.document.text
        return text.withUTF8 { buf in
            let offsets = TextOffsets(document.document.text)
            let tokens = DocumentToken.tokens(of: document, buf: buf, offsets: offsets)
            guard !tokens.isEmpty else { return [] }
            let spots = self.spots(in: tokens)
            var builder = MentionBuilder(recognizer: self, document: document, tokens: tokens, buf: buf)
            return builder.build(spots)
        }
    }

    /// Gazetteer phrases (longest first), then capitalised names between them.
    func spots(in tokens: [DocumentToken]) -> [Spot] {
        var spots: [Spot] = []
        var i = 0
        while i < tokens.count {
            if var match = gazetteer.longestMatch(at: i, in: tokens) {
                // "the Kremlin leader": a phrase starting inside the match that reaches further wins
                var k = match.start + 1
                while k < match.end {
                    if let inner = gazetteer.longestMatch(at: k, in: tokens), inner.end > match.end { match = inner }
                    k += 1
                }
                spots.append(Spot(start: match.start, end: match.end, entry: match.entry))
                i = match.end
            } else if let end = nameRun(at: i, in: tokens) {
                spots.append(Spot(start: i, end: end, entry: nil))
                i = end
            } else {
                i += 1
            }
        }
        return spots
    }

    /// A run of capitalised words starting at `i` ("Sergei Bobylev", "Ursula von der Leyen",
    /// "Kassym-Jomart Tokayev"), up to four words, that no gazetteer phrase starts inside.
    func nameRun(at i: Int, in tokens: [DocumentToken]) -> Int? {
        guard isNameWord(tokens[i]) else { return nil }
        var end = i + 1, words = 1
        while end < tokens.count, words < 4, tokens[end].sentence == tokens[i].sentence {
            let token = tokens[end]
            if isNameWord(token), gazetteer.longestMatch(at: end, in: tokens) == nil {
                end += 1; words += 1
            } else if cues.nameParticles.contains(token.key), end + 1 < tokens.count, isNameWord(tokens[end + 1]) {
                end += 2; words += 1
            } else if token.kind == .punctuation, token.bytes.count == 1, tokens[end - 1].bytes.upperBound == token.bytes.lowerBound,
                      end + 1 < tokens.count, token.bytes.upperBound == tokens[end + 1].bytes.lowerBound,
                      isNameWord(tokens[end + 1]), isHyphen(token) {
                end += 2  // "Kassym-Jomart"
            } else {
                break
            }
        }
        return end
    }

    func isNameWord(_ token: DocumentToken) -> Bool {
        token.kind == .word && token.initial == .upper && !token.allCaps && !notNames.contains(token.key)
    }

    private func isHyphen(_ token: DocumentToken) -> Bool { token.key == EntityRecognizer.hyphenKey }
    static let hyphenKey = EntityCues.key("-")
}

/// The entity layer as a pipeline stage: fills `layers.mentions` (after sentences and timexes).
public struct EntityStage: AnnotationStage {
    public var recognizer: EntityRecognizer
    public var name: String { "entities" }

    public init(recognizer: EntityRecognizer = .standard) {
        self.recognizer = recognizer
    }

    public init(knowledgeBase: KnowledgeBase) {
        recognizer = EntityRecognizer(knowledgeBase: knowledgeBase)
    }

    public func annotate(_ document: inout AnnotatedDocument) {
        if document.layers.tokens.isEmpty, !document.document.text.isEmpty {
            SentenceStage().annotate(&document)
        }
        document.layers.mentions = recognizer.mentions(in: document)
    }
}
