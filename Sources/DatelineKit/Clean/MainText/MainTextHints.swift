import Foundation

/// Class/id name fragments that tell article text from page furniture, loaded from
/// `lexicons/main-text-hints.json`.
struct MainTextHints: Sendable {
    let positive: [String]
    let negative: [String]
    let unlikely: [String]
    var invisibleTokens: Set<String>
    var invisibleFragments: [String]
    /// `positive`, `negative` and `unlikely`, for `verdict`.
    private let fragments: Fragments

    init(positive: [String], negative: [String], unlikely: [String], invisibleTokens: Set<String>, invisibleFragments: [String]) {
        self.positive = positive
        self.negative = negative
        self.unlikely = unlikely
        self.invisibleTokens = invisibleTokens
        self.invisibleFragments = invisibleFragments
        fragments = Fragments([positive, negative, unlikely])
    }

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
        // All fragments in one pass over the names (each byte tries only the fragments it can start),
        // rather than one scan of the names per fragment.
        let found = fragments.find(in: bytes)
        let positiveHit = found[0].contains(true)
        var weight = 0.0
        if positiveHit { weight += 25 }
        if found[1].contains(true) { weight -= 25 }
        let unlikelyHit = found[2].contains(true) && !positive.indices.contains { positive[$0] != "page" && found[0][$0] }
        // Whole tokens, or tokens that start with a pop-up word ("rollover-people-block"): a feature flag
        // like "f_survey_popup_on" on <body> says nothing about the element itself.
        let invisible = names.split(separator: " ").contains { token in
            invisibleTokens.contains(String(token)) || invisibleFragments.contains { token.hasPrefix($0) }
        }
        let byline = Self.contains(bytes, "byline") || Self.contains(bytes, "author-name")
            || (Self.contains(bytes, " author") && !Self.contains(bytes, "author-bio") && !Self.contains(bytes, "authors-list"))
        return Verdict(weight: weight, unlikely: unlikelyHit, invisible: invisible, byline: byline)
    }

    /// Several lists of fragments searched together, indexed by first byte once.
    struct Fragments: Sendable {
        private let byFirst: [[(list: Int, index: Int, bytes: [UInt8])]]
        private let counts: [Int]

        init(_ lists: [[String]]) {
            var byFirst: [[(list: Int, index: Int, bytes: [UInt8])]] = Array(repeating: [], count: 256)
            for (l, list) in lists.enumerated() {
                for (k, fragment) in list.enumerated() {
                    let bytes = Array(fragment.utf8)
                    if let first = bytes.first { byFirst[Int(first)].append((l, k, bytes)) }
                }
            }
            self.byFirst = byFirst
            counts = lists.map(\.count)
        }

        /// For each list, for each fragment: does it occur in `haystack`? (An empty fragment never does.)
        func find(in haystack: [UInt8]) -> [[Bool]] {
            var found = counts.map { [Bool](repeating: false, count: $0) }
            for i in haystack.indices {
                for candidate in byFirst[Int(haystack[i])] where !found[candidate.list][candidate.index] {
                    let n = candidate.bytes
                    guard i + n.count <= haystack.count else { continue }
                    var j = 1
                    while j < n.count, haystack[i + j] == n[j] { j += 1 }
                    if j == n.count { found[candidate.list][candidate.index] = true }
                }
            }
            return found
        }
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
