/// Splits plain text into paragraphs. Scraped text comes two ways: one paragraph per line (often with
/// blank lines between), or hard-wrapped at ~72 columns with blank lines between paragraphs. Lines of a
/// hard-wrapped block are joined; otherwise every non-blank line is a paragraph, so a column of menu
/// items ("Once", "Monthly", "Annual") stays separable from the article.
public enum ParagraphSplitter {
    public static func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        for block in blocks(text) {
            let lines = block.map(trimmed).filter { !$0.isEmpty }
            if isHardWrapped(lines) {
                result.append(lines.joined(separator: " "))
            } else {
                result.append(contentsOf: lines)
            }
        }
        return result
    }

    /// Groups lines into blocks separated by blank lines (split on UTF-8 bytes: "\n" never occurs
    /// inside a multi-byte sequence).
    static func blocks(_ text: String) -> [[Substring]] {
        // Native strings are contiguous already; a bridged one is made so once, so every text
        // goes through the byte path.
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { Self.blocks(text, bytes: $0) }!
    }

    /// `blocks(text)` from the text's contiguous UTF-8: the line ends and blank tests on bytes, not
    /// through String indices and decoded scalars (every article's every byte passes here).
    private static func blocks(_ text: String, bytes: UnsafeBufferPointer<UInt8>) -> [[Substring]] {
        var blocks: [[Substring]] = []
        var current: [Substring] = []
        let utf8 = text.utf8
        var lineStart = 0
        var i = 0
        while i <= bytes.count {
            guard i == bytes.count || bytes[i] == 10 else { i += 1; continue }
            if isBlank(bytes, lineStart..<i) {
                if !current.isEmpty { blocks.append(current); current = [] }
            } else {
                // Byte offsets at a line break or the ends are scalar boundaries of the text.
                current.append(text[utf8.index(utf8.startIndex, offsetBy: lineStart)..<utf8.index(utf8.startIndex, offsetBy: i)])
            }
            lineStart = i + 1
            i += 1
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

    /// Whether a line's UTF-8 holds only scalars `isBlank(_: Unicode.Scalar)` calls blank (space,
    /// tab, carriage return, no-break space C2 A0, zero-width space E2 80 8B).
    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var p = range.lowerBound
        let end = range.upperBound
        while p < end {
            let b = bytes[p]
            if b == 0x20 || b == 0x09 || b == 0x0D {
                p += 1
            } else if b == 0xC2, p + 1 < end, bytes[p + 1] == 0xA0 {
                p += 2
            } else if b == 0xE2, p + 2 < end, bytes[p + 1] == 0x80, bytes[p + 2] == 0x8B {
                p += 3
            } else {
                return false
            }
        }
        return true
    }

    /// The line without surrounding spaces, tabs and no-break spaces.
    static func trimmed(_ line: Substring) -> String {
        let scalars = line.unicodeScalars
        guard let first = scalars.firstIndex(where: { !isBlank($0) }),
              let last = scalars.lastIndex(where: { !isBlank($0) }) else { return "" }
        // The same scalars as `String(scalars[first...last])`, copied as one run of bytes.
        return String(line[first..<scalars.index(after: last)])
    }

    static func isBlank(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\u{00A0}" || s == "\r" || s == "\u{200B}" }

    /// A block is hard-wrapped when its lines (but the last) are long and mostly stop mid-sentence.
    static func isHardWrapped(_ lines: [String]) -> Bool {
        guard lines.count >= 2 else { return false }
        let inner = lines.dropLast()
        guard inner.allSatisfy({ $0.unicodeScalars.count >= 40 && $0.unicodeScalars.count <= 100 }) else { return false }
        let midSentence = inner.filter { line in
            guard let last = line.unicodeScalars.last else { return false }
            return !".!?:\"\u{201D}".unicodeScalars.contains(last)
        }.count
        return midSentence * 10 >= inner.count * 7
    }
}

import Foundation
