/// Byte ranges of a document's sentences: from the sentence layer when a stage has filled it, or
/// else a simple split at sentence-final punctuation and blank lines, so the time layer works on
/// its own too.
enum SentenceRanges {
    static func ranges(of annotated: AnnotatedDocument, offsets: TextOffsets, byteCount: Int) -> [Range<Int>] {
        if !annotated.layers.sentences.isEmpty {
            return annotated.layers.sentences.compactMap { s in
                let lo = min(max(offsets.byteOffset(ofScalar: s.span.start), 0), byteCount)
                let hi = min(max(offsets.byteOffset(ofScalar: s.span.end), lo), byteCount)
                return lo < hi ? lo..<hi : nil
            }
        }
        return Array(annotated.document.text.utf8).withUnsafeBufferPointer { simpleSplit($0) }
    }

    /// Splits at ". ", "! ", "? " (not after a single capital, "U.S." or a month abbreviation) and at newlines.
    static func simpleSplit(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0, i = 0
        let n = bytes.count
        func close(_ end: Int) {
            if end > start { out.append(start..<end) }
            start = end
        }
        while i < n {
            let b = bytes[i]
            if b == 10 {
                close(i)
                start = i + 1
            } else if (b == 46 || b == 33 || b == 63), i + 1 < n, bytes[i + 1] == 32 || bytes[i + 1] == 10 {
                // "Jan. 21", "U.S. officials", "Mr. Putin": a short word before the dot is an abbreviation.
                var k = i - 1
                while k >= start, (bytes[k] | 0x20) >= 97, (bytes[k] | 0x20) <= 122 { k -= 1 }
                let wordLength = i - 1 - k
                let next = i + 2 < n ? bytes[i + 2] : 0
                let abbreviation = b == 46 && (wordLength == 1 || wordLength <= 3 && wordLength > 0 && bytes[k + 1] < 97 || (next >= 48 && next <= 57) || (next >= 97 && next <= 122))
                if !abbreviation { close(i + 1) }
            }
            i += 1
        }
        close(n)
        return out
    }
}
