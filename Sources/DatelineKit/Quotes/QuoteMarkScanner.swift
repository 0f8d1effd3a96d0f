/// Pairs quotation marks into quoted stretches, one linear pass per mark family.
///
/// Double marks are paired first; single marks second, in the text outside double stretches (so
/// ‘belt’ inside a “…” quote stays nested, and a British ‘…’ quote may hold a “…” one). A mark left
/// open at a paragraph's end continues only when the next paragraph opens with a mark of the same
/// family (news style for long quotes); otherwise it was never closed and is dropped, so one stray
/// mark cannot swallow the rest of an article.
struct QuoteMarkScanner: Sendable {
    func stretches(in chars: [Unicode.Scalar]) -> [QuotedStretch] {
        let doubles = pair(.double, in: chars, skipping: [])
        let singles = pair(.single, in: chars, skipping: doubles)
        // Keep the outermost: a double stretch inside a single one is nested in it, and vice versa.
        let all = (doubles + singles).sorted { $0.open < $1.open }
        var kept: [QuotedStretch] = []
        for stretch in all {
            if let last = kept.last, stretch.open > last.open, stretch.close < last.close { continue }
            kept.append(stretch)
        }
        return kept
    }

    private struct OpenQuote {
        var open: Int
        var pieces: [Span] = []
        var pieceStart: Int
    }

    private func pair(_ family: QuoteMark.Family, in chars: [Unicode.Scalar], skipping inner: [QuotedStretch]) -> [QuotedStretch] {
        var result: [QuotedStretch] = []
        var current: OpenQuote?
        var innerIndex = 0
        var i = 0
        let n = chars.count
        while i < n {
            // Stretches of the other family are opaque here (but a stretch of ours may span them).
            while innerIndex < inner.count, inner[innerIndex].close < i { innerIndex += 1 }
            if innerIndex < inner.count, inner[innerIndex].open == i {
                i = inner[innerIndex].close + 1
                continue
            }
            let c = chars[i]
            if c == "\n" {
                guard var open = current else { i += 1; continue }
                var j = i
                while j < n, QuoteText.isSpace(chars[j]) { j += 1 }
                if j < n, let mark = QuoteMark(chars[j]), mark.family == family, mark.shape != .closing {
                    // "… first paragraph \n\n “Second paragraph …”": the quote goes on.
                    if let piece = trimmed(open.pieceStart..<i, chars) { open.pieces.append(piece) }
                    open.pieceStart = j + 1
                    current = open
                    i = j + 1
                } else {
                    current = nil
                    i += 1
                }
                continue
            }
            // Every mark is '"', ''' or at U+00AB and above: letters, digits and other ASCII
            // punctuation (nearly every scalar, in two passes) are turned away with one test.
            if c.value != 0x22, c.value != 0x27, c.value < 0xAB { i += 1; continue }
            guard let mark = QuoteMark(c), mark.family == family else { i += 1; continue }
            let before: Unicode.Scalar = i > 0 ? chars[i - 1] : "\n"
            let after: Unicode.Scalar = i + 1 < n ? chars[i + 1] : "\n"
            let canOpen = QuoteText.opensBefore(before) && !QuoteText.isSpace(after)
            let canClose = !QuoteText.isSpace(before) && !QuoteText.isWordScalar(after)
            if var open = current {
                let closes: Bool
                switch mark.shape {
                case .closing: closes = family == .double || canClose
                case .either: closes = canClose || !canOpen
                case .opening: closes = canClose && !canOpen
                }
                if closes {
                    if let piece = trimmed(open.pieceStart..<i, chars) { open.pieces.append(piece) }
                    if !open.pieces.isEmpty {
                        result.append(QuotedStretch(open: open.open, close: i, pieces: open.pieces, family: family))
                    }
                    current = nil
                } else if mark.shape == .opening, family == .double {
                    // A second “ before any ”: the first was never closed.
                    current = OpenQuote(open: i, pieceStart: i + 1)
                }
            } else {
                let opens: Bool
                switch (family, mark.shape) {
                case (.double, .opening): opens = !QuoteText.isSpace(after)
                case (.double, _): opens = canOpen && !canClose
                // A single mark opens only before a word: "‘belt’", "'Strengthening'", not "’90s" after a letter.
                case (.single, .opening): opens = QuoteText.isWordScalar(after)
                case (.single, .either): opens = canOpen && QuoteText.isWordScalar(after)
                case (.single, .closing): opens = false
                }
                if opens { current = OpenQuote(open: i, pieceStart: i + 1) }
            }
            i += 1
        }
        return result
    }

    private func trimmed(_ range: Range<Int>, _ chars: [Unicode.Scalar]) -> Span? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi, QuoteText.isSpace(chars[lo]) { lo += 1 }
        while hi > lo, QuoteText.isSpace(chars[hi - 1]) { hi -= 1 }
        return lo < hi ? Span(start: lo, end: hi) : nil
    }
}
