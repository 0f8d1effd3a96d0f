import Foundation

/// Walks a parsed page once, in document order, and collects both the text blocks (`PageBlocks`) and the
/// raw metadata the page carries about itself (`PageSignals`). One pass keeps large pages cheap.
struct PageReader {
    private(set) var page = PageBlocks()
    private(set) var signals = PageSignals()
    private let hints = MainTextHints.standard
    /// Pages repeat the same class strings hundreds of times; judge each once.
    private var verdicts: [String: MainTextHints.Verdict] = [:]

    private var openElements: [Int] = []
    private var blockElements: [Int] = []
    private var buffer: [UInt8] = []
    private var letters = 0, linkLetters = 0, commas = 0
    private var linkDepth = 0
    private var lastWasSpace = true

    static func read(_ document: HTMLDocument) -> PageReader {
        var reader = PageReader()
        guard let root = document.root else { return reader }
        HTMLWalker.walk(root) { node in reader.enter(node) } leave: { node in reader.leave(node) }
        reader.flush()
        reader.page.finish()
        return reader
    }

    private mutating func enter(_ node: HTMLNode) -> HTMLWalker.Step {
        if node.isText {
            if let parent = openElements.last, page.elements[parent].tag == "title" { return .skipChildren }
            node.withTextBytes { append($0) }
            return .skipChildren
        }
        guard node.isElement, let tag = node.tagName else { return .skipChildren }
        let index = page.elements.count
        let names = Self.names(of: node)
        let verdict = verdicts[names] ?? hints.verdict(names)
        verdicts[names] = verdict
        page.elements.append(.init(tag: tag, parent: openElements.last ?? -1, names: names, verdict: verdict,
                                   firstBlock: page.blocks.count, endBlock: page.blocks.count, endElement: index + 1))
        openElements.append(index)
        signals.note(node, tag: tag, verdict: verdict)
        if HTMLTags.neverText.contains(tag) || Self.isHidden(node) || (verdict.invisible && tag != "body" && tag != "html") { return .skipChildren }
        if HTMLTags.blockLevel.contains(tag) {
            flush()
            blockElements.append(index)
        }
        if tag == "a" { linkDepth += 1 }
        return .descend
    }

    private mutating func leave(_ node: HTMLNode) {
        guard node.isElement, let index = openElements.popLast() else { return }
        let tag = page.elements[index].tag
        if HTMLTags.blockLevel.contains(tag), blockElements.last == index {
            flush()
            blockElements.removeLast()
        }
        if tag == "a", !HTMLTags.neverText.contains(tag) { linkDepth = max(0, linkDepth - 1) }
        page.elements[index].endBlock = page.blocks.count
        page.elements[index].endElement = page.elements.count
    }

    /// Appends a text node's bytes, collapsing whitespace (and no-break spaces) to single spaces.
    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            let isSpace = b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D || b == 0x0C
            let isNBSP = b == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0
            if isSpace || isNBSP {
                if !lastWasSpace { buffer.append(0x20); lastWasSpace = true }
                i += isNBSP ? 2 : 1
                continue
            }
            lastWasSpace = false
            buffer.append(b)
            // Count characters, not bytes: ASCII letters/digits and each multi-byte sequence's lead byte.
            let counts = (b >= 0x30 && b <= 0x39) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A) || b >= 0xC0
            if counts {
                letters += 1
                if linkDepth > 0 { linkLetters += 1 }
            } else if b == 0x2C {
                commas += 1
            }
            i += 1
        }
    }

    /// Ends the current text run as a block of the nearest open block-level element.
    private mutating func flush() {
        defer { buffer.removeAll(keepingCapacity: true); letters = 0; linkLetters = 0; commas = 0; lastWasSpace = true }
        guard letters > 0 else { return }
        while buffer.last == 0x20 { buffer.removeLast() }
        let element = blockElements.last ?? 0
        page.blocks.append(.init(element: element, text: String(decoding: buffer, as: UTF8.self), letters: letters,
                                 linkLetters: linkLetters, commas: commas, tag: page.elements.isEmpty ? "" : page.elements[element].tag))
    }

    /// `class`, `id`, `itemprop` and `role`, lower-cased and space-separated.
    private static func names(of node: HTMLNode) -> String {
        var parts = ""
        for key in ["class", "id", "itemprop", "role"] {
            if let v = node.attribute(key), !v.isEmpty { parts += " " + v }
        }
        return parts.lowercased()
    }

    /// Elements a browser does not show (`hidden`, inline `display:none`) hold no text a reader sees.
    private static func isHidden(_ node: HTMLNode) -> Bool {
        if node.attribute("hidden") != nil { return true }
        guard let style = node.attribute("style") else { return false }
        let compact = style.lowercased().filter { $0 != " " }
        return ByteSearch.contains(compact, "display:none") || ByteSearch.contains(compact, "visibility:hidden")
    }
}
