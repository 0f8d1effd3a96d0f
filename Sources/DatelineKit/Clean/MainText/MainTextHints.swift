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

    /// +25 for a name that says "article text", −25 for one that says "furniture" (both may apply).
    func weight(_ names: String) -> Double {
        guard !names.isEmpty else { return 0 }
        var w = 0.0
        if positive.contains(where: names.contains) { w += 25 }
        if negative.contains(where: names.contains) { w -= 25 }
        return w
    }

    /// Elements the page's CSS hides (screen-reader text, hover pop-ups): a reader never sees their text.
    func isInvisible(_ names: String) -> Bool {
        guard !names.isEmpty else { return false }
        // Whole tokens, or tokens that start with a pop-up word ("rollover-people-block"): a feature flag
        // like "f_survey_popup_on" on <body> says nothing about the element itself.
        return names.split(separator: " ").contains { token in
            invisibleTokens.contains(String(token)) || invisibleFragments.contains { token.hasPrefix($0) }
        }
    }

    /// Regions whose text is not the article even inside the article's container.
    func isUnlikely(_ names: String) -> Bool {
        guard !names.isEmpty else { return false }
        return unlikely.contains(where: names.contains) && !positive.contains(where: { names.contains($0) && $0 != "page" })
    }
}
