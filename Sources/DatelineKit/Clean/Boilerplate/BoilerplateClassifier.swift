/// Decides which paragraphs of an article are boilerplate: donation and subscription appeals, newsletter
/// prompts, comment notices, share and navigation prompts, photo credits, contribution lines, and
/// paragraphs the store has seen again and again from the same outlet.
///
/// Each paragraph first gets a verdict from its own features (cue phrases outside quotes, second-person
/// and outlet-voice words, imperative openings, length, sentence shape); then weak paragraphs — short
/// interface text like "Monthly", or the outlet talking about itself — are cut only when boilerplate
/// surrounds them, so a short subheading inside the article survives.
public struct BoilerplateClassifier: Sendable {
    public let lexicon: BoilerplateLexicon

    /// A paragraph seen in at least this many other documents of the same outlet is boilerplate.
    public var repeatedThreshold = 3

    static let longestBoilerplateBytes = 20_000
    static let longAppealWords = 50

    public init(lexicon: BoilerplateLexicon = .standard) {
        self.lexicon = lexicon
    }

    /// One paragraph's outcome.
    public struct Decision: Sendable, Equatable {
        public var isBoilerplate: Bool
        public var reason: String?
        /// Agencies named by a contribution line.
        public var contributors: [String]
    }

    /// Classifies `paragraphs`; `repeats[i]` is how many other documents of the same outlet carry paragraph i.
    public func classify(_ paragraphs: [Substring], repeats: [Int]? = nil) -> [Decision] {
        decide(read(paragraphs), repeats: repeats)
    }

    /// What each paragraph says on its own, before repeats across the outlet and neighbours count.
    /// The cleaner decides once without repeats (to find the outlet) and again with the store's
    /// repeats: reading the paragraphs is most of the work, and it is the same both times.
    struct Reading: Sendable {
        fileprivate enum Paragraph: Sendable {
            /// Longer than any boilerplate: article text, whatever repeats say.
            case tooLong
            /// A contribution line, with the agencies it names.
            case contribution([String])
            case judged(ParagraphVerdict)
        }
        fileprivate var paragraphs: [Paragraph] = []
        /// Each paragraph's words (nil for one too long to read), for the outlet's signature.
        fileprivate(set) var words: [ParagraphWords?] = []
    }

    func read(_ paragraphs: [Substring]) -> Reading {
        let credits = CreditLines(lexicon: lexicon)
        var reading = Reading()
        reading.paragraphs.reserveCapacity(paragraphs.count)
        reading.words.reserveCapacity(paragraphs.count)
        for paragraph in paragraphs {
            // No appeal, credit or menu runs to 20 KB: a paragraph that long is the article (or a scraper's
            // whole page on one line), and reading its words would only cost time.
            if paragraph.utf8.count > Self.longestBoilerplateBytes {
                reading.paragraphs.append(.tooLong)
                reading.words.append(nil)
                continue
            }
            let words = ParagraphWords(paragraph)
            reading.words.append(words)
            if let names = credits.contributors(paragraph, words: words) {
                reading.paragraphs.append(.contribution(names))
                continue
            }
            reading.paragraphs.append(.judged(judge(paragraph, words: words, credits: credits)))
        }
        return reading
    }

    /// The decisions for a reading; `repeats[i]` is how many other documents of the same outlet carry paragraph i.
    func decide(_ reading: Reading, repeats: [Int]? = nil) -> [Decision] {
        var decisions: [Decision] = []
        decisions.reserveCapacity(reading.paragraphs.count)
        var verdicts: [ParagraphVerdict] = []
        verdicts.reserveCapacity(reading.paragraphs.count)
        for (i, paragraph) in reading.paragraphs.enumerated() {
            switch paragraph {
            case .tooLong:
                verdicts.append(.content)
                decisions.append(Decision(isBoilerplate: false, reason: nil, contributors: []))
            case .contribution(let names):
                decisions.append(Decision(isBoilerplate: true, reason: "contribution line", contributors: names))
                verdicts.append(.strong("contribution line"))
            case .judged(var verdict):
                if verdict.strength != .strong, let count = repeats?[i], count >= repeatedThreshold {
                    verdict = .strong("repeated across \(count) documents of the outlet")
                }
                verdicts.append(verdict)
                decisions.append(Decision(isBoilerplate: verdict.strength == .strong, reason: verdict.reason, contributors: []))
            }
        }
        absorbSurroundedWeakRuns(verdicts, into: &decisions)
        return decisions
    }

    /// The verdict on one paragraph from its own features.
    func judge(_ paragraph: Substring, words: ParagraphWords, credits: CreditLines) -> ParagraphVerdict {
        if words.all.isEmpty { return .strong("interface text") }  // "×", "•••"
        // "© 2024 Outlet". No other scalar sequence equals "©", so a paragraph whose first byte is
        // not its lead byte (0xC2) cannot open with it: the rest skip the slow generic `hasPrefix`.
        if paragraph.utf8.first == 0xC2, paragraph.hasPrefix("\u{00A9}") { return .strong("legal notice") }
        let lower = LoweredParagraph.make(paragraph)
        if credits.isPhotoCredit(lowered: lower, words: words) { return .strong("photo credit") }
        if credits.isPhotoCaption(lowered: lower, words: words) { return .strong("photo caption") }
        if let label = leadLabel(ofLowered: lower) { return .strong(label) }
        if isLinkBar(paragraph) { return .strong("share or link bar") }
        if isOutletSignature(words) { return .strong("outlet signature") }

        let outside = words.outsideQuotes
        let (secondPerson, outletVoice, cue) = lexicon.readerAddress(in: outside)
        let imperative = outside.first.map { lexicon.imperatives.contains($0) } ?? false

        var score = 0
        if cue != nil { score += 2 }
        if secondPerson > 0 { score += 1 }
        if outletVoice >= 2 || (outletVoice == 1 && secondPerson > 0) { score += 1 }
        if imperative && !words.endsLikeSentence { score += 1 }
        // A cue phrase in a short paragraph is enough; in a longer one ("did not subscribe to the view")
        // it needs the outlet's voice or the reader's "you" as well. Past ~50 words the reader's "you"
        // no longer tells: reviews and explainers address the reader ("you can sign up for a free
        // trial") at length, while a long appeal is the outlet speaking of itself ("we", "our work").
        let long = words.all.count > Self.longAppealWords
        let appeal = score >= 3 && (!long || outletVoice >= 2)
        if let cue, appeal || words.all.count <= 25 { return .strong(cue) }
        if appeal { return .strong("appeal to readers") }
        if secondPerson > 0 || outletVoice >= 2 { return .weak(cue ?? "appeal to readers") }
        if words.all.count <= 3 && !words.endsLikeSentence { return .weak("interface text") }
        return .content
    }

    /// "Tags: China, Russia", "Also Read | What India wants…", "Advertisement": a label opening a line
    /// of tags or links, followed by ':' or '|' or standing alone.
    /// `lower` is the paragraph's `LoweredParagraph` form.
    func leadLabel(ofLowered lower: String) -> String? {
        // Labels are ASCII: one whose bytes do not open the paragraph is not its prefix, so
        // `hasPrefix` (Character by Character) is asked only of the rare paragraph they open.
        if let labels = lexicon.leadLabelBytes {
            let opens = lower.utf8.withContiguousStorageIfAvailable { bytes in
                labels.contains { label in label.count <= bytes.count && label.indices.allSatisfy { bytes[$0] == label[$0] } }
            } ?? true
            guard opens else { return nil }
        }
        for (label, reason) in lexicon.leadLabels where lower.hasPrefix(label) {
            let rest = lower.dropFirst(label.count).drop { $0 == " " }
            if rest.isEmpty || rest.first == ":" || rest.first == "|" { return reason }
        }
        return nil
    }

    /// "Share | Tweet | Print", "Facebook | X | Email": three or more short items between bars.
    func isLinkBar(_ paragraph: Substring) -> Bool {
        // Most paragraphs hold no bar at all: skip splitting them.
        guard paragraph.utf8.contains(UInt8(ascii: "|")) else { return false }
        let items = paragraph.split(separator: "|")
        return items.count >= 3 && items.allSatisfy { $0.split(separator: " ").count <= 3 }
    }

    /// "A Message from The Moscow Times:", "Support The Moscow Times!" — a short line naming the outlet.
    func isOutletSignature(_ words: ParagraphWords) -> Bool {
        guard words.all.count <= 8 else { return false }
        return lexicon.outletSignatures.contains { signature in
            guard words.all.starts(with: signature), words.all.count > signature.count else { return false }
            // The rest of the line must be a name: "The Moscow Times", not "for Putin grows".
            return words.all.indices.dropFirst(signature.count).allSatisfy { i in
                words.capitalised[i] || CapitalisedNames.joiners.contains(words.all[i])
            } && words.capitalised[signature.count]
        }
    }

    /// Weak paragraphs whose nearest firm neighbours are boilerplate on both sides (or boilerplate on
    /// one side and the document edge on the other) are boilerplate too.
    private func absorbSurroundedWeakRuns(_ verdicts: [ParagraphVerdict], into decisions: inout [Decision]) {
        var i = 0
        while i < verdicts.count {
            guard verdicts[i].strength == .weak else { i += 1; continue }
            var j = i
            while j < verdicts.count, verdicts[j].strength == .weak { j += 1 }
            let before: Bool? = i == 0 ? nil : verdicts[i - 1].strength == .strong
            let after: Bool? = j == verdicts.count ? nil : verdicts[j].strength == .strong
            let surrounded = (before ?? true) && (after ?? true) && (before == true || after == true)
            if surrounded {
                for k in i..<j { decisions[k].isBoilerplate = true }
            }
            i = j
        }
    }
}
