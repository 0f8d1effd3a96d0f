import Foundation

/// Class/id name fragments that tell article text from page furniture, loaded from
/// `lexicons/main-text-hints.json`.
struct MainTextHints: Sendable {
    var positive: [String]
    var negative: [String]
    var unlikely: [String]
    var invisibleTokens: Set<String>
    var invisibleFragments: [String]

    private struct File: Decodable {
        var positive: [String]; var negative: [String]; var unlikely: [String]
        var invisibleTokens: [String]; var invisibleFragments: [String]
    }

    static let standard: MainTextHints = {
        do {
            let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: ResourceFiles.url("lexicons/main-text-hints.json")))
            return MainTextHints(positive: file.positive, negative: file.negative, unlikely: file.unlikely,
                                 invisibleTokens: Set(file.invisibleTokens), invisibleFragments: file.invisibleFragments)
        } catch { fatalError("DatelineKit resource lexicons/main-text-hints.json is unreadable: \(error)") }
    }()

    /// What an element's names say about it, computed once per distinct name string.
    struct Verdict: Sendable {
        /// +25 for a name that says "article text", −25 for one that says "furniture" (both may apply).
        var weight: Double
        /// A region whose text is not the article even inside the article's container.
        var unlikely: Bool
        /// Hidden by the page's CSS (screen-reader text, hover pop-ups): a reader never sees its text.
        var invisible: Bool
        /// Named like the author line ("byline", "author-name").
        var byline: Bool = false
    }

    func verdict(_ names: String) -> Verdict {
        guard !names.isEmpty else { return Verdict(weight: 0, unlikely: false, invisible: false) }
        let bytes = Array(names.utf8)
        let positiveHit = positive.contains { Self.contains(bytes, $0) }
        var weight = 0.0
        if positiveHit { weight += 25 }
        if negative.contains(where: { Self.contains(bytes, $0) }) { weight -= 25 }
        let unlikelyHit = unlikely.contains { Self.contains(bytes, $0) }
            && !positive.contains { $0 != "page" && Self.contains(bytes, $0) }
        // Whole tokens, or tokens that start with a pop-up word ("rollover-people-block"): a feature flag
        // like "f_survey_popup_on" on <body> says nothing about the element itself.
        let invisible = names.split(separator: " ").contains { token in
            invisibleTokens.contains(String(token)) || invisibleFragments.contains { token.hasPrefix($0) }
        }
        let byline = Self.contains(bytes, "byline") || Self.contains(bytes, "author-name")
            || (Self.contains(bytes, " author") && !Self.contains(bytes, "author-bio") && !Self.contains(bytes, "authors-list"))
        return Verdict(weight: weight, unlikely: unlikelyHit, invisible: invisible, byline: byline)
    }

    /// Substring search on UTF-8 bytes (Foundation's `contains` is far too slow for thousands of elements).
    static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        var found = false
        needle.utf8.withContiguousStorageIfAvailable { n in
            guard n.count > 0, n.count <= haystack.count else { return }
            let first = n[0]
            var i = 0
            let last = haystack.count - n.count
            while i <= last {
                if haystack[i] == first {
                    var j = 1
                    while j < n.count, haystack[i + j] == n[j] { j += 1 }
                    if j == n.count { found = true; return }
                }
                i += 1
            }
        }
        return found
    }
}
