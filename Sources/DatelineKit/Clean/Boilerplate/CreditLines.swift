/// Photo credits ("Sergei Bobylev / TASS", "kremlin.ru", "Photo: Reuters") and contribution lines
/// ("AFP contributed reporting.") — short lines that credit someone rather than report news.
struct CreditLines {
    let lexicon: BoilerplateLexicon

    /// `lower` is the paragraph's `LoweredParagraph` form.
    func isPhotoCredit(lowered lower: String, words: ParagraphWords) -> Bool {
        guard words.all.count <= 8, !words.endsLikeSentence || words.all.count <= 3 else { return false }
        if opensWithPhotoPrefix(lower) { return true }
        if lexicon.photoSuffixes.contains(where: { lower.hasSuffix($0) }) { return true }
        if lexicon.photoAgencies.contains(lower) { return true }
        // "Name Surname / AGENCY": a slash between spaces separates photographer and agency.
        if !words.endsLikeSentence, ByteSearch.contains(lower, " / ") { return true }
        return Self.isBareDomain(lower)
    }

    /// "Photo: Russian President Vladimir Putin speaks … Gavriil Grigorov / Sputnik": a caption that
    /// opens with a photo label, up to a long paragraph's length.
    func isPhotoCaption(lowered lower: String, words: ParagraphWords) -> Bool {
        guard words.all.count <= 60 else { return false }
        return opensWithPhotoPrefix(lower)
    }

    /// `lexicon.photoPrefixes.contains { lower.hasPrefix($0) }`, asked of nearly every paragraph.
    /// When the prefixes are ASCII without "\r" and the paragraph's opening bytes (one past the
    /// longest prefix) are ASCII, Characters there are single bytes, so comparing bytes gives the
    /// same answer; otherwise the Character comparison decides.
    private func opensWithPhotoPrefix(_ lower: String) -> Bool {
        if let prefixes = lexicon.photoPrefixBytes, let answer = lower.utf8.withContiguousStorageIfAvailable({ bytes -> Bool? in
            let opening = min(bytes.count, lexicon.longestPhotoPrefix + 1)
            for k in 0..<opening where bytes[k] >= 0x80 { return nil }
            return prefixes.contains { prefix in prefix.count <= bytes.count && prefix.indices.allSatisfy { bytes[$0] == prefix[$0] } }
        }), let answer {
            return answer
        }
        return lexicon.photoPrefixes.contains { lower.hasPrefix($0) }
    }

    /// "kremlin.ru", "www.example.com": one token with a dot between letters and a known-looking TLD part.
    static func isBareDomain(_ lower: String) -> Bool {
        guard !lower.utf8.contains(32), lower.count >= 4 else { return false }
        let parts = lower.split(separator: ".")
        guard parts.count >= 2, let tld = parts.last, (2...6).contains(tld.count),
              tld.allSatisfy({ $0.isLetter }) else { return false }
        return parts.allSatisfy { part in !part.isEmpty && part.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }
    }

    /// The agencies credited by a contribution line, or nil when the paragraph is not one.
    func contributors(_ text: Substring, words: ParagraphWords) -> [String]? {
        guard words.all.count <= 30, words.all.contains(where: { lexicon.roles(of: $0)?.contains(.contributionStart) == true }),
              lexicon.contributionPhrases.contains(where: { lexicon.containsPhrase($0, in: words.all) }) else { return nil }
        return agencies(in: text)
    }

    /// The organisations a contribution line credits: "Xinhua and AFP contributed reporting" → Xinhua, AFP;
    /// "Associated Press writer Selin Aydemir in Ankara contributed" → Associated Press; "(With inputs from
    /// PTI)" → PTI. "Reporting by Daria Volkova; editing by …" credits people, not agencies: none.
    func agencies(in text: Substring) -> [String] {
        let lower = text.lowercased()
        var segment: Substring
        if let contributed = lower.range(of: "contributed") {
            let before = text[..<contributed.lowerBound]
            let start = before.lastIndex(where: { ".;".contains($0) }).map { before.index(after: $0) } ?? before.startIndex
            segment = before[start...]
        } else if let from = lower.range(of: "inputs from") ?? lower.range(of: "input from") ?? lower.range(of: "reporting from") {
            segment = text[from.upperBound...]
        } else {
            return []
        }
        // Staff of an agency: keep only the agency ("Associated Press writer …").
        let words = segment.split(separator: " ")
        if let staff = words.firstIndex(where: { lexicon.staffWords.contains($0.lowercased()) }) {
            segment = Substring(words[..<staff].joined(separator: " "))
        }
        var names: [String] = []
        for name in CapitalisedNames.find(in: segment) {
            // "Chen Mei in Beijing": a place, not a contributor.
            if segment.range(of: " in " + name) != nil { continue }
            for part in name.components(separatedBy: " and ") where !part.isEmpty && !names.contains(part) {
                names.append(part)
            }
        }
        return names
    }
}

/// Sequences of capitalised words ("The Moscow Times", "AFP", "Agence France-Presse"), allowing short
/// lower-case joiners inside a name ("Committee of the Party").
enum CapitalisedNames {
    static let joiners: Set<String> = ["of", "the", "and", "for", "de", "du", "&"]

    static func find(in text: Substring) -> [String] {
        var names: [String] = []
        var current: [Substring] = []
        func flush() {
            while let last = current.last, joiners.contains(last.lowercased()) { current.removeLast() }
            if !current.isEmpty { names.append(current.joined(separator: " ")) }
            current = []
        }
        for raw in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) {
            let word = raw.trimmingCharacters(in: CharacterSet(charactersIn: ".,:;!?()\"“”‘’'"))
            guard let first = word.unicodeScalars.first else { flush(); continue }
            let endsClause = raw.last.map { ",.:;!?)".contains($0) } ?? false
            if first.properties.isUppercase || first == "©" {
                current.append(Substring(word))
            } else if !current.isEmpty, joiners.contains(word.lowercased()) {
                current.append(Substring(word))
            } else {
                flush()
            }
            if endsClause { flush() }
        }
        flush()
        return names
    }
}

import Foundation
