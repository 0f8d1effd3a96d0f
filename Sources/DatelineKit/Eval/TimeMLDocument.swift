import Foundation

/// A gold-annotated document of a temporal peer suite: TimeML `.tml` (TempEval-3, TIMEX3) or the
/// WikiWars `.key.xml` files (TIMEX2). The text is what lies inside `<TEXT>`, tags removed; gold
/// spans are scalar offsets into it. Nested TIMEX2 keep only the outermost expression.
public struct TimeMLDocument: Sendable {
    public struct Gold: Sendable {
        public var span: Span
        public var text: String
        public var type: String?
        public var value: String?
    }

    public var id: String
    /// The document creation time, from `<DCT>` or `<DATETIME>`.
    public var creationTime: String?
    public var text: String
    public var gold: [Gold]

    public init(id: String, markup: String) {
        self.id = id
        creationTime = Self.creationTime(in: markup)
        let body: Substring
        if let open = markup.range(of: "<TEXT>"), let close = markup.range(of: "</TEXT>", range: open.upperBound..<markup.endIndex) {
            body = markup[open.upperBound..<close.lowerBound]
        } else {
            body = Substring(markup)
        }
        var out = String.UnicodeScalarView()
        var gold: [Gold] = []
        var stack: [(start: Int, attributes: [String: String])] = []
        var count = 0
        let scalars = Array(body.unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            if c == "<" {
                var j = i + 1
                while j < scalars.count, scalars[j] != ">" { j += 1 }
                let tag = String(String.UnicodeScalarView(scalars[(i + 1)..<min(j, scalars.count)]))
                if tag.hasPrefix("TIMEX") {
                    stack.append((count, Self.attributes(tag)))
                } else if tag.hasPrefix("/TIMEX"), let open = stack.popLast(), stack.isEmpty {
                    let span = Span(start: open.start, end: count)
                    let surface = String(String.UnicodeScalarView(Array(out)[open.start..<count]))
                    gold.append(Gold(span: span, text: surface, type: open.attributes["type"],
                                     value: open.attributes["value"] ?? open.attributes["val"]))
                }
                i = j + 1
                continue
            }
            if c == "&", let semi = scalars[i..<min(i + 8, scalars.count)].firstIndex(of: ";") {
                let name = String(String.UnicodeScalarView(scalars[(i + 1)..<semi]))
                let entities: [String: Unicode.Scalar] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
                if let e = entities[name] { out.append(e); count += 1; i = semi + 1; continue }
            }
            out.append(c)
            count += 1
            i += 1
        }
        text = String(out)
        self.gold = gold
    }

    static func attributes(_ tag: String) -> [String: String] {
        var out: [String: String] = [:]
        let parts = tag.split(separator: "\"", omittingEmptySubsequences: false)
        var k = 0
        while k + 1 < parts.count {
            let key = parts[k].split(whereSeparator: { $0 == " " || $0 == "=" }).last.map(String.init) ?? ""
            out[key] = String(parts[k + 1])
            k += 2
        }
        return out
    }

    static func creationTime(in markup: String) -> String? {
        for marker in ["<DCT>", "<DATETIME>"] {
            guard let r = markup.range(of: marker),
                  let v = markup.range(of: "val", range: r.upperBound..<markup.endIndex),
                  let q1 = markup.range(of: "\"", range: v.upperBound..<markup.endIndex),
                  let q2 = markup.range(of: "\"", range: q1.upperBound..<markup.endIndex) else { continue }
            return String(markup[q1.upperBound..<q2.lowerBound].prefix(10))
        }
        return nil
    }

    /// Every `.tml` / `.xml` file of a folder, sorted by name.
    public static func load(folder: URL) throws -> [TimeMLDocument] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasSuffix(".tml") || $0.hasSuffix(".xml") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            return TimeMLDocument(id: name, markup: String(decoding: data, as: UTF8.self))
        }
    }
}
