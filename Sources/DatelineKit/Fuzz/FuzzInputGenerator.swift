/// Seeded random inputs for robustness runs: mutations of news-like text and HTML that scrapers
/// really produce — cut pages, stray quote marks, NUL bytes, mixed scripts, right-to-left text,
/// deep nesting, huge lines — so every run with the same seed tries the same inputs.
public struct FuzzInputGenerator: Sendable {
    public var seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    static let fragments: [String] = [
        "Russian President Vladimir Putin", " said on Tuesday", " “We will meet again,” he said.", "\"", "“", "”", "‘", "’",
        " Xi Jinping", ". ", "\n\n", "\n", " (Reuters) - ", "MOSCOW", " U.S. ", " Mr. ", " Jan. 21, 2025", " 87.33 percent",
        " last month", " in February 2022", " Путин заявил", " 习近平表示", " مرحبا بالعالم", "\u{200F}", "\u{0000}", "\u{FEFF}",
        "\u{1F600}", "e\u{0301}", " Subscribe to our newsletter", " Read more", " ×", " Dear readers,", " 2013", "–", "—",
        "<p>", "</p>", "<div class=\"article\">", "</div>", "<script>var x = \"</p>\";</script>", "<!--", "-->", "&amp;", "&check;",
        "<meta charset=\"windows-1251\">", "<meta charset=\"x-unknown\">", "<title>", "</title>", "<a href=\"#\">", "</a>", "<",
        ">", "&", ";", "\r\n", "\t", "     ",
        // What the later stages look for: dates and times, quote marks of several languages, speech verbs,
        // abbreviations that end in a period, names and titles.
        " on 21.01.2025", " 2025-01-21", " at 10:30 a.m.", " Jan. 21", " in early October", " next Tuesday", " two years ago",
        " since 2013", " «", "»", " „", " ‹", "›", "「", "」", " said:", " told reporters", " according to CCTV",
        " the Kremlin leader", " his Chinese counterpart", " he", " Gen.", " St.", " U.N.", " e.g.", "…", "...", "?!",
        " President Xi", " Prime Minister Narendra Modi", " Erdoğan", " Lula da Silva", " (", ")", "\u{202E}", "\u{2028}",
        "<br>", "<li>", "<h1>", "</h1>", "<time datetime=\"2025-01-21\">", "</time>", "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":",
    ]

    /// The `index`-th input of this run, as bytes (not always valid UTF-8).
    public func input(_ index: Int) -> [UInt8] {
        var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0xA24B_AED4_963E_E407)
        var text = ""
        let pieces = 1 + Int(rng.next() % 400)
        for _ in 0..<pieces {
            text += Self.fragments[Int(rng.next() % UInt64(Self.fragments.count))]
        }
        var bytes = Array(text.utf8)
        switch rng.next() % 10 {
        case 0:  // raw byte damage: invalid UTF-8, cut multi-byte sequences
            for _ in 0..<(1 + rng.next() % 8) where !bytes.isEmpty {
                bytes[Int(rng.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: rng.next())
            }
        case 1:  // truncation anywhere, including inside a scalar
            if !bytes.isEmpty { bytes = Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count)))) }
        case 2:  // deep nesting
            let depth = 1 + Int(rng.next() % 20_000)
            bytes = Array(String(repeating: "<div>", count: depth).utf8) + bytes + Array(String(repeating: "</div>", count: depth / 2).utf8)
        case 3:  // one long line without sentence ends
            let word = Array("word ".utf8)
            bytes = (0..<Int(1 + rng.next() % 20_000)).flatMap { _ in word }
        case 5:  // deep nesting with text at every level (a scraper's runaway template)
            let level = Array("<div>".utf8) + bytes.prefix(60)
            bytes = (0..<Int(1 + rng.next() % 1_500)).flatMap { _ in level }
        case 4:  // an unclosed quote before a long text
            bytes = Array("“".utf8) + bytes + bytes
        default:
            break
        }
        return bytes
    }
}
