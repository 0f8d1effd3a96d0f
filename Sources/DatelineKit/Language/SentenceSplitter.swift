/// Finds sentences and paragraphs over the tokenizer's tokens.
///
/// A sentence ends at a terminator (". ! ? …") followed by something that can start a sentence: a capital,
/// a digit, an opening quote or bracket. Closing quotes and brackets right after the terminator stay with
/// the sentence they close ("…nations." → the quote belongs to the first sentence). Titles and initials
/// ("Gen.", "Jan.", "W.") never end a sentence; other abbreviations ("U.S.") end one only when a usual
/// sentence opener follows ("…in the U.S. The talks…"). A blank line ends the sentence and the
/// paragraph; a single line break ends the sentence unless the next line continues in lower case.
///
/// ```swift
/// let split = SentenceSplitter().split("Mr. Xi met Gen. Li. They talked.")
/// // split.sentences.count == 2
/// ```
public struct SentenceSplitter: Sendable {
    public var tokenizer: Tokenizer

    public init(tokenizer: Tokenizer = Tokenizer()) {
        self.tokenizer = tokenizer
    }

    /// Sentences, and tokens that know their sentence.
    public struct Split: Sendable {
        public var sentences: [Sentence]
        public var tokens: [Token]
        /// The tokenizer's tokens (byte offsets, roles), index for index with `tokens`.
        public var lexical: [LexicalToken]
    }

    public func split(_ text: String) -> Split {
        var text = text
        return text.withUTF8 { buf in
            let lexical = tokenizer.tokens(in: buf)
            return split(lexical, in: buf)
        }
    }

    func split(_ lexical: [LexicalToken], in buf: UnsafeBufferPointer<UInt8>) -> Split {
        var sentences: [Sentence] = []
        var tokens: [Token] = []
        tokens.reserveCapacity(lexical.count)
        var paragraph = 0
        var start = 0  // first token of the open sentence
        var breakBefore: Int? = nil  // the token a terminator decided starts a new sentence
        func close(before end: Int) {
            guard end > start else { return }
            sentences.append(Sentence(span: Span(start: lexical[start].span.start, end: lexical[end - 1].span.end),
                                      paragraph: paragraph))
            start = end
        }
        for (index, token) in lexical.enumerated() {
            if index > start {
                if token.newlinesBefore >= 2 {
                    close(before: index)
                } else if token.newlinesBefore == 1, !continuesLine(lexical[index - 1], token) {
                    close(before: index)
                } else if breakBefore == index {
                    close(before: index)
                }
            }
            if token.newlinesBefore >= 2, index > 0 { paragraph += 1 }
            tokens.append(Token(span: token.span, kind: token.kind, sentence: sentences.count))
            if token.role == .terminator || token.role == .abbreviation,
               let next = boundaryAfter(index, in: lexical, buf: buf) {
                breakBefore = next
            }
        }
        close(before: lexical.count)
        return Split(sentences: sentences, tokens: tokens, lexical: lexical)
    }

    /// A line break inside a sentence: the next line goes on in lower case after a word or comma.
    private func continuesLine(_ previous: LexicalToken, _ token: LexicalToken) -> Bool {
        token.initial == .lower && previous.role != .terminator && previous.role != .closer
    }

    /// The index of the token that starts a new sentence after the terminator or abbreviation at
    /// `index`, or nil when the sentence goes on.
    private func boundaryAfter(_ index: Int, in lexical: [LexicalToken], buf: UnsafeBufferPointer<UInt8>) -> Int? {
        var next = index + 1
        // closing quotes and brackets glued to the terminator close this sentence: `nations."` `(ties.)`
        while next < lexical.count, !lexical[next].spaceBefore,
              lexical[next].role == .closer || lexical[next].role == .quote {
            next += 1
        }
        guard next < lexical.count else { return nil }
        let following = lexical[next]
        guard following.newlinesBefore == 0 else { return nil }  // line breaks decide on their own
        var opener = following
        if following.role == .opener || following.role == .quote, next + 1 < lexical.count {
            opener = lexical[next + 1]
        }
        if lexical[index].role == .abbreviation {
            // "U.S. officials" goes on; "in the U.S. The talks" ends
            guard following.initial == .upper else { return nil }
            let word = Array(buf[following.bytes])
            return tokenizer.abbreviations.sentenceStarters.contains(word) ? next : nil
        }
        switch following.role {
        case .opener, .quote:
            return opener.initial == .lower ? nil : next
        case .closer, .terminator:
            return nil
        default:
            break
        }
        if following.kind == .punctuation { return nil }  // "…, " ": " go on
        // "Why?" he asked — lower case goes on; capitals, digits and symbols start a new sentence
        return following.initial == .lower ? nil : next
    }
}
