/// Recognises a headline line at the top of a plain-text article: short, no sentence-final period,
/// no trailing colon or comma — "Putin and Xi Tout Growing Partnership During Video Call".
enum Headline {
    /// `words`: the paragraph's words when already read (`ParagraphWords(paragraph)`).
    static func looksLikeHeadline(_ paragraph: String, words read: ParagraphWords? = nil) -> Bool {
        let words = read ?? ParagraphWords(Substring(paragraph))
        guard (2...25).contains(words.all.count) else { return false }
        guard let last = paragraph.unicodeScalars.last(where: { !$0.properties.isWhitespace }) else { return false }
        if last == "." || last == ":" || last == "," || last == ";" { return false }
        if WireDateline.parse(paragraph) != nil { return false }
        // Most headline words are capitalised, or it is sentence-case but short.
        let capitalised = words.capitalised.filter { $0 }.count
        return words.capitalised.first == true && (capitalised * 2 >= words.all.count || words.all.count <= 14)
    }
}
