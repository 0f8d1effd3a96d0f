/// Reported speech without quotation marks: "Putin said he was sure that …", "Xi expressed hope
/// to elevate ties to new heights", "Ushakov described the call as …", "According to Ushakov, Xi …".
/// The reported content runs from after the cue (and its addressee and "that") to the end of the
/// sentence, less a closing "according to CCTV" or "TASS reported", which give the channel.
/// Only a resolved speaker makes indirect speech: without one the sentence is just narration.
struct IndirectSpeech: Sendable {
    let lexicon: SpeechCueLexicon
    let reader: AttributionReader
    let chars: [Unicode.Scalar]

    func quote(in pieces: [ClausePiece]) -> Quote? {
        if let quote = accordingTo(pieces) { return quote }
        for k in pieces.indices where pieces[k].kind == .word {
            guard let (cue, length) = lexicon.cue(at: k, in: pieces), cue.introducesIndirectSpeech,
                  cue.role == .speech || cue.role == .praise,
                  let attribution = reader.introducing(cue, at: k, length: length, limit: pieces.count, in: pieces),
                  let speaker = attribution.speaker else { continue }
            var start = attribution.lastPiece + 1
            if let closing = closingClause(speaker: speaker.span, cueEnd: start, in: pieces) {
                // "Putin and Xi spoke by video link on Tuesday, the Kremlin said."
                guard let (content, via) = content(from: ClausePieces.afterWireDateline(pieces), upTo: closing, in: pieces) else { continue }
                return Quote(speaker: speaker.entity, speakerSpan: speaker.span, text: text(content), kind: .indirect,
                             cue: attribution.cue, via: attribution.via ?? via, span: content)
            }
            if start < pieces.count, pieces[start].isComma || pieces[start].isPunctuation(":") { start += 1 }
            // "warned last month that …", "told reporters on Tuesday that …"
            if let that = pieces[start..<min(pieces.count, start + 6)].firstIndex(where: { $0.lower == "that" }),
               pieces[start..<that].allSatisfy({ $0.kind == .word && ($0.isCapitalized || lexicon.addressees.contains($0.lower)
                                                                          || lexicon.skippable.contains($0.lower)) }) {
                start = that + 1
            }
            guard let (content, via) = content(from: start, in: pieces) else { continue }
            return Quote(speaker: speaker.entity, speakerSpan: speaker.span, text: text(content), kind: .indirect,
                         cue: attribution.cue, via: attribution.via ?? via, span: content)
        }
        return nil
    }

    /// "According to Ushakov, Xi supported …": the phrase names the speaker of the whole sentence.
    private func accordingTo(_ pieces: [ClausePiece]) -> Quote? {
        guard let first = pieces.firstIndex(where: { $0.kind == .word }), first + 2 < pieces.count,
              pieces[first].lower == "according", pieces[first + 1].lower == "to",
              let comma = pieces[(first + 2)...].firstIndex(where: { $0.isClauseBreak }),
              let hit = reader.speakers.subject(in: pieces, range: (first + 2)..<comma),
              hit.lastPiece == comma - 1,
              let (content, via) = content(from: comma + 1, in: pieces) else { return nil }
        return Quote(speaker: hit.mention.entity, speakerSpan: hit.mention.span, text: text(content), kind: .indirect,
                     cue: "according to", via: via, span: content)
    }

    /// The comma that opens a sentence's closing attribution ("…, the Kremlin said." / "…, the
    /// Kremlin said, signalling …"): the speaker right after it and nothing reported after the cue.
    private func closingClause(speaker: Span, cueEnd: Int, in pieces: [ClausePiece]) -> Int? {
        guard let first = pieces.firstIndex(where: { $0.span.end > speaker.start }), first > 0 else { return nil }
        var comma = first - 1
        while comma > 0, pieces[comma].kind == .word, SpeakerMentions.leadingWords.contains(pieces[comma].lower) { comma -= 1 }
        guard pieces[comma].isComma, cueEnd >= pieces.count || pieces[cueEnd].kind == .punctuation else { return nil }
        return comma
    }

    /// The reported content from piece `start` to the sentence's end (or to `limit`), without a
    /// closing channel clause; nil when fewer than three words are left.
    private func content(from start: Int, upTo limit: Int? = nil, in pieces: [ClausePiece]) -> (Span, String?)? {
        var end = limit ?? pieces.count
        while end > start, pieces[end - 1].kind == .punctuation, pieces[end - 1].mark != ")" { end -= 1 }
        var via: String?
        // "…, according to state broadcaster CCTV." / "…, TASS reported." / "…, the Kremlin said."
        if let comma = pieces[start..<end].lastIndex(where: { $0.isComma }) {
            if let channel = reader.via(in: comma..<end, pieces) {
                via = channel
                end = comma
            } else if let reporter = closingReporter(comma + 1..<end, in: pieces) {
                via = reporter
                end = comma
            }
        }
        guard start < end, pieces[start..<end].filter({ $0.kind != .punctuation }).count >= 3 else { return nil }
        return (Span(start: pieces[start].span.start, end: pieces[end - 1].span.end), via)
    }

    /// "the Kremlin said" closing reported content that someone else is the subject of ("Putin told
    /// Xi that Moscow valued the partnership, the Kremlin said."): the one who passed it on.
    private func closingReporter(_ range: Range<Int>, in pieces: [ClausePiece]) -> String? {
        guard range.count >= 2, range.count <= 8,
              let k = range.first(where: { lexicon.cue(at: $0, in: pieces) != nil }), k > range.lowerBound,
              let (cue, length) = lexicon.cue(at: k, in: pieces), !cue.isParticiple,
              range.upperBound - (k + length) <= 3,
              range[range.lowerBound..<k].allSatisfy({ pieces[$0].kind == .word }) else { return nil }
        var lo = range.lowerBound
        while lo < k - 1, ["the", "a", "an"].contains(pieces[lo].lower) { lo += 1 }
        return ScalarString.make(chars[pieces[lo].span.start..<pieces[k - 1].span.end])
    }

    private func text(_ span: Span) -> String {
        ScalarString.make(chars[span.start..<span.end])
    }
}
