/// The overlapping word k-grams ("shingles") of a text, as 64-bit hashes. Two copies of one wire story
/// with different footers share most of their shingles, so their shingle sets have a high Jaccard
/// similarity. Words are runs of letters and digits, compared case-insensitively (ASCII folded;
/// non-ASCII bytes count as letters so other scripts shingle too).
public enum WordShingles {
    /// Words per shingle: long enough that shared stock phrases ("the Kremlin said") do not make two
    /// different stories look alike, short enough that an edited sentence only spoils a few shingles.
    public static let wordsPerShingle = 5

    /// Hashes of every shingle in `text`; a text shorter than one shingle yields one shingle of all its words.
    public static func hashes(_ text: String) -> [UInt64] {
        let words = wordHashes(text)
        guard !words.isEmpty else { return [] }
        let k = min(wordsPerShingle, words.count)
        var shingles: [UInt64] = []
        shingles.reserveCapacity(words.count - k + 1)
        for start in 0...(words.count - k) {
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            for w in words[start..<(start + k)] {
                h = (h ^ w) &* 0x0000_0100_0000_01B3
                h ^= h >> 31
            }
            shingles.append(h)
        }
        return shingles
    }

    /// FNV-1a hash of each word, in order.
    static func wordHashes(_ text: String) -> [UInt64] {
        var hashes: [UInt64] = []
        var text = text
        text.withUTF8 { bytes in
            var h: UInt64 = 0xCBF2_9CE4_8422_2325
            var inWord = false
            for byte in bytes {
                var b = byte
                let isWordByte: Bool
                switch b {
                case 0x30...0x39, 0x61...0x7A, 0x80...0xFF: isWordByte = true
                case 0x41...0x5A: isWordByte = true; b |= 0x20
                default: isWordByte = false
                }
                if isWordByte {
                    h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3
                    inWord = true
                } else if inWord {
                    hashes.append(h)
                    h = 0xCBF2_9CE4_8422_2325
                    inWord = false
                }
            }
            if inWord { hashes.append(h) }
        }
        return hashes
    }
}
