/// Reads the attribution clauses of one sentence, given as clause pieces with its quotations opaque:
/// the clause after a quotation ("…,” Putin said in a statement; “…,” said Peskov; “…,” CCTV quoted
/// Xi as saying; …, Ushakov said.), the cue before it (Xi stated that “…”; …, saying he was “…”),
/// and "according to" phrases, which name a speaker or, for an outlet or a document, the channel.
struct AttributionReader: Sendable {
    let lexicon: SpeechCueLexicon
    let speakers: SpeakerMentions
    let chars: [Unicode.Scalar]
    /// How far (in pieces) an attribution clause reaches from its quotation or cue: attribution is
    /// local, and the bound keeps a 100 KB sentence of quote marks linear.
    static let reach = 40

    // MARK: after the quotation

    /// The attribution in the clause that follows piece `q`, up to the next quotation or the end of
    /// the sentence: right after the closing mark, or as the sentence's last clause.
    func after(_ q: Int, in pieces: [ClausePiece]) -> Attribution? {
        let limit = min(pieces.count, q + 1 + Self.reach)
        let end = pieces[(q + 1)..<limit].firstIndex { $0.kind == .quoted } ?? limit
        var start = q + 1
        if start < end, pieces[start].isComma || pieces[start].isPunctuation("—") || pieces[start].isPunctuation("–") { start += 1 }
        guard start < end else { return nil }
        if isAccordingTo(start, pieces) { return accordingTo(start + 2, end: end, in: pieces) }
        for k in start..<min(end, start + 16) {
            guard let (cue, length) = lexicon.cue(at: k, in: pieces) else { continue }
            if k == start { return inverted(cue, at: k, length: length, end: end, in: pieces) }
            guard let subject = subjectRange(before: k, from: start, in: pieces),
                  // “…” and described the talks as …: a second verb of the sentence's own subject.
                  !["and", "but", "or", "then"].contains(pieces[subject.lowerBound].lower) else { return nil }
            // A subject after a later comma is the sentence's closing clause (“…” on the crisis,
            // Ushakov said.) only when nothing but a short adjunct follows the cue.
            if subject.lowerBound > start, !isClosingClause(from: k + length, to: end, in: pieces) { return nil }
            return clause(cue, at: k, length: length, subject: subject, end: end, in: pieces)
        }
        // "…,” according to state broadcaster CCTV." after other words of the clause.
        if let k = (start..<end).first(where: { isAccordingTo($0, pieces) && $0 > start && pieces[$0 - 1].isComma }) {
            return accordingTo(k + 2, end: end, in: pieces)
        }
        return nil
    }

    /// "…,” said Russian President Vladimir Putin in a statement.
    private func inverted(_ cue: SpeechCueLexicon.Cue, at k: Int, length: Int, end: Int, in pieces: [ClausePiece]) -> Attribution? {
        guard !cue.isParticiple, cue.role == .speech || cue.role == .praise else { return nil }
        var phraseEnd = k + length
        while phraseEnd < end, !pieces[phraseEnd].isClauseBreak, pieces[phraseEnd].kind == .word,
              !lexicon.phraseEnds.contains(pieces[phraseEnd].lower) { phraseEnd += 1 }
        guard phraseEnd > k + length else { return nil }
        let hit = speakers.subject(in: pieces, range: (k + length)..<phraseEnd)
        return Attribution(speaker: hit?.mention, cue: cue.text, via: via(in: phraseEnd..<end, pieces, speakerNamed: true), namesSpeaker: true,
                           lastPiece: phraseEnd - 1)
    }

    /// SUBJECT CUE …: "Putin said", "Xi told Putin", "Putin was reported as saying",
    /// "CCTV quoted Xi as saying", "Xi was quoted by CCTV as saying", "TASS reported".
    private func clause(_ cue: SpeechCueLexicon.Cue, at k: Int, length: Int, subject: Range<Int>, end clauseEnd: Int,
                        in pieces: [ClausePiece]) -> Attribution? {
        let end = max(clauseEnd, k + length)
        var subjectEnd = subject.upperBound
        var passive = false
        while subjectEnd > subject.lowerBound, pieces[subjectEnd - 1].kind == .word,
              lexicon.skippable.contains(pieces[subjectEnd - 1].lower) {
            if ["was", "were", "is", "are", "been"].contains(pieces[subjectEnd - 1].lower) { passive = true }
            subjectEnd -= 1
        }
        let subjectPieces = subject.lowerBound..<subjectEnd
        guard !subjectPieces.isEmpty else { return nil }
        var next = k + length
        var lastPiece = next - 1
        switch (cue.role, passive) {
        case (.quote, false):
            // "CCTV quoted Xi as saying": the subject carried it, the object said it.
            guard let asIndex = asSaying(from: next, end: end, in: pieces) else { return nil }
            let hit = speakers.subject(in: pieces, range: next..<asIndex)
            return Attribution(speaker: hit?.mention, cue: "\(cue.words[0]) as \(pieces[asIndex + 1].lower)",
                               via: name(of: subjectPieces, pieces), namesSpeaker: true, lastPiece: asIndex + 1)
        case (.quote, true), (.report, true):
            // "Xi was quoted by CCTV as saying", "Putin was reported as saying".
            var via: String?
            if next < end, pieces[next].lower == "by" {
                let byEnd = (next + 1..<end).first { pieces[$0].lower == "as" || pieces[$0].isClauseBreak } ?? end
                via = name(of: (next + 1)..<byEnd, pieces)
                next = byEnd
            }
            var cueText = cue.words[0]
            if let asIndex = asSaying(from: next, end: min(end, next + 2), in: pieces) {
                cueText += " as \(pieces[asIndex + 1].lower)"
                lastPiece = asIndex + 1
                // "he was quoted as saying by RIA Novosti"
                if via == nil, lastPiece + 2 < end, pieces[lastPiece + 1].lower == "by" {
                    let byEnd = (lastPiece + 2..<end).first { pieces[$0].isClauseBreak || pieces[$0].isPunctuation(".") } ?? end
                    via = name(of: (lastPiece + 2)..<byEnd, pieces)
                    lastPiece = byEnd - 1
                }
            }
            let hit = speakerOf(subjectPieces, in: pieces)
            return Attribution(speaker: hit, cue: cueText, via: via, namesSpeaker: true, lastPiece: lastPiece)
                .with(via: self.via(in: (lastPiece + 1)..<end, pieces, speakerNamed: true))
        case (.report, false):
            return Attribution(speaker: nil, cue: cue.text, via: name(of: subjectPieces, pieces), namesSpeaker: false, lastPiece: lastPiece)
        default:
            if isChannel(subjectPieces, pieces) {
                return Attribution(speaker: nil, cue: cue.text, via: name(of: subjectPieces, pieces), namesSpeaker: false,
                                   lastPiece: lastPiece)
            }
            if cue.takesObject, next < end, let object = speakers.subject(in: pieces, range: next..<min(end, next + 6)) {
                lastPiece = object.lastPiece  // "told Xi"
            } else if cue.takesObject, next < end, pieces[next].kind == .word, !pieces[next].isCapitalized,
                      !["that", "as"].contains(pieces[next].lower) {
                lastPiece = next  // "told reporters"
            }
            return Attribution(speaker: speakerOf(subjectPieces, in: pieces), cue: cue.text,
                               via: via(in: (lastPiece + 1)..<end, pieces, speakerNamed: true), namesSpeaker: true, lastPiece: lastPiece)
        }
    }

    // MARK: before the quotation

    /// The cue before piece `q` in its sentence: "Xi stated that China-Russian relations have “…”",
    /// "…, saying he was “…”", "According to Ushakov, …".
    func before(_ q: Int, in pieces: [ClausePiece]) -> Attribution? {
        var k = q - 1
        while k >= max(0, q - Self.reach) {
            if pieces[k].kind == .word, let (cue, length) = lexicon.cue(at: k, in: pieces), k + length <= q {
                return introducing(cue, at: k, length: length, limit: q, in: pieces)
            }
            k -= 1
        }
        if let start = firstWord(in: pieces), start + 2 < q, isAccordingTo(start, pieces) {
            let end = pieces[(start + 2)..<max(start + 2, q)].firstIndex { $0.isClauseBreak || $0.kind == .quoted } ?? q
            return accordingTo(start + 2, end: min(end, q), in: pieces)
        }
        return nil
    }

    /// The attribution a cue at `k` gives to what follows it (a quotation or reported content).
    func introducing(_ cue: SpeechCueLexicon.Cue, at k: Int, length: Int, limit: Int, in pieces: [ClausePiece]) -> Attribution? {
        if cue.isParticiple {
            // "…, saying": the participle's subject is the sentence's.
            guard k > 0, pieces[k - 1].isComma || pieces[k - 1].kind == .quoted else { return nil }
            guard let subject = mainSubject(in: pieces, before: k) else { return nil }
            return Attribution(speaker: subject.mention, cue: cue.text, via: nil, namesSpeaker: true, lastPiece: k + length - 1)
        }
        let lower = max(0, k - Self.reach)
        let start = pieces[lower..<k].lastIndex { $0.kind == .quoted }.map { $0 + 1 } ?? lower
        guard let subject = subjectRange(before: k, from: start, in: pieces) else { return nil }
        return clause(cue, at: k, length: length, subject: subject, end: min(limit, k + Self.reach), in: pieces)
    }

    /// The subject of the sentence's main clause: after an opening adverbial ("During their
    /// meetings, Xi …") and any quotation that opens the sentence (“…,” he told Xi, …).
    func mainSubject(in pieces: [ClausePiece], before limit: Int) -> (mention: EntityMention, lastPiece: Int)? {
        guard var start = firstWord(in: pieces), start < limit else { return nil }
        if lexicon.introductions.contains(pieces[start].lower) || isAccordingTo(start, pieces),
           let comma = pieces[start..<min(limit, start + 16)].firstIndex(where: { $0.isComma }) {
            start = comma + 1
        }
        return speakers.subject(in: pieces, range: start..<min(limit, start + 10))
    }

    // MARK: pieces of clauses

    /// The subject before a cue at `k`: the words after the last clause break, or, when the cue
    /// follows a parenthetical ("Putin, addressing Xi, said"), the words before it.
    private func subjectRange(before k: Int, from start: Int, in pieces: [ClausePiece]) -> Range<Int>? {
        var breaks = (start..<k).filter { pieces[$0].isClauseBreak }
        if breaks.last == k - 1, breaks.count >= 2 {
            // "X, parenthetical, CUE": drop the parenthetical.
            breaks.removeLast(2)
            let lo = breaks.last.map { $0 + 1 } ?? start
            let hi = (lo..<k).first { pieces[$0].isClauseBreak } ?? k
            return lo < hi ? lo..<hi : nil
        }
        let lo = breaks.last.map { $0 + 1 } ?? start
        guard lo < k, !(lo..<k).contains(where: { pieces[$0].kind == .quoted }) else { return nil }
        return lo..<k
    }

    /// The one speaker a subject phrase names, when only skippable words ("also", "on Friday")
    /// stand between it and the cue.
    private func speakerOf(_ range: Range<Int>, in pieces: [ClausePiece]) -> EntityMention? {
        guard let hit = speakers.subject(in: pieces, range: range) else { return nil }
        let rest = (hit.lastPiece + 1)..<range.upperBound
        return rest.allSatisfy({ pieces[$0].kind == .word && lexicon.skippable.contains(pieces[$0].lower) }) ? hit.mention : nil
    }

    /// "according to X": X is the speaker, unless X is an outlet or a document ("a readout from
    /// China's Foreign Ministry"), which only carried the words.
    private func accordingTo(_ start: Int, end: Int, in pieces: [ClausePiece]) -> Attribution? {
        guard start < end else { return nil }
        let phraseEnd = (start..<end).first { pieces[$0].isClauseBreak || pieces[$0].isPunctuation(".") } ?? end
        guard start < phraseEnd else { return nil }
        let range = start..<phraseEnd
        if isChannel(range, pieces) {
            return Attribution(speaker: nil, cue: "according to", via: name(of: range, pieces), namesSpeaker: false, lastPiece: phraseEnd - 1)
        }
        return Attribution(speaker: speakers.subject(in: pieces, range: range)?.mention, cue: "according to", via: nil,
                           namesSpeaker: true, lastPiece: phraseEnd - 1)
    }

    /// The channel a sentence names for all it reports: in its closing clause ("…, according to a
    /// readout from China’s Foreign Ministry.") or its opening one ("According to Xinhua, …").
    func sentenceChannel(_ pieces: [ClausePiece]) -> String? {
        if let comma = pieces.lastIndex(where: { $0.isComma }), let via = via(in: comma..<pieces.count, pieces) { return via }
        guard let start = firstWord(in: pieces), isAccordingTo(start, pieces),
              let comma = pieces[start..<min(pieces.count, start + 12)].firstIndex(where: { $0.isClauseBreak }),
              start + 2 < comma, isChannel((start + 2)..<comma, pieces) else { return nil }
        return name(of: (start + 2)..<comma, pieces)
    }

    /// The channel named in a clause's tail: "…, according to state broadcaster CCTV", "…, TASS reported".
    /// After a named speaker (`speakerNamed`), any "according to X" is the channel ("Xi said, according to Xinhua").
    func via(in range: Range<Int>, _ pieces: [ClausePiece], speakerNamed: Bool = false) -> String? {
        for k in range where k + 2 <= range.upperBound && isAccordingTo(k, pieces) {
            let end = (k + 2..<range.upperBound).first { pieces[$0].isClauseBreak || pieces[$0].isPunctuation(".") } ?? range.upperBound
            if k + 2 < end, speakerNamed || isChannel((k + 2)..<end, pieces) { return name(of: (k + 2)..<end, pieces) }
        }
        // "… said in a statement released by the Kremlin": the document's source.
        for k in range where k + 2 < range.upperBound && pieces[k].lower == "in" && lexicon.documents.contains(pieces[k + 2].lower) {
            var by = k + 3
            if by < range.upperBound, ["released", "published", "issued", "posted"].contains(pieces[by].lower) { by += 1 }
            guard by + 1 < range.upperBound, ["by", "from", "on"].contains(pieces[by].lower) else { continue }
            let end = (by + 1..<range.upperBound).first { pieces[$0].isClauseBreak || pieces[$0].isPunctuation(".") } ?? range.upperBound
            if by + 1 < end { return name(of: (by + 1)..<end, pieces) }
        }
        for k in range {
            guard let (cue, _) = lexicon.cue(at: k, in: pieces), cue.role == .report, k > range.lowerBound else { continue }
            let lo = (range.lowerBound..<k).last { pieces[$0].isClauseBreak }.map { $0 + 1 } ?? range.lowerBound
            if lo < k { return name(of: lo..<k, pieces) }
        }
        return nil
    }

    /// A phrase that names a channel: an outlet ("state broadcaster CCTV") or a document ("a readout").
    private func isChannel(_ range: Range<Int>, _ pieces: [ClausePiece]) -> Bool {
        guard !range.isEmpty else { return false }
        if range.contains(where: { pieces[$0].kind == .word && lexicon.channelWords.contains(pieces[$0].lower) }) {
            return true
        }
        let span = Span(start: pieces[range.lowerBound].span.start, end: pieces[range.upperBound - 1].span.end)
        return speakers.inside(span).contains { speakers.isOutlet($0) }
    }

    /// How a channel is shown: the organisation a document came from ("a readout from China’s
    /// Foreign Ministry" → "China’s Foreign Ministry"), an outlet's own name where the entity layer
    /// found one ("state broadcaster CCTV" → "CCTV"), else the phrase without its article.
    private func name(of range: Range<Int>, _ pieces: [ClausePiece]) -> String? {
        var lo = range.lowerBound
        // "a readout from X", "a transcript released by X"
        if let from = range.first(where: { k in
            guard ["from", "by", "of"].contains(pieces[k].lower), k > range.lowerBound else { return false }
            if lexicon.documents.contains(pieces[k - 1].lower) { return true }
            return k - 1 > range.lowerBound && ["released", "published", "issued", "posted"].contains(pieces[k - 1].lower)
                && lexicon.documents.contains(pieces[k - 2].lower)
        }), from + 1 < range.upperBound {
            lo = from + 1
        }
        guard lo < range.upperBound else { return nil }
        let span = Span(start: pieces[lo].span.start, end: pieces[range.upperBound - 1].span.end)
        let organizations = speakers.inside(span).filter { $0.entity.kind == .organization }
        if lo == range.lowerBound, let outlet = organizations.last,
           speakers.isOutlet(outlet) || range.contains(where: { lexicon.carriers.contains(pieces[$0].lower) }) {
            return outlet.text
        }
        while lo < range.upperBound - 1, ["a", "an", "the"].contains(pieces[lo].lower) { lo += 1 }
        return ScalarString.make(chars[pieces[lo].span.start..<pieces[range.upperBound - 1].span.end])
    }

    private func isAccordingTo(_ k: Int, _ pieces: [ClausePiece]) -> Bool {
        k + 1 < pieces.count && pieces[k].lower == "according" && pieces[k + 1].lower == "to"
    }

    /// Index of "as" in "… as saying" at or after `from`.
    private func asSaying(from: Int, end: Int, in pieces: [ClausePiece]) -> Int? {
        (from..<max(from, end - 1)).first { pieces[$0].lower == "as" && (lexicon.cue(at: $0 + 1, in: pieces)?.cue.isParticiple ?? false) }
    }

    /// Nothing but a short adjunct after the cue: "…, Ushakov said." / "…, Putin said on Tuesday."
    private func isClosingClause(from: Int, to end: Int, in pieces: [ClausePiece]) -> Bool {
        let words = (min(from, end)..<end).filter { pieces[$0].kind == .word }
        return words.count <= 8 && !words.contains { pieces[$0].lower == "that" || lexicon.cue(at: $0, in: pieces) != nil }
    }

    private func firstWord(in pieces: [ClausePiece]) -> Int? {
        let start = ClausePieces.afterWireDateline(pieces)
        return pieces[start..<max(start, min(pieces.count, Self.reach))].firstIndex { $0.kind == .word }
    }
}
