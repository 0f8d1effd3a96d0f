import Foundation
import CLibXML2

/// A borrowed view of one libxml2 node (element, text, comment…). Valid while its `HTMLDocument` lives.
public struct HTMLNode: Hashable {
    let pointer: xmlNodePtr

    init(_ pointer: xmlNodePtr) { self.pointer = pointer }

    public var isElement: Bool { pointer.pointee.type == XML_ELEMENT_NODE }
    /// Text and CDATA nodes carry the page's words.
    public var isText: Bool { pointer.pointee.type == XML_TEXT_NODE || pointer.pointee.type == XML_CDATA_SECTION_NODE }

    /// Lower-case tag name (libxml2's HTML parser lowercases names), nil for non-elements.
    public var tagName: String? {
        guard isElement, let name = pointer.pointee.name else { return nil }
        return String(cString: name)
    }

    /// The raw UTF-8 bytes of the tag name, for comparisons without allocating.
    var nameBytes: UnsafePointer<xmlChar>? { isElement ? pointer.pointee.name : nil }

    public var firstChild: HTMLNode? { pointer.pointee.children.map(HTMLNode.init) }
    public var nextSibling: HTMLNode? { pointer.pointee.next.map(HTMLNode.init) }
    public var parent: HTMLNode? {
        guard let p = pointer.pointee.parent, p.pointee.type == XML_ELEMENT_NODE else { return nil }
        return HTMLNode(p)
    }

    /// Text content of a text node (libxml2 has already decoded entities and converted to UTF-8).
    public var text: String? {
        guard isText, let content = pointer.pointee.content else { return nil }
        return String(cString: content)
    }

    /// Calls `body` with the raw UTF-8 bytes of a text node, without copying.
    func withTextBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard isText, let content = pointer.pointee.content else { return nil }
        return body(UnsafeBufferPointer(start: content, count: strlen(UnsafeRawPointer(content).assumingMemoryBound(to: CChar.self))))
    }

    /// The value of attribute `name` (ASCII, lower-case), or nil.
    public func attribute(_ name: String) -> String? {
        guard isElement else { return nil }
        var attr = pointer.pointee.properties
        while let a = attr {
            if let n = a.pointee.name, equalsASCII(n, name) {
                return Self.attributeValue(a)
            }
            attr = a.pointee.next
        }
        return nil
    }

    /// All attributes in document order.
    public var attributes: [(name: String, value: String)] {
        var out: [(String, String)] = []
        var attr = pointer.pointee.properties
        while let a = attr {
            if let n = a.pointee.name { out.append((String(cString: n), Self.attributeValue(a))) }
            attr = a.pointee.next
        }
        return out
    }

    private static func attributeValue(_ a: xmlAttrPtr) -> String {
        // An attribute's value is its text children (usually one); HTML attributes carry no markup.
        var value = ""
        var child = a.pointee.children
        while let c = child {
            if let content = c.pointee.content { value += String(cString: content) }
            child = c.pointee.next
        }
        return value
    }

    /// All text below this node, in document order (iterative, so deep trees are safe).
    public var textContent: String {
        var bytes: [UInt8] = []
        HTMLWalker.walk(self) { node in
            _ = node.withTextBytes { bytes.append(contentsOf: $0) }
            return .descend
        } leave: { _ in }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Compares a NUL-terminated libxml2 name to an ASCII string, byte by byte.
@inline(__always)
func equalsASCII(_ cName: UnsafePointer<xmlChar>, _ name: String) -> Bool {
    var i = 0
    for byte in name.utf8 {
        if cName[i] != byte { return false }
        i += 1
    }
    return cName[i] == 0
}
