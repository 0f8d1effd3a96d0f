/// Estimates when an undated article was written, from its own text: public events it mentions
/// (the calendar), weekdays ("on Tuesday"), relative phrases tying an event to the writing time
/// ("last week"), explicit dates and years as bounds, tense ("will meet in February 2022" was
/// written before February 2022), and optionally dated reports of the same news in the store.
public struct PublicationDateEstimator: Sendable {
    public var calendar: PublicEventCalendar
    public var evidence: (any DatingEvidenceSource)?
    /// Titled office holders ("President Obama") as bounds on the writing time.
    public var officeTitles: OfficeTitleTerms
    let tagger: TimexTagger

    public init(calendar: PublicEventCalendar = .standard, evidence: (any DatingEvidenceSource)? = nil, lexicon: TimeLexicon = .standard,
                officeTitles: OfficeTitleTerms = .standard) {
        self.calendar = calendar
        self.evidence = evidence
        self.officeTitles = officeTitles
        tagger = TimexTagger(lexicon: lexicon)
    }

    struct Bound { var day: CalendarDay; var why: String }

    /// The estimate for `annotated`'s text (its publication date is ignored), or nil.
    public func estimate(_ annotated: AnnotatedDocument) -> PublicationDate? {
        estimate(annotated, reusing: annotated.timexTags).date
    }

    /// The estimate, and the temporal tags read on the way (for the time layer to reuse);
    /// `reusing` tags are taken when they fit the document's text and sentences.
    func estimate(_ annotated: AnnotatedDocument, reusing given: TimexTags?) -> (date: PublicationDate?, tags: TimexTags) {
        let text = annotated.document.text
        let bytes = Array(text.utf8)
        let ranges = SentenceRanges.ranges(of: annotated, offsets: TextOffsets(text), byteCount: bytes.count)
        var sentences: [SentenceClues] = []
        let tags = bytes.withUnsafeBufferPointer { buffer in
            let tags = given.flatMap { $0.fit(text: text, ranges: ranges, tagger: tagger) ? $0 : nil }
                ?? TimexTags(text: text, bytes: buffer, ranges: ranges, tagger: tagger)
            for (k, r) in ranges.enumerated() {
                let timexes = tags.sentences[k].filter(\.inside).map { ($0.match, $0.text, $0.tense) }
                let lowered = LoweredText(buffer, r)
                let events = calendar.events(in: lowered)
                let future = SentenceClues.hasFutureCue(lowered)
                sentences.append(SentenceClues(index: k, lowered: lowered, bytes: r, timexes: timexes, events: events, future: future))
            }
            return tags
        }
        return (estimate(annotated, sentences: sentences), tags)
    }

    private func estimate(_ annotated: AnnotatedDocument, sentences: [SentenceClues]) -> PublicationDate? {
        let text = annotated.document.text
        var lower: Bound?, upper: Bound?
        func raise(_ b: Bound) { if lower == nil || b.day > lower!.day { lower = b } }
        func cap(_ b: Bound) { if upper == nil || b.day < upper!.day { upper = b } }
        explicitBounds(sentences, raise: raise, cap: cap)
        for s in sentences where s.events.count == 1 {
            let e = s.events[0].event
            guard let day = e.day else { continue }
            if s.isFuture(e, s.events[0].terms) { cap(Bound(day: day.adding(days: -1), why: "\(e.label) (\(e.date)) is still to come")) }
            else if s.relation == nil, s.weekday == nil { raise(Bound(day: day, why: "\(e.label) (\(e.date)) has happened")) }
        }
        let mentionedYear = latestYear(sentences)
        let leadWeekday = sentences.lazy.compactMap(\.weekday).first
            ?? sentences.lazy.compactMap { $0.weekday(includingFuture: true) }.first
        // Titled office holders bound the writing day itself (an event the article recalls may be
        // older), when they agree with the other bounds; alone they are too wide to give a date.
        var (from, until) = (lower, upper)
        if let window = officeTitles.window(in: text) {
            let titledFrom = Self.later(from, Bound(day: window.from.day, why: window.from.why))
            let titledUntil = window.until.map { Self.earlier(until, Bound(day: $0.day, why: $0.why)) } ?? until
            if titledUntil.map({ titledFrom.day <= $0.day }) ?? true { (from, until) = (titledFrom, titledUntil) }
        }
        if let best = fromEvents(sentences, lower: lower, upper: upper, writing: (from, until), leadWeekday: leadWeekday, year: mentionedYear) { return best }
        if let report = fromStore(annotated, sentences: sentences, lower: from, upper: until, leadWeekday: leadWeekday) { return report }
        return fromExplicitDates(sentences, lower: lower, upper: until, leadWeekday: leadWeekday, year: mentionedYear)
    }

    /// Words before a date that make it the end of a span, not a day gone by: "priorities for
    /// economic cooperation up to 2030", "a ceasefire until March", "emissions cut by 2035" say
    /// nothing about whether that day has passed, even in a sentence about the past.
    static let spanEnds: [[UInt8]] = ["up to ", "until ", "till ", "through ", "by ", "before "].map { Array($0.utf8) }

    static func endsASpan(_ date: String, in lowered: LoweredText) -> Bool {
        let needle = Array(date.lowercased().utf8), text = lowered.bytes
        // Each date rescans its sentence: past a few thousand bytes a "sentence" is not prose (a
        // 10 MB line would cost its length times its dates), and the check is skipped.
        guard !needle.isEmpty, needle.count <= text.count, text.count <= 4096 else { return false }
        for start in 0...(text.count - needle.count) where text[start] == needle[0] && text[start..<(start + needle.count)].elementsEqual(needle) {
            if spanEnds.contains(where: { end in start >= end.count && text[(start - end.count)..<start].elementsEqual(end) }) { return true }
        }
        return false
    }

    /// The later of two lower bounds (the existing one wins a tie).
    static func later(_ a: Bound?, _ b: Bound) -> Bound { a.map { $0.day >= b.day ? $0 : b } ?? b }

    /// The earlier of two upper bounds (the existing one wins a tie).
    static func earlier(_ a: Bound?, _ b: Bound) -> Bound { a.map { $0.day <= b.day ? $0 : b } ?? b }

    /// Explicit dates, months and years: past mentions are lower bounds, future ones upper bounds.
    func explicitBounds(_ sentences: [SentenceClues], raise: (Bound) -> Void, cap: (Bound) -> Void) {
        for s in sentences {
            for t in s.timexes {
                guard case .calendar(let y?, let m, let d, false) = t.match.meaning, y > 1900, y < 2100 else { continue }
                let first = CalendarDay(year: y, month: m ?? 1, day: d ?? 1) ?? CalendarDay(year: y, month: 1, day: 1)!
                if t.tense == .future || s.future {
                    cap(Bound(day: first.adding(days: -1), why: "'\(t.text)' is spoken of as still to come"))
                    // A writer names the year of a coming month only when it is not the current one.
                    if m != nil, d == nil { cap(Bound(day: CalendarDay(year: y - 1, month: 12, day: 31)!, why: "'\(t.text)' names its year, so it lies in a later year")) }
                } else if !Self.endsASpan(t.text, in: s.lowered) {
                    raise(Bound(day: first, why: "'\(t.text)' has passed"))
                }
            }
        }
    }

    /// The sentence's events that fit the bounds; of several of one kind ("president-elect" fits
    /// the 2016 and the 2024 elections) the one nearest the latest year the text names.
    func alternatives(_ s: SentenceClues, lower: Bound?, upper: Bound?, year: Int?, document: LoweredText) -> [(event: PublicEvent, terms: [String])] {
        let fitting = s.events.filter { e, terms in
            guard !s.isFuture(e, terms), let day = e.day else { return false }
            return (lower.map { day >= $0.day.adding(days: -1) } ?? true) && (upper.map { day <= $0.day } ?? true)
        }
        var out: [(event: PublicEvent, terms: [String])] = []
        // In a fixed order: a Set's order changes from run to run, and with it which of two
        // equally good events names the basis.
        for kind in Set(fitting.map(\.event.kind)).sorted() {
            var group = fitting.filter { $0.event.kind == kind }
            if let year {
                let nearest = group.map { abs(($0.event.day?.year ?? 0) - year) }.min() ?? 0
                group = group.filter { abs(($0.event.day?.year ?? 0) - year) == nearest }
            }
            let context = group.map { g in (g.event.context ?? []).filter { document.contains(Array($0.utf8), wordStart: true) }.count }
            let most = context.max() ?? 0
            group = group.indices.filter { context[$0] == most }.map { group[$0] }
            // Of look-alikes in one sentence, the one whose terms stand together: in "Putin … hours
            // after Donald Trump was inaugurated" the inauguration is Trump's, not Putin's.
            let spans = group.map { Self.span(of: $0.terms, in: s.lowered) }
            let tightest = spans.min() ?? 0
            out += group.indices.filter { spans[$0] <= tightest + 40 }.map { group[$0] }
        }
        return out
    }

    /// Bytes from the first to the end of the last of `terms` in the sentence (first occurrences).
    static func span(of terms: [String], in lowered: LoweredText) -> Int {
        var first = Int.max, last = 0
        for term in terms {
            let bytes = LoweredText(term).bytes
            guard let at = lowered.find(bytes) else { continue }
            first = min(first, at)
            last = max(last, at + bytes.count)
        }
        return first == Int.max ? 0 : last - first
    }

    /// The latest year the text names outright (not in a future sentence).
    func latestYear(_ sentences: [SentenceClues]) -> Int? {
        var best: Int?
        for s in sentences {
            for t in s.timexes where t.tense != .future {
                if case .calendar(let y?, _, _, false) = t.match.meaning, y > 1900, y < 2100 { best = max(best ?? y, y) }
            }
        }
        return best
    }

    func inside(_ day: CalendarDay, _ lower: Bound?, _ upper: Bound?) -> Bool {
        (lower.map { day >= $0.day } ?? true) && (upper.map { day <= $0.day } ?? true)
    }

    /// The best event anchor: the one whose sentence ties it most closely to the writing time.
    func fromEvents(_ sentences: [SentenceClues], lower: Bound?, upper: Bound?, writing: (from: Bound?, until: Bound?),
                    leadWeekday: (day: Int, text: String)?, year: Int?) -> PublicationDate? {
        // The whole text lower-cased, for events' context words: made only once a sentence needs it.
        var documentText: LoweredText?
        var best: (fit: Double, event: CalendarDay, pub: CalendarDay, basis: String)?
        for s in sentences {
            // A sentence naming no event has no alternatives: its relation and weekday are not read.
            guard !s.events.isEmpty else { continue }
            let eligible = s.relation != nil || s.weekday != nil || s.index < 3
            guard eligible else { continue }
            if documentText == nil { documentText = LoweredText(bytes: Array(sentences.map(\.lowered.bytes).joined(separator: [32]))) }
            for (e, terms) in alternatives(s, lower: lower, upper: upper, year: year, document: documentText!) {
                guard let day = e.day else { continue }
                let clue = "\(e.label), \(e.date) (the text: \(terms.map { "'\($0)'" }.joined(separator: " … ")))"
                var pub = day, fit = 3.0, how = "the article reports it"
                let weekday = s.weekday ?? leadWeekday
                switch s.relation?.kind {
                case "yesterday"?: pub = day.adding(days: 1); fit = 0; how = "'\(s.relation!.text)' puts publication the day after"
                case "last week"?:
                    let monday = day.adding(days: 8 - day.weekday)
                    pub = weekday.map { monday.adding(days: $0.day - 1) } ?? monday
                    fit = 0
                    how = "'\(s.relation!.text)' puts publication in the week after" + (weekday.map { ", on the '\($0.text)' the text names" } ?? "")
                case "last month"?: pub = day.adding(months: 1); fit = 2; how = "'\(s.relation!.text)' puts publication in the month after"
                default:
                    if let w = weekday {
                        let lag = (w.day - day.weekday + 7) % 7
                        pub = day.adding(days: lag)
                        fit = Double(lag) + (s.weekday == nil ? 0.5 : 0)
                        how = "'\(w.text)' is the first \(CalendarDay.name(ofWeekday: w.day)) on or after it"
                    }
                }
                guard inside(pub, lower, upper) || (upper.map { pub <= $0.day.adding(days: 1) } ?? true) else { continue }
                guard inside(pub, writing.from, writing.until.map { Bound(day: $0.day.adding(days: 1), why: $0.why) }) else { continue }
                if best == nil || fit < best!.fit || (fit == best!.fit && day > best!.event) {
                    best = (fit, day, pub, "\(clue); \(how): \(pub.iso)")
                }
            }
        }
        guard let best else { return nil }
        return PublicationDate(value: best.pub.iso, precision: .day, basis: best.basis, given: false)
    }

    /// The latest date the text gives, narrowed by the weekday the lead names.
    func fromExplicitDates(_ sentences: [SentenceClues], lower: Bound?, upper: Bound?, leadWeekday: (day: Int, text: String)?, year: Int?) -> PublicationDate? {
        var latest: (day: CalendarDay, text: String)?
        for s in sentences {
            for t in s.timexes where t.tense != .future && !s.future {
                // "Nov. 8" without a year takes the year the text names ("the 2016 election").
                guard case .calendar(let y, let m?, let d?, false) = t.match.meaning, let y = y ?? year,
                      let day = CalendarDay(year: y, month: m, day: d) else { continue }
                if upper.map({ day > $0.day }) ?? false { continue }
                if latest == nil || day > latest!.day { latest = (day, t.text) }
            }
        }
        if let latest {
            // A weekday within three days after the latest date is the writing day; one further off
            // more likely fell before it ("Tuesday's vote" in a Wednesday report dated "Nov. 9").
            if let w = leadWeekday, (w.day - latest.day.weekday + 7) % 7 <= 3 {
                let lag = (w.day - latest.day.weekday + 7) % 7
                let pub = latest.day.adding(days: lag)
                return PublicationDate(value: pub.iso, precision: .day,
                                       basis: "the latest date the text gives is '\(latest.text)' (\(latest.day.iso)); '\(w.text)' is the first \(CalendarDay.name(ofWeekday: w.day)) on or after it: \(pub.iso)", given: false)
            }
            return PublicationDate(value: latest.day.iso, precision: .day, basis: "the latest date the text gives: '\(latest.text)' (\(latest.day.iso))", given: false)
        }
        guard let lower else { return nil }
        if let upper, upper.day.year == lower.day.year, upper.day.month == lower.day.month {
            return PublicationDate(value: TimexValue.month(lower.day.year, lower.day.month), precision: .month,
                                   basis: "between \(lower.why) and \(upper.why)", given: false)
        }
        if let upper, upper.day.year > lower.day.year {
            // Years apart: a text is most often written shortly before what it still looks forward to.
            return PublicationDate(value: TimexValue.year(upper.day.year), precision: .year,
                                   basis: "before \(upper.day.adding(days: 1).iso): \(upper.why); not before \(lower.day.iso): \(lower.why)", given: false)
        }
        return PublicationDate(value: TimexValue.year(lower.day.year), precision: .year, basis: "not before \(lower.day.iso): \(lower.why)", given: false)
    }
}
