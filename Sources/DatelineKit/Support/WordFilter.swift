/// A 16,384-bit filter over a lexicon's words, keyed by each word's first two UTF-8 bytes and its
/// length: "no" means the word is surely not in the lexicon, "maybe" sends it on to the dictionary.
/// Most words of a sentence start no trigger or cue, and a bit test costs less than hashing them.
/// Only ASCII words are ever answered "no": String equality is canonical equivalence, so a word
/// written with other bytes may still equal a lexicon word, and those go to the dictionary.
struct WordFilter: Sendable {
    private var bits = [UInt64](repeating: 0, count: 256)

    init<S: Sequence>(_ words: S) where S.Element == String {
        for word in words {
            let bit = Self.bit(word)
            bits[bit >> 6] |= 1 << UInt64(bit & 63)
        }
    }

    @inline(__always) static func bit(_ text: String) -> Int {
        let utf8 = text.utf8
        var bytes = utf8.makeIterator()
        return bit(bytes.next() ?? 0, bytes.next() ?? 0, utf8.count)
    }

    /// The bit of a word from its first two bytes (0 where it has fewer) and its length in bytes.
    @inline(__always) static func bit(_ b0: UInt8, _ b1: UInt8, _ count: Int) -> Int {
        let key = UInt64(b0) | UInt64(b1) << 8 | UInt64(count) << 16
        return Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 50)
    }

    /// Whether `text` may be one of the words (never false for one of them).
    @inline(__always) func mayContain(_ text: String) -> Bool {
        // One pass over the word's contiguous bytes (small strings too) for both questions.
        if let answer = text.utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
            guard ASCIIText.isASCII(bytes) else { return true }
            let bit = Self.bit(bytes.count > 0 ? bytes[0] : 0, bytes.count > 1 ? bytes[1] : 0, bytes.count)
            return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
        }) { return answer }
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return true }
        let bit = Self.bit(text)
        return bits[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }
}
