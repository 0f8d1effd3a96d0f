/// The time layer: finds TIMEX3 expressions sentence by sentence and gives each its calendar value
/// relative to the publication date (`document.published`, given or estimated by dating), with a
/// basis for every relative value. Without any date it reads the text as a narrative: bare months
/// and weekdays follow the dates the text itself mentions.
public struct TimexStage: AnnotationStage {
    public var name: String { "timexes" }
    let tagger: TimexTagger
    /// Forces narrative reading (history texts whose creation date is unrelated to their content).
    public var narrative: Bool

    public init(lexicon: TimeLexicon = .standard, narrative: Bool = false) {
        tagger = TimexTagger(lexicon: lexicon)
        self.narrative = narrative
    }

    public func annotate(_ document: inout AnnotatedDocument) {
        document.layers.timexes = timexes(in: document)
        document.timexTags = nil  // used up: later stages and copies need not carry them
    }

    /// The timexes of a document without changing it.
    public func timexes(in annotated: AnnotatedDocument) -> [Timex] {
        let text = annotated.document.text
        let offsets = TextOffsets(text)
        let bytes = Array(text.utf8)
        let ranges = SentenceRanges.ranges(of: annotated, offsets: offsets, byteCount: bytes.count)
        var normaliser = TimexNormaliser(reference: Self.reference(of: annotated.document.published),
                                         referenceLabel: Self.referenceLabel(annotated.document.published),
                                         narrative: narrative)
        var out: [Timex] = []
        bytes.withUnsafeBufferPointer { buffer in
            // Dating, just before, may have tagged the same sentences already.
            let tags = annotated.timexTags.flatMap { $0.fit(text: text, ranges: ranges, tagger: tagger) ? $0 : nil }
                ?? TimexTags(text: text, bytes: buffer, ranges: ranges, tagger: tagger)
            for sentence in tags.sentences {
                for tagged in sentence where tagged.inside {
                    let m = tagged.match
                    let span = offsets.span(bytes: tagged.bytes)
                    let r = normaliser.resolve(m.meaning, type: m.type, text: tagged.text, tense: tagged.tense)
                    out.append(Timex(span: span, text: tagged.text, type: m.type, value: r.value, mod: m.mod, basis: r.basis))
                }
            }
        }
        return out
    }

    /// A day to count from: the publication date, or the middle of its month or year when that is all we know.
    static func reference(of published: PublicationDate?) -> CalendarDay? {
        guard let p = published else { return nil }
        let parts = p.value.split(separator: "-").compactMap { Int($0) }
        guard let y = parts.first else { return nil }
        return CalendarDay(year: y, month: parts.count > 1 ? parts[1] : 7, day: parts.count > 2 ? parts[2] : (parts.count > 1 ? 15 : 1))
    }

    static func referenceLabel(_ published: PublicationDate?) -> String? {
        guard let p = published else { return nil }
        return p.given ? "publication \(p.value)" : "estimated publication \(p.value)"
    }
}
