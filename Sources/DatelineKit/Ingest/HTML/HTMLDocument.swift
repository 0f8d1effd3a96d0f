import CLibXML2
import Foundation

/// A page parsed by libxml2's error-tolerant HTML parser. Owns the libxml2 tree and frees it when released;
/// `HTMLNode`s taken from it are valid only while the document is alive.
///
/// ```swift
/// let page = try HTMLDocument(parsing: data, charset: nil)
/// HTMLWalker.walk(page.root!) { node in print(node.tagName ?? "#text"); return .descend } leave: { _ in }
/// ```
public final class HTMLDocument {
    let pointer: htmlDocPtr
    /// The charset the bytes were decoded with, and why it was chosen.
    public let charset: HTMLCharset.Choice

    /// Parses `data` as HTML. `charset` is what the container declared (HTTP header, JSON record), if anything.
    /// Throws only when libxml2 cannot build any tree at all.
    public init(parsing data: Data, charset declared: String? = nil) throws(HTMLParseError) {
        dateline_xmlSilence()
        let choice = HTMLCharset.choose(for: data, declared: declared)
        let body = HTMLCharset.strippingBOM(data)
        // RECOVER keeps going through broken markup (a `</p>` inside a script string, unclosed tags);
        // NONET: a news page must never make the parser fetch anything.
        var options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue
        guard var parsed = Self.parse(body, encoding: choice.name, options: Int32(options)) else {
            throw HTMLParseError(message: "libxml2 could not build a tree from the bytes")
        }
        // libxml2 stops parsing at 256 open elements ("Excessive depth"), dropping everything after.
        // A tree that reached that depth is parsed again without the limit (HUGE); the tree walks are
        // iterative, so depth costs nothing but memory.
        if Self.depth(of: parsed, reaching: Self.libxmlDepthLimit) >= Self.libxmlDepthLimit {
            options |= UInt32(XML_PARSE_HUGE.rawValue)
            if let deep = Self.parse(body, encoding: choice.name, options: Int32(options)) {
                xmlFreeDoc(parsed)
                parsed = deep
            }
        }
        pointer = parsed
        charset = choice
    }

    /// libxml2's nesting limit without `XML_PARSE_HUGE` (`xmlParserMaxDepth`).
    static let libxmlDepthLimit = 256

    private static func parse(_ body: Data, encoding: String, options: Int32) -> htmlDocPtr? {
        body.withUnsafeBytes { raw -> htmlDocPtr? in
            guard let base = raw.baseAddress, raw.count > 0, raw.count <= Int(Int32.max) else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil, encoding, options)
        }
    }

    /// The element depth of the tree, counted until `limit` (iteratively: no recursion on deep trees).
    static func depth(of document: htmlDocPtr, reaching limit: Int) -> Int {
        guard let root = xmlDocGetRootElement(document) else { return 0 }
        var deepest = 0, depth = 1
        var node: xmlNodePtr = root
        while true {
            deepest = max(deepest, depth)
            if deepest >= limit { return deepest }
            if let child = node.pointee.children {
                node = child
                depth += 1
                continue
            }
            while true {
                if node == root { return deepest }
                if let next = node.pointee.next { node = next; break }
                guard let parent = node.pointee.parent else { return deepest }
                node = parent
                depth -= 1
            }
        }
    }

    deinit { xmlFreeDoc(pointer) }

    /// The `<html>` element (or whatever root libxml2 recovered).
    public var root: HTMLNode? {
        xmlDocGetRootElement(pointer).map(HTMLNode.init)
    }
}

/// libxml2 could not parse the bytes at all.
public struct HTMLParseError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}
