/// Sentence bounds for the quote layer, where every quoted stretch is one opaque unit: a sentence
/// inside a quotation does not end the sentence that carries it (“… interests. This creates …,”
/// Putin was reported as saying). A quotation that ends with a full stop ends its sentence
/// (“We face the same tasks.” Next sentence …).
enum QuoteSentences {
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "sen", "rep", "gov", "st", "jr", "sr",
        "prof", "no", "vs", "etc", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "inc", "corp", "co", "ltd", "adm", "pres", "amb",
    ]

    static let longestAbbreviation = abbreviations.map(\.count).max() ?? 0

    static func bounds(chars: [Unicode.Scalar], stretches: [QuotedStretch]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        let n = chars.count
        var start = 0
        var s = 0
        var i = 0
        func end(at boundary: Int) {
            var lo = start, hi = boundary
            while lo < hi, QuoteText.isSpace(chars[lo]) { lo += 1 }
            while hi > lo, QuoteText.isSpace(chars[hi - 1]) { hi -= 1 }
            if lo < hi { sentences.append(lo..<hi) }
            start = boundary
        }
        while i < n {
            if s < stretches.count, stretches[s].open == i {
                let stretch = stretches[s]
                s += 1
                i = stretch.close + 1
                let last = stretch.pieces.last.map { chars[$0.end - 1] } ?? " "
                if last == ".", startsSentence(after: i, chars: chars) { end(at: i) }
                continue
            }
            let c = chars[i]
            if c == "\n" {
                end(at: i)
                i += 1
                continue
            }
            if QuoteText.isSentenceEnd(c) {
                var j = i + 1
                while j < n, chars[j] == ")" || chars[j] == "]" { j += 1 }
                if (j >= n || QuoteText.isSpace(chars[j])), !isAbbreviation(before: i, chars: chars),
                   startsSentence(after: j, chars: chars) {
                    end(at: j)
                    i = j
                    continue
                }
            }
            i += 1
        }
        end(at: n)
        return sentences
    }

    /// After spaces: the end, a new line, a capital, a digit or an opening mark.
    private static func startsSentence(after index: Int, chars: [Unicode.Scalar]) -> Bool {
        var j = index
        while j < chars.count, chars[j] == " " || chars[j] == "\t" { j += 1 }
        guard j < chars.count else { return true }
        if j == index, chars[j] != "\n" { return false }
        let c = chars[j]
        return c == "\n" || QuoteText.isUppercase(c) || (c >= "0" && c <= "9") || QuoteMark.isQuoteMark(c) || c == "("
    }

    private static func isAbbreviation(before dot: Int, chars: [Unicode.Scalar]) -> Bool {
        guard chars[dot] == "." else { return false }
        var k = dot
        while k > 0, QuoteText.isWordScalar(chars[k - 1]) || chars[k - 1] == "." { k -= 1 }
        let scalars = chars[k..<dot]
        if scalars.contains(".") { return true }  // "U.S", "U.N"
        // ASCII words (nearly all) are read without building a String first.
        if scalars.allSatisfy({ $0.isASCII }) {
            if scalars.count == 1, scalars.first!.properties.isAlphabetic { return true }  // initials: "J. Biden"
            guard scalars.count >= 2, scalars.count <= longestAbbreviation else { return false }
        }
        let word = String(String.UnicodeScalarView(scalars)).lowercased()
        if word.count == 1, word.unicodeScalars.first!.properties.isAlphabetic { return true }
        return abbreviations.contains(word)
    }
}
