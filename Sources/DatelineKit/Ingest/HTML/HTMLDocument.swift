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
        // RECOVER keeps going through broken markup (a `</p>` inside a script string, unclosed tags);
        // NONET: a news page must never make the parser fetch anything. HUGE stays off, so libxml2 keeps its
        // own nesting limit and refuses absurdly deep trees instead of us walking them.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
                             | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue)
        let body = HTMLCharset.strippingBOM(data)
        let parsed: htmlDocPtr? = body.withUnsafeBytes { raw -> htmlDocPtr? in
            guard let base = raw.baseAddress, raw.count > 0, raw.count <= Int(Int32.max) else { return nil }
            return htmlReadMemory(base.assumingMemoryBound(to: CChar.self), Int32(raw.count), nil,
                                  choice.name, options)
        }
        guard let parsed else { throw HTMLParseError(message: "libxml2 could not build a tree from the bytes") }
        pointer = parsed
        charset = choice
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
