/// How the main-text reader treats each HTML tag: what breaks text into blocks, what is never article text.
enum HTMLTags {
    /// Tags that end the text run before them and start a new one.
    static let blockLevel: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div",
        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
        "header", "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary",
        "table", "tbody", "thead", "tfoot", "td", "th", "tr", "ul", "caption", "br", "legend", "noscript",
    ]

    /// Subtrees that never hold article text a reader sees: code, styling, embedded media, form controls.
    static let neverText: Set<String> = [
        "script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
        "button", "select", "option", "textarea", "input", "video", "audio", "map", "label",
    ]

    /// Block tags that are themselves a paragraph, not a container of paragraphs.
    static let paragraphLike: Set<String> = [
        "p", "pre", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "caption", "td", "th",
        "address", "summary", "legend", "br", "hr",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
}
