/// One token of a sentence as the temporal tagger sees it: a word (lower-cased), a number or a
/// punctuation mark, with its UTF-8 byte range in the document text.
struct TimeToken: Sendable {
    enum Kind: Sendable { case word, number, punctuation }
    var start: Int
    var end: Int
    var kind: Kind
    /// Lower-cased word, the digits of a number, or the punctuation mark ("'" for ’, "-" for dashes).
    var text: String
    /// First letter upper-case ("May" the month, not "may" the verb).
    var capitalized: Bool = false
    /// Value of a number token (1,500 → 1500; 1.5 → 1.5).
    var number: Double = 0
    /// Digits before any decimal point or thousands group ("2013" → 4).
    var digits: Int = 0
    /// What the lexicon knows of the word (`TimeLexicon.WordClass`), looked up once per token.
    var flags: UInt32 = 0
}

/// Splits a byte range of UTF-8 text into `TimeToken`s in one pass over the bytes.
enum TimeTokenizer {
    static func tokens(_ bytes: UnsafeBufferPointer<UInt8>, from lo: Int, to hi: Int) -> [TimeToken] {
        var out: [TimeToken] = []
        out.reserveCapacity((hi - lo) / 5)
        var i = lo
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 97 && (b | 0x20) <= 122 }
        @inline(__always) func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
        while i < hi {
            let b = bytes[i]
            if b == 32 || b == 10 || b == 13 || b == 9 { i += 1; continue }
            if b == 0xC2, i + 1 < hi, bytes[i + 1] == 0xA0 { i += 2; continue }  // no-break space
            if b == 0xE2, i + 2 < hi, bytes[i + 1] == 0x80 {
                let c = bytes[i + 2]
                let mark: String = c == 0x98 || c == 0x99 ? "'" : c == 0x9C || c == 0x9D ? "\"" : c >= 0x90 && c <= 0x95 ? "-" : "·"
                out.append(TimeToken(start: i, end: i + 3, kind: .punctuation, text: mark))
                i += 3
                continue
            }
            if isDigit(b) {
                var j = i, value = 0.0, digits = 0
                while j < hi, isDigit(bytes[j]) { value = value * 10 + Double(bytes[j] - 48); j += 1; digits += 1 }
                // Thousands groups "1,500" and decimals "1.5" belong to the number.
                while j + 3 < hi, bytes[j] == 44, isDigit(bytes[j + 1]), isDigit(bytes[j + 2]), isDigit(bytes[j + 3]),
                      j + 4 >= hi || !isDigit(bytes[j + 4]) {
                    value = value * 1000 + Double(bytes[j + 1] - 48) * 100 + Double(bytes[j + 2] - 48) * 10 + Double(bytes[j + 3] - 48)
                    j += 4
                }
                if j + 1 < hi, bytes[j] == 46, isDigit(bytes[j + 1]), digits <= 3 {
                    var scale = 0.1
                    j += 1
                    while j < hi, isDigit(bytes[j]) { value += Double(bytes[j] - 48) * scale; scale /= 10; j += 1 }
                }
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[i..<min(j, i + digits)]), as: UTF8.self)
                out.append(TimeToken(start: i, end: j, kind: .number, text: text, number: value, digits: digits))
                i = j
                continue
            }
            if isLetter(b) || b >= 0x80 {
                var j = i
                while j < hi, isLetter(bytes[j]) || (bytes[j] >= 0x80 && !(bytes[j] == 0xE2 || bytes[j] == 0xC2)) { j += 1 }
                if j == i { j = i + 1 }
                // "a.m.", "p.m": letters joined by dots become one word "am", "pm".
                if j - i == 1, j + 1 < hi, bytes[j] == 46, isLetter(bytes[j + 1]), j + 2 >= hi || !isLetter(bytes[j + 2]) {
                    let end = j + 2 < hi && bytes[j + 2] == 46 ? j + 3 : j + 2
                    let word = String(decoding: [b | 0x20, bytes[j + 1] | 0x20], as: UTF8.self)
                    out.append(TimeToken(start: i, end: end, kind: .word, text: word, capitalized: b < 97))
                    i = end
                    continue
                }
                // Words of up to 15 bytes become small strings, stored inline without a heap allocation;
                // no time word is longer, so longer words keep an empty text.
                let text = j - i > 15 ? "" : String(unsafeUninitializedCapacity: j - i) { out in
                    for k in i..<j { let c = bytes[k]; out[k - i] = c >= 65 && c <= 90 ? c | 0x20 : c }
                    return j - i
                }
                out.append(TimeToken(start: i, end: j, kind: .word, text: text, capitalized: b >= 65 && b <= 90))
                i = j
                continue
            }
            out.append(TimeToken(start: i, end: i + 1, kind: .punctuation, text: String(UnicodeScalar(b))))
            i += 1
        }
        return out
    }
}
