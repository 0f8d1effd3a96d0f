/// Splits plain text into paragraphs. Scraped text comes two ways: one paragraph per line (often with
/// blank lines between), or hard-wrapped at ~72 columns with blank lines between paragraphs. Lines of a
/// hard-wrapped block are joined; otherwise every non-blank line is a paragraph, so a column of menu
/// items ("Once", "Monthly", "Annual") stays separable from the article.
public enum ParagraphSplitter {
    public static func paragraphs(_ text: String) -> [String] {
        var result: [String] = []
        for block in blocks(text) {
            let lines = block.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if isHardWrapped(lines) {
                result.append(lines.joined(separator: " "))
            } else {
                result.append(contentsOf: lines)
            }
        }
        return result
    }

    /// Groups lines into blocks separated by blank lines.
    static func blocks(_ text: String) -> [[Substring]] {
        var blocks: [[Substring]] = []
        var current: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\u{00A0}" }) {
                if !current.isEmpty { blocks.append(current); current = [] }
            } else {
                current.append(line)
            }
        }
        if !current.isEmpty { blocks.append(current) }
        return blocks
    }

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
