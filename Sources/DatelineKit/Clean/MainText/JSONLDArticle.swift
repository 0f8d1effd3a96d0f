import Foundation

/// The article fields of a page's JSON-LD (schema.org `NewsArticle`, `Article`, `BlogPosting`, …),
/// searched through arrays and `@graph`.
struct JSONLDArticle {
    var headline: String?
    var articleBody: String?
    var datePublished: String?
    var authors: [String] = []
    var publisher: String?
    var url: String?

    private static let articleTypes: Set<String> = [
        "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "reviewnewsarticle", "socialmediaposting", "liveblogposting", "report",
        "scholarlyarticle", "techarticle",
    ]

    /// The first article object across the page's JSON-LD scripts, or nil.
    static func find(in scripts: [String]) -> JSONLDArticle? {
        for script in scripts {
            guard let data = script.data(using: .utf8),
                  let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { continue }
            if let object = firstArticle(in: json) { return JSONLDArticle(object) }
        }
        return nil
    }

    /// Breadth-first over nested arrays and `@graph`, without recursion.
    private static func firstArticle(in json: Any) -> [String: Any]? {
        var queue: [Any] = [json]
        var i = 0
        while i < queue.count, i < 500 {
            let item = queue[i]
            i += 1
            if let array = item as? [Any] { queue.append(contentsOf: array); continue }
            guard let object = item as? [String: Any] else { continue }
            if types(of: object).contains(where: articleTypes.contains) { return object }
            if let graph = object["@graph"] { queue.append(graph) }
            if let main = object["mainEntity"] { queue.append(main) }
        }
        return nil
    }

    private static func types(of object: [String: Any]) -> [String] {
        if let t = object["@type"] as? String { return [t.lowercased()] }
        if let ts = object["@type"] as? [Any] { return ts.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    private init(_ object: [String: Any]) {
        headline = Self.string(object["headline"])
        articleBody = Self.string(object["articleBody"])
        datePublished = Self.string(object["datePublished"])
        authors = Self.names(object["author"])
        publisher = Self.names(object["publisher"]).first
        url = Self.string(object["url"]) ?? Self.string(object["mainEntityOfPage"])
            ?? ((object["mainEntityOfPage"] as? [String: Any]).flatMap { Self.string($0["@id"]) })
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String {
            let t = s.trimmingCharacters(in: .whitespacesAndNewlines)
            return t.isEmpty ? nil : t
        }
        if let a = value as? [Any] { return a.lazy.compactMap { string($0) }.first }
        return nil
    }

    /// Names from a person/organisation value: a string, an object with `name`, or an array of either.
    private static func names(_ value: Any?) -> [String] {
        if let s = string(value as? String) { return [s] }
        if let o = value as? [String: Any] { return string(o["name"]).map { [$0] } ?? [] }
        if let a = value as? [Any] { return a.flatMap { names($0) } }
        return []
    }
}
