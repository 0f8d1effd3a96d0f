/// What a page says about itself, gathered raw during the single walk: `<meta>` values, `<link rel>`s,
/// `<title>`, JSON-LD scripts, `<time datetime>`s and byline-looking elements. `PageMetadata` decides.
struct PageSignals {
    /// `<meta property|name|itemprop=… content=…>`, keys lower-cased; the first value wins.
    var meta: [String: String] = [:]
    /// `<link rel=… href=…>` and `<a rel=author>`: rel (lower-cased) → first href.
    var links: [String: String] = [:]
    var title: String?
    var jsonLD: [String] = []
    var times: [String] = []
    var bylines: [String] = []

    mutating func note(_ node: HTMLNode, tag: String, verdict: MainTextHints.Verdict) {
        switch tag {
        case "meta":
            guard let content = node.attribute("content") else { return }
            for key in ["property", "name", "itemprop"] {
                if let k = node.attribute(key)?.lowercased(), meta[k] == nil { meta[k] = content }
            }
        case "link":
            if let rel = node.attribute("rel")?.lowercased(), let href = node.attribute("href"), links[rel] == nil { links[rel] = href }
        case "title":
            if title == nil { title = node.textContent }
        case "script":
            if let type = node.attribute("type"), ByteSearch.contains(type.lowercased(), "ld+json") { jsonLD.append(node.textContent) }
        case "time":
            if let datetime = node.attribute("datetime"), !datetime.isEmpty { times.append(datetime) }
        default:
            break
        }
        if bylines.count < 4, Self.looksLikeByline(node, tag: tag, verdict: verdict) {
            let text = node.textContent.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !text.isEmpty, text.count <= 120 { bylines.append(text) }
        }
    }

    private static func looksLikeByline(_ node: HTMLNode, tag: String, verdict: MainTextHints.Verdict) -> Bool {
        if tag == "a", node.attribute("rel")?.lowercased() == "author" { return true }
        return verdict.byline && tag != "meta" && tag != "link" && tag != "img"
    }
}
