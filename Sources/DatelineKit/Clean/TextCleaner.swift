/// Cleans a plain-text article (or the paragraphs HTML extraction kept): cuts boilerplate, lifts the
/// headline into `title`, and finds the outlet from its signature or a wire dateline.
///
/// ```swift
/// let cleaned = TextCleaner().clean(paragraphs: ParagraphSplitter.paragraphs(raw))
/// print(cleaned.title ?? "-", cleaned.removed.map(\.reason))
/// ```
public struct TextCleaner: Sendable {
    public var classifier: BoilerplateClassifier

    public init(classifier: BoilerplateClassifier = BoilerplateClassifier()) {
        self.classifier = classifier
    }

    /// - Parameters:
    ///   - givenTitle: the title the container gave (HTML, JSON record); then no headline is guessed,
    ///     and a first paragraph repeating it is dropped.
    ///   - outlet: the outlet the container named, if any.
    ///   - memory: the store's learned paragraphs, for boilerplate repeated across an outlet's documents.
    public func clean(paragraphs: [String], givenTitle: String? = nil, outlet givenOutlet: String? = nil,
                      memory: BoilerplateMemory? = nil) -> CleanedText {
        let subs = paragraphs.map { Substring($0) }
        let reading = classifier.read(subs)
        var decisions = classifier.decide(reading)
        // Boilerplate paragraphs were all read (only over-long ones are not, and they are never boilerplate).
        var outlet = givenOutlet ?? OutletSignature.outlet(
            inWords: subs.indices.filter { decisions[$0].isBoilerplate }.map { reading.words[$0] ?? ParagraphWords(subs[$0]) },
            lexicon: classifier.lexicon)
        if let memory, let outlet, let repeats = try? memory.repeats(of: subs, outlet: outlet) {
            decisions = classifier.decide(reading, repeats: repeats)
        }

        var kept: [String] = []
        var firstKept: Int?
        var removed: [RemovedText] = []
        var contributors: [String] = []
        for (i, (paragraph, decision)) in zip(paragraphs, decisions).enumerated() {
            if decision.isBoilerplate {
                removed.append(RemovedText(text: paragraph, reason: decision.reason ?? "boilerplate"))
                contributors.append(contentsOf: decision.contributors.filter { !contributors.contains($0) })
            } else {
                if firstKept == nil { firstKept = i }
                kept.append(paragraph)
            }
        }

        var title = givenTitle
        if let first = kept.first {
            if let givenTitle, Self.sameText(first, givenTitle) {
                kept.removeFirst()
            } else if givenTitle == nil, kept.count > 1,
                      // The classifier has read the paragraph's words already: the headline test takes them.
                      Headline.looksLikeHeadline(first, words: firstKept.flatMap { reading.words[$0] }) {
                title = first
                kept.removeFirst()
            }
        }
        let dateline = kept.first.flatMap(WireDateline.parse)
        if outlet == nil { outlet = dateline?.agency }
        return CleanedText(title: title, outlet: outlet, wireDateline: dateline, paragraphs: kept,
                           removed: removed, contributors: contributors)
    }

    static func sameText(_ a: String, _ b: String) -> Bool {
        a.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            == b.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }
}

import Foundation
