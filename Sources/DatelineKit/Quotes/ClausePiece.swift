/// One unit of a sentence as attribution reads it: a word, a punctuation mark, or a whole quoted
/// stretch (opaque, so "said" inside a quote never attributes it).
struct ClausePiece: Sendable, Equatable {
    enum Kind: Sendable { case word, punctuation, quoted }

    var kind: Kind
    var span: Span
    /// Lower-cased word, the punctuation scalar, or "" for a quoted stretch.
    var lower: String
    var isCapitalized: Bool = false
    /// "Putin's", "countries’": names a possessor, not a speaker.
    var isPossessive: Bool = false
    /// Index into the document's stretches, for `.quoted`.
    var stretch: Int? = nil

    func isPunctuation(_ mark: String) -> Bool { kind == .punctuation && lower == mark }
    var isComma: Bool { isPunctuation(",") }
    /// A mark that ends a clause inside a sentence: ", ; : — –" and brackets.
    var isClauseBreak: Bool {
        kind == .punctuation && [",", ";", ":", "—", "–", "-", "(", ")"].contains(lower)
    }
}

extension ClausePieces {
    /// Index of the first piece after a wire dateline that opens the sentence ("MOSCOW (Reuters) -",
    /// "BEIJING (Agencies):"), or 0 when there is none.
    static func afterWireDateline(_ pieces: [ClausePiece]) -> Int {
        guard let first = pieces.first, first.kind == .word, first.lower.count >= 3,
              let open = pieces.prefix(5).firstIndex(where: { $0.isPunctuation("(") }),
              pieces[..<open].allSatisfy({ $0.kind != .word || $0.isCapitalized }),
              let close = pieces[open...].prefix(8).firstIndex(where: { $0.isPunctuation(")") }),
              close + 1 < pieces.count,
              ["-", "–", "—", ":"].contains(pieces[close + 1].lower) else { return 0 }
        return close + 2
    }
}
