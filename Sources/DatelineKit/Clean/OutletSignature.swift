/// Finds the outlet's own name in its boilerplate: "A Message from The Moscow Times:",
/// "Support The Moscow Times!", "By supporting The Moscow Times, you're…".
enum OutletSignature {
    /// The name most often signed across `paragraphs`, if any.
    static func outlet(in paragraphs: [Substring], lexicon: BoilerplateLexicon) -> String? {
        outlet(inWords: paragraphs.map { ParagraphWords($0) }, lexicon: lexicon)
    }

    /// The same from the paragraphs' words (the cleaner has them from the boilerplate classifier).
    static func outlet(inWords paragraphs: [ParagraphWords], lexicon: BoilerplateLexicon) -> String? {
        var counts: [String: Int] = [:]
        for words in paragraphs {
            // Only words that open some signature are tried (one table probe per word).
            for i in words.all.indices where lexicon.roles(of: words.all[i])?.contains(.signatureStart) == true {
                for signature in lexicon.outletSignatures where words.all[i] == signature[0]
                    && BoilerplateLexicon.matches(signature, in: words.all, at: i) {
                    if let name = name(in: words, from: i + signature.count) { counts[name, default: 0] += 1 }
                }
            }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }

    /// The capitalised name starting at word `start` ("The Moscow Times"), joiners allowed inside.
    /// A leading year is skipped ("Copyright 2023 The Associated Press. All rights reserved." → "The
    /// Associated Press") and the name ends at punctuation.
    static func name(in words: ParagraphWords, from first: Int) -> String? {
        var start = first
        while start < words.all.count, words.isNumber(start) { start += 1 }
        guard start < words.all.count, words.capitalised[start], !words.isNumber(start) else { return nil }
        var end = start
        while end < words.all.count, words.capitalised[end] || CapitalisedNames.joiners.contains(words.all[end]) {
            end += 1
            if words.clauseBreak(after: end - 1) { break }
        }
        while end > start, !words.capitalised[end - 1] { end -= 1 }
        // A pronoun is not a name: "Support Us".
        guard !(end - start == 1 && ["us", "we", "our"].contains(words.all[start])) else { return nil }
        return (start..<end).map(words.written).joined(separator: " ")
    }
}
