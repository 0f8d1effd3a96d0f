/// Places a tagged expression on the calendar, relative to the document creation time (the
/// publication date) or, for anaphoric expressions ("the following year") and in narratives
/// without a date, to the date the text last mentioned. Each relative value gets a `basis`.
///
/// ```swift
/// var normaliser = TimexNormaliser(reference: CalendarDay(iso: "2025-01-21"))
/// normaliser.resolve(.weekday(1, shift: nil), type: .date, text: "Monday", tense: .past).value  // "2025-01-20"
/// ```
public struct TimexNormaliser: Sendable {
    /// The date last mentioned: what "the following year" and "the 13th" count from.
    public struct Anchor: Sendable, Equatable {
        public var year: Int
        public var month: Int?
        public var day: Int?
    }

    public var reference: CalendarDay?
    /// Words describing the reference in a basis: "publication 2025-01-21".
    public var referenceLabel: String
    public var anchor: Anchor?
    /// Narrative mode (history, no creation date): bare months and weekdays follow the anchor.
    public var narrative: Bool

    public init(reference: CalendarDay?, referenceLabel: String? = nil, narrative: Bool = false) {
        self.reference = reference
        self.referenceLabel = referenceLabel ?? reference.map { "publication \($0.iso)" } ?? "no publication date"
        self.narrative = narrative || reference == nil
    }

    public struct Resolution: Sendable, Equatable {
        public var value: String
        public var basis: String?
    }

    /// The TIMEX3 value of `meaning`, updating the anchor with explicit and resolved dates.
    mutating func resolve(_ meaning: TimexMeaning, type: Timex.Kind, text: String, tense: SentenceTense) -> Resolution {
        let r = value(of: meaning, text: text, tense: tense)
        if type == .date || type == .time { remember(r.value) }
        return r
    }

    private mutating func remember(_ value: String) {
        // Every value the time layer gives passes here: most are plain ASCII dates, read on bytes.
        if let parts = TimexDateParts(value) {
            guard parts.firstLength == 4, let y = parts.first else { return }
            anchor = Anchor(year: y, month: parts.second, day: parts.second == nil ? nil : parts.third)
            return
        }
        let parts = value.prefix(10).split(separator: "-")
        guard let first = parts.first, first.count == 4, let y = Int(first) else { return }
        let m = parts.count > 1 ? Int(parts[1]) : nil
        let d = parts.count > 2 ? Int(parts[2]) : nil
        anchor = Anchor(year: y, month: m, day: m == nil ? nil : d)
    }

    /// The day a relative expression counts from: the publication date, or in a narrative the
    /// date last mentioned (when that date is a whole day).
    var baseDay: (day: CalendarDay, label: String)? {
        if narrative, let a = anchor {
            // A narrative counts from the text's own dates; the creation date would be a guess.
            guard let m = a.month, let d = a.day, let day = CalendarDay(year: a.year, month: m, day: d) else { return nil }
            return (day, "\(day.iso), the date last mentioned")
        }
        if let reference { return (reference, referenceLabel) }
        if let a = anchor, let day = CalendarDay(year: a.year, month: a.month ?? 7, day: a.day ?? 1) {
            return (day, "\(TimexValue.year(a.year)), the date last mentioned")
        }
        return nil
    }

    func tenseWords(_ tense: SentenceTense) -> String {
        switch tense {
        case .past: "in a past-tense sentence"
        case .future: "in a future-tense sentence"
        case .present: "in a present-tense sentence"
        case .unknown: "with no tense to go by"
        }
    }

    func value(of meaning: TimexMeaning, text: String, tense: SentenceTense) -> Resolution {
        switch meaning {
        case .calendar(let year, let month, let day, let bc):
            return calendar(year: year, month: month, day: day, bc: bc, text: text, tense: tense)
        case .namedMonth(let m, let shift):
            guard let (base, label) = baseDay else { return Resolution(value: "XXXX-" + TimexValue.pad(m, 2), basis: nil) }
            var y = base.year
            switch shift {
            case -1: if m >= base.month { y -= 1 }
            case 1: if m <= base.month { y += 1 }
            default: break
            }
            return Resolution(value: TimexValue.month(y, m), basis: "'\(text)' relative to \(label)")
        case .weekday(let d, let shift):
            return weekday(d, shift: shift, text: text, tense: tense)
        case .dayOffset(let k):
            guard let (base, label) = narrative ? baseDay : reference.map({ ($0, referenceLabel) }) ?? baseDay else { return Resolution(value: "XXXX-XX-XX", basis: nil) }
            return Resolution(value: base.adding(days: k).iso, basis: "'\(text)' relative to \(label)")
        case .relativeUnit(let unit, let shift):
            guard let (base, label) = narrative ? baseDay : reference.map({ ($0, referenceLabel) }) ?? baseDay else { return Resolution(value: unknown(unit), basis: nil) }
            return Resolution(value: unitValue(base, unit: unit, shift: shift), basis: "'\(text)' relative to \(label)")
        case .anaphoricUnit(let unit, let shift):
            return anaphoric(unit: unit, shift: shift, text: text)
        case .offset(let amount, let unit, let direction, let anchored):
            let base: (day: CalendarDay, label: String)? = anchored ? (anchorDay.map { ($0, "\($0.iso), the date last mentioned") } ?? baseDay) : (reference.map { ($0, referenceLabel) } ?? baseDay)
            if anchored, anchorDay == nil, let a = anchor, unit == "Y" || unit == "DE" {
                let years = Int((amount * Double(direction) * (unit == "DE" ? 10 : 1)).rounded())
                return Resolution(value: TimexValue.year(a.year + years), basis: "'\(text)' counted from \(TimexValue.year(a.year)), the year last mentioned")
            }
            guard let (day, label) = base else {
                return Resolution(value: anchor.map { TimexValue.year($0.year) + String(unknown(unit).dropFirst(4)) } ?? unknown(unit), basis: nil)
            }
            return Resolution(value: offsetValue(day, amount: amount * Double(direction), unit: unit), basis: "'\(text)' counted from \(label)")
        case .duration(let amount, let unit):
            let u = Self.durationUnit(unit)
            return Resolution(value: amount.map { Self.durationValue($0, unit) } ?? (u.time ? "PTX" : "PX") + u.code, basis: nil)
        case .season(let s, let year, let shift):
            return season(s, year: year, shift: shift, text: text, tense: tense)
        case .quarter(let q, let year):
            if let year { return Resolution(value: "\(TimexValue.year(year))-Q\(q)", basis: nil) }
            guard let (base, label) = baseDay else { return Resolution(value: "XXXX-Q\(q)", basis: nil) }
            let y = tense == .past && q > base.quarter ? base.year - 1 : tense == .future && q < base.quarter ? base.year + 1 : base.year
            return Resolution(value: "\(TimexValue.year(y))-Q\(q)", basis: "'\(text)' \(tenseWords(tense)), relative to \(label)")
        case .half(let h, let year):
            let y = year ?? baseDay?.day.year
            return Resolution(value: (y.map(TimexValue.year) ?? "XXXX") + "-H\(h)", basis: year == nil ? "year of \(baseDay?.label ?? "")" : nil)
        case .decade(let d, let bc):
            return Resolution(value: bc ? "BC" + TimexValue.pad(d, 3) : TimexValue.pad(d, 3), basis: nil)
        case .century(let c, let bc):
            return Resolution(value: bc ? "BC" + TimexValue.pad(c, 2) : TimexValue.pad(c, 2), basis: nil)
        case .fixed(let v):
            guard v.hasPrefix("T") else { return Resolution(value: v, basis: nil) }
            guard let (base, label) = baseDay else { return Resolution(value: "XXXX-XX-XX" + v, basis: nil) }
            return Resolution(value: base.iso + v, basis: "'\(text)' on \(label)")
        case .partOfDay(let part, let day):
            guard let day else { return Resolution(value: (anchorDay?.iso ?? "XXXX-XX-XX") + "T" + part, basis: nil) }
            let d = value(of: day, text: text, tense: tense)
            return Resolution(value: d.value + "T" + part, basis: d.basis)
        case .clock(let hour, let minute, let day):
            let time = "T" + TimexValue.pad(hour, 2) + (minute.map { ":" + TimexValue.pad($0, 2) } ?? "")
            if let day {
                let d = value(of: day, text: text, tense: tense)
                return Resolution(value: d.value + time, basis: d.basis)
            }
            guard let (base, label) = baseDay else { return Resolution(value: "XXXX-XX-XX" + time, basis: nil) }
            return Resolution(value: base.iso + time, basis: "'\(text)' on \(label)")
        }
    }

    var anchorDay: CalendarDay? {
        guard let a = anchor, let m = a.month, let d = a.day else { return nil }
        return CalendarDay(year: a.year, month: m, day: d)
    }

    private func unknown(_ unit: String) -> String {
        switch unit {
        case "D": "XXXX-XX-XX"
        case "M": "XXXX-XX"
        case "W", "WE": "XXXX-WXX"
        default: "XXXX"
        }
    }
}
