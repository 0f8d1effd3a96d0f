import Foundation

/// Metadata an HTML page carries about itself: title, outlet, byline, publication date, canonical URL.
struct PageMetadata {
    var title: String?
    var outlet: String?
    var byline: String?
    var published: String?
    var canonicalURL: String?
}

extension PageMetadata {
    /// Picks each field from the strongest signal present. Order of trust: the page's JSON-LD article
    /// (written for search engines, so curated), Open Graph / article meta tags, then markup conventions.
    init(signals: PageSignals, article: JSONLDArticle?) {
        let meta = signals.meta
        outlet = Self.clean(meta["og:site_name"]) ?? Self.clean(article?.publisher) ?? Self.clean(meta["application-name"])
        let rawTitle = Self.clean(meta["og:title"]) ?? Self.clean(article?.headline) ?? Self.clean(meta["twitter:title"])
            ?? Self.clean(signals.title)
        title = rawTitle.map { Self.withoutSiteSuffix($0, outlet: outlet) }
        let authors = article?.authors.compactMap { Self.clean($0) } ?? []
        byline = authors.isEmpty ? nil : authors.joined(separator: ", ")
        if byline == nil {
            byline = [meta["author"], meta["article:author"], meta["byl"], meta["sailthru.author"], meta["parsely-author"]]
                .lazy.compactMap { Self.clean($0) }.first { !$0.hasPrefix("http") }
        }
        if byline == nil { byline = signals.bylines.lazy.compactMap { Self.clean(Self.withoutBy($0)) }.first }
        published = [meta["article:published_time"], article?.datePublished, meta["datepublished"], meta["date"],
                     meta["pubdate"], meta["publishdate"], meta["dc.date.issued"], meta["dc.date"], meta["og:published_time"],
                     signals.times.first]
            .lazy.compactMap { Self.clean($0) }.first
        canonicalURL = Self.clean(signals.links["canonical"]) ?? Self.clean(meta["og:url"]) ?? Self.clean(article?.url)
    }

    private static func clean(_ value: String?) -> String? {
        guard let value else { return nil }
        let t = value.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return t.isEmpty ? nil : t
    }

    /// "Headline | Site", "Headline - Site", "Headline — Site": drops the site part. The outlet's own name
    /// is cut wherever it is; otherwise only a short last segment after a separator with spaces around it.
    static func withoutSiteSuffix(_ title: String, outlet: String?) -> String {
        let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » "]
        for separator in separators {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = String(title[..<range.lowerBound]).trimmingCharacters(in: .whitespaces)
            let tail = String(title[range.upperBound...]).trimmingCharacters(in: .whitespaces)
            guard !head.isEmpty else { continue }
            if let outlet, tail.lowercased().contains(outlet.lowercased()) || outlet.lowercased().contains(tail.lowercased()) {
                return withoutSiteSuffix(head, outlet: outlet)
            }
            // A site name is short and shorter than the headline.
            if tail.split(separator: " ").count <= 4, tail.count * 2 < head.count, separator != " - " || outlet == nil {
                return head
            }
        }
        // "Site | Headline": a leading outlet name.
        if let outlet {
            for separator in separators where title.lowercased().hasPrefix(outlet.lowercased() + separator) {
                return String(title.dropFirst(outlet.count + separator.count))
            }
        }
        return title
    }

    /// "By Jane Doe" → "Jane Doe".
    static func withoutBy(_ byline: String) -> String {
        let t = byline.trimmingCharacters(in: .whitespaces)
        for prefix in ["By ", "by ", "BY "] where t.hasPrefix(prefix) { return String(t.dropFirst(prefix.count)) }
        return t
    }
}
