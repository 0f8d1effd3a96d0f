import Foundation

/// Finds the outlet's own name in its boilerplate: "A Message from The Moscow Times:",
/// "Support The Moscow Times!", "By supporting The Moscow Times, you're…".
enum OutletSignature {
    /// The name most often signed across `paragraphs`, if any.
    static func outlet(in paragraphs: [Substring], lexicon: BoilerplateLexicon) -> String? {
        var counts: [String: Int] = [:]
        for paragraph in paragraphs {
            let lower = paragraph.lowercased()
            for signature in lexicon.outletSignatures {
                let phrase = signature.joined(separator: " ") + " "
                var searchStart = lower.startIndex
                while let found = lower.range(of: phrase, range: searchStart..<lower.endIndex) {
                    searchStart = found.upperBound
                    // Word boundary before the phrase ("by supporting", not "supporting" inside a word).
                    if found.lowerBound > lower.startIndex, lower[lower.index(before: found.lowerBound)].isLetter { continue }
                    let offset = lower.distance(from: lower.startIndex, to: found.upperBound)
                    guard offset < paragraph.count else { continue }
                    let rest = paragraph[paragraph.index(paragraph.startIndex, offsetBy: offset)...]
                    guard rest.first?.isUppercase == true, let name = CapitalisedNames.find(in: rest).first,
                          rest.hasPrefix(name.split(separator: " ").first ?? "") else { continue }
                    counts[name, default: 0] += 1
                }
            }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key > b.key }?.key
    }
}
