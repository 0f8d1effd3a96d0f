import Foundation
import Testing
@testable import DatelineKit

@Suite("Layer blob string table")
struct LayerBlobStringTableTests {
    static func layers(_ texts: [String]) -> AnnotationLayers {
        var layers = AnnotationLayers()
        layers.mentions = texts.enumerated().map { i, text in
            EntityMention(span: Span(start: i * 10, end: i * 10 + 5), text: text,
                          entity: EntityReference(id: nil, name: text, kind: .person, country: "RU"))
        }
        return layers
    }

    static func occurrences(of text: String, in blob: [UInt8]) -> Int {
        let needle = Array(text.utf8)
        guard blob.count >= needle.count else { return 0 }
        return (0...(blob.count - needle.count)).filter { Array(blob[$0..<($0 + needle.count)]) == needle }.count
    }

    @Test("repeated ASCII and non-ASCII strings are spelled once and read back, before and after the first non-ASCII one")
    func repeatedStrings() throws {
        let texts = ["Putin", "“We will”", "Xi", "Putin", "", "José Martí", "Putin", "", "José Martí", "Xi Jinping", "Xi",
                     "“We will”", "Ångström", "Cafe\u{301}", "Ångström", "Cafe\u{301}", "€5 – 6"]
        let layers = Self.layers(texts)
        let blob = LayerBlob.encode(layers)
        #expect(try LayerBlob.decode(blob) == layers)
        for text in ["Putin", "José Martí", "Xi Jinping", "RU", "“We will”", "Ångström", "Cafe\u{301}", "€5 – 6"] { #expect(Self.occurrences(of: text, in: blob) == 1, "\(text)") }
    }

    @Test("only strings in a form where equal means byte for byte go through the hashed table")
    func plainlyComposed() {
        func plain(_ text: String) -> Bool { Array(text.utf8).withUnsafeBufferPointer { LayerBlob.Writer.isPlainlyComposed($0) } }
        for text in ["", "Putin", "José Martí", "Ångström", "“quoted” — dash…", "€5", "ǅ ɐ ʰ"] { #expect(plain(text), "\(text)") }
        for text in ["Cafe\u{301}", "\u{212A}elvin", "\u{212B}", "\u{2000}", "北京", "👍", "Ελλάδα", "\u{2126}"] { #expect(!plain(text), "\(text)") }
    }

    @Test("canonically equal spellings share an entry, as String equality has them, whichever comes first")
    func canonicalEquivalence() throws {
        // U+212A KELVIN SIGN is canonically equal to "K"; "é" composed and decomposed likewise.
        for texts in [["Kelvin", "\u{212A}elvin"], ["\u{212A}elvin", "Kelvin"], ["Caf\u{E9}", "Cafe\u{301}"], ["Cafe\u{301}", "Caf\u{E9}"],
                      ["\u{212B}", "\u{C5}"], ["\u{C5}", "\u{212B}"]] {
            let decoded = try LayerBlob.decode(LayerBlob.encode(Self.layers(texts)))
            #expect(texts[0] == texts[1])
            #expect(decoded.mentions.map { Array($0.text.utf8) } == [Array(texts[0].utf8), Array(texts[0].utf8)])
        }
    }
}
