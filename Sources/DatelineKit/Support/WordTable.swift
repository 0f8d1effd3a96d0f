/// A lexicon's words and their indices, for lookups made once per token: the FNV-1a hash of the
/// word's UTF-8 picks a `KeyTable` slot and the word found there is compared, so no SipHash runs.
/// String equality is canonical equivalence, which bytes alone cannot decide: a word with
/// non-ASCII bytes (or every word, when the lexicon holds a non-ASCII one) goes to a Dictionary,
/// and the answer is always the Dictionary's.
struct WordTable: Sendable {
    private var table: KeyTable
    private var words: [String] = []
    private var byWord: [String: Int32] = [:]
    /// Every lexicon word is ASCII (and their hashes differ): an ASCII query equals one only byte for byte.
    private var asciiLexicon = true

    /// `words[i]` gets index i; a repeated word keeps its first index.
    init(_ words: [String]) {
        table = KeyTable(minimumCapacity: words.count)
        for word in words where byWord[word] == nil {
            byWord[word] = Int32(self.words.count)
            let hash = Self.hash(word).hash
            // Two words with one hash (never seen, but possible): the Dictionary answers for all.
            if table.contains(hash) { asciiLexicon = false }
            table.set(hash, Int32(self.words.count))
            self.words.append(word)
            if !ASCIIText.isASCII(word) { asciiLexicon = false }
        }
    }

    /// FNV-1a over the UTF-8, and whether every byte was ASCII.
    @inline(__always) static func hash(_ word: String) -> (hash: UInt64, ascii: Bool) {
        // The word's contiguous bytes (a small string's too) are read faster than through the view's index.
        if let answer = word.utf8.withContiguousStorageIfAvailable({ Self.hash($0) }) { return answer }
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var high: UInt8 = 0
        for b in word.utf8 { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3; high |= b }
        return (hash, high < 0x80)
    }

    @inline(__always) static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, ascii: Bool) {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var high: UInt8 = 0
        for b in bytes { hash = (hash ^ UInt64(b)) &* 0x100_0000_01B3; high |= b }
        return (hash, high < 0x80)
    }

    init<S: Sequence>(set words: S) where S.Element == String { self.init(Array(words)) }

    func contains(_ word: String) -> Bool { index(of: word) != nil }

    func index(of word: String) -> Int? {
        let (hash, ascii) = Self.hash(word)
        guard ascii, asciiLexicon else { return byWord[word].map(Int.init) }
        guard let i = table[hash], words[Int(i)] == word else { return nil }
        return Int(i)
    }
}
