import Foundation

/// Class/id name fragments that tell article text from page furniture, loaded from
/// `lexicons/main-text-hints.json`.
struct MainTextHints: Sendable {
    var positive: [String]
    var negative: [String]
    var unlikely: [String]

    private struct File: Decodable { var positive: [String]; var negative: [String]; var unlikely: [String] }

    static let standard: MainTextHints = {
        do {
            let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: ResourceFiles.url("lexicons/main-text-hints.json")))
            return MainTextHints(positive: file.positive, negative: file.negative, unlikely: file.unlikely)
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

    /// Regions whose text is not the article even inside the article's container.
    func isUnlikely(_ names: String) -> Bool {
        guard !names.isEmpty else { return false }
        return unlikely.contains(where: names.contains) && !positive.contains(where: { names.contains($0) && $0 != "page" })
    }
}
