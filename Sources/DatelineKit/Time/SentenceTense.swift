/// The tense around a temporal expression, read from the nearest tense marker in its sentence:
/// "will", "said", past participles ending in "-ed". Decides which Tuesday "on Tuesday" means.
public enum SentenceTense: String, Sendable {
    case past, present, future, unknown

    /// The tense nearest to tokens `first..<last` of `tokens`, ignoring the expression's own words.
    static func around(_ first: Int, _ last: Int, in tokens: [TimeToken], lexicon: TimeLexicon) -> SentenceTense {
        var best = SentenceTense.unknown, bestDistance = Int.max
        // A window of a dozen tokens each side: enough for "said on Tuesday", bounded on run-on text.
        let lo = max(0, first - 12), hi = min(tokens.count, last + 12)
        for k in lo..<hi where tokens[k].kind == .word && (k < first || k >= last) {
            let token = tokens[k]
            let distance = k < first ? first - k : k - last + 1
            guard distance < bestDistance else { continue }
            if let tense = marker(token.text, at: k, in: tokens, lexicon: lexicon) {
                // A future marker wins over a past one at the same distance: "said it will meet on Friday".
                if distance == bestDistance, best == .future { continue }
                best = tense
                bestDistance = distance
            }
        }
        return best
    }

    private static func marker(_ w: String, at k: Int, in tokens: [TimeToken], lexicon: TimeLexicon) -> SentenceTense? {
        if lexicon.futureTense.contains(w) {
            // "would" after "said" is reported speech about the future; alone it is conditional.
            return .future
        }
        if w == "going", k + 1 < tokens.count, tokens[k + 1].text == "to" { return .future }
        if lexicon.pastTense.contains(w) { return .past }
        if w.count > 4, w.hasSuffix("ed"), !lexicon.notPastEd.contains(w) {
            // "has met", "is expected": an auxiliary before the participle sets the tense.
            if k > 0, ["is", "are", "be", "been", "being"].contains(tokens[k - 1].text) { return nil }
            if k > 0, ["has", "have"].contains(tokens[k - 1].text) { return .present }
            return .past
        }
        if lexicon.presentTense.contains(w) { return .present }
        return nil
    }
}
