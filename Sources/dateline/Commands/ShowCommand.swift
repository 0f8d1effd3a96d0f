import ArgumentParser
import DatelineKit
import Foundation

struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one stored document: metadata and cleaned text.",
        discussion: "Example: dateline show putin-xi-2023 --removed; dateline show putin-xi-2023 --json")

    @Argument(help: "The document id (see 'dateline docs').")
    var id: String

    @OptionGroup var store: StoreOptions

    @Flag(help: "List what cleaning cut, and why.")
    var removed = false

    @Flag(help: "Mark entity mentions, time expressions and quotes in the text (colour on a terminal, brackets otherwise).")
    var annotate = false

    func run() throws {
        let opened = try store.openExisting()
        guard let document = try store.query({ try opened.document(id: id) }) else {
            Terminal.warn("no document '\(id)' in \(opened.location); 'dateline docs' lists the ids")
            throw ExitCode(1)
        }
        if store.json {
            let layers = try store.query { try opened.layers(of: id) } ?? AnnotationLayers()
            print(try ExtractionRecord(document: document, layers: layers).jsonLine())
            return
        }
        print("id:        \(document.id)")
        if let title = document.title { print("title:     \(title)") }
        print("outlet:    \(document.outlet ?? "-")")
        if let byline = document.byline { print("byline:    \(byline)") }
        if let published = document.published {
            print("published: \(published.value) (\(published.precision.rawValue)\(published.basis.map { ", \($0)" } ?? ""))")
        }
        print("source:    \(document.source.label)")
        if let url = document.canonicalURL { print("url:       \(url)") }
        if !document.contributors.isEmpty { print("credits:   \(document.contributors.joined(separator: ", "))") }
        if let original = document.nearDuplicateOf { print("near-duplicate of: \(original)") }
        print("hash:      \(document.contentHash)")
        print("")
        if annotate {
            let layers = try store.query { try opened.layers(of: id) } ?? AnnotationLayers()
            print(AnnotatedTextRenderer(color: Terminal.isInteractive).render(AnnotatedDocument(document: document, layers: layers)))
        } else {
            print(document.text)
        }
        if removed {
            print("")
            print("removed (\(document.removed.count)):")
            for cut in document.removed { print("  [\(cut.reason)] \(cut.text)") }
        }
    }
}
