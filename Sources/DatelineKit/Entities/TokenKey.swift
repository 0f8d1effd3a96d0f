/// A 64-bit key for a token's text that ignores ASCII case and the apostrophe's shape ("’s" = "'s"), so
/// the gazetteer compares tokens with one integer probe. Case is checked separately, per phrase.
enum TokenKey {
    static func of(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var i = bytes.startIndex
        while i < bytes.endIndex {
            var b = bytes[i]
            // ’ (E2 80 99) hashes as '
            if b == 0xE2, i + 2 < bytes.endIndex, bytes[i + 1] == 0x80, bytes[i + 2] == 0x99 {
                b = UInt8(ascii: "'"); i += 2
            } else if b >= 0x41, b <= 0x5A {
                b |= 0x20
            }
            hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3
            i += 1
        }
        return hash
    }

    /// The trie edge from `node` on a token key.
    @inline(__always) static func edge(_ node: Int32, _ key: UInt64) -> UInt64 {
        key ^ (UInt64(UInt32(bitPattern: node)) &* 0x9E37_79B9_7F4A_7C15)
    }
}

/// How a phrase token's letters must be written in the text: "the" any case, "China" capitalised,
/// "US" in capitals (so the pronoun "us" is not the United States).
enum CaseRule: UInt8 {
    case any, capitalized, allCaps

    static func of(_ word: Substring) -> CaseRule {
        let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
        guard let first = letters.first, first.properties.isUppercase else { return .any }
        if letters.count > 1, letters.allSatisfy({ $0.properties.isUppercase }) { return .allCaps }
        return .capitalized
    }

    func accepts(_ token: DocumentToken) -> Bool {
        switch self {
        case .any: return true
        case .capitalized: return token.initial == .upper
        case .allCaps: return token.allCaps
        }
    }
}
