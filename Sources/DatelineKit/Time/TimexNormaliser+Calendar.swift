/// The calendar rules behind `TimexNormaliser`: which year a bare month belongs to, which Tuesday
/// "on Tuesday" is, what "last week" and "two years ago" are.
extension TimexNormaliser {
    func calendar(year: Int?, month: Int?, day: Int?, bc: Bool, text: String, tense: SentenceTense) -> Resolution {
        if bc, let year { return Resolution(value: "BC" + TimexValue.pad(year, 4), basis: nil) }
        if let year {
            if let month, let day { return Resolution(value: TimexValue.day(year, month, day), basis: nil) }
            if let month { return Resolution(value: TimexValue.month(year, month), basis: nil) }
            return Resolution(value: TimexValue.year(year), basis: nil)
        }
        if let month {
            // In a narrative, a month without a year belongs to the year last mentioned.
            if narrative, let a = anchor {
                return Resolution(value: day.map { TimexValue.day(a.year, month, $0) } ?? TimexValue.month(a.year, month),
                                  basis: "'\(text)' in \(TimexValue.year(a.year)), the year last mentioned")
            }
            guard let reference else { return Resolution(value: "XXXX-" + TimexValue.pad(month, 2) + (day.map { "-" + TimexValue.pad($0, 2) } ?? ""), basis: nil) }
            let y = yearOf(month: month, day: day, around: reference, tense: tense)
            let value = day.map { TimexValue.day(y, month, $0) } ?? TimexValue.month(y, month)
            return Resolution(value: value, basis: "'\(text)' \(tenseWords(tense)): \(direction(tense)) \(referenceLabel)")
        }
        if let day {
            // "the 19th": a day of the month in view.
            if narrative, let a = anchor, let m = a.month {
                return Resolution(value: TimexValue.day(a.year, m, day), basis: "'\(text)' in the month last mentioned")
            }
            guard let reference else { return Resolution(value: "XXXX-XX-" + TimexValue.pad(day, 2), basis: nil) }
            var base = CalendarDay(year: reference.year, month: reference.month, day: 1)!
            if tense == .past, day > reference.day { base = base.adding(months: -1) }
            if tense == .future, day < reference.day { base = base.adding(months: 1) }
            return Resolution(value: TimexValue.day(base.year, base.month, day),
                              basis: "'\(text)' \(tenseWords(tense)): \(direction(tense)) \(referenceLabel)")
        }
        return Resolution(value: "XXXX", basis: nil)
    }

    private func direction(_ tense: SentenceTense) -> String {
        switch tense {
        case .past, .present: "the latest one on or before"
        case .future: "the first one on or after"
        case .unknown: "the one nearest to"
        }
    }

    /// The year that puts `month` (and `day`) before the reference (past), after it (future) or
    /// nearest to it (no tense).
    func yearOf(month: Int, day: Int?, around reference: CalendarDay, tense: SentenceTense) -> Int {
        let ref = reference.month * 100 + reference.day
        let target = month * 100 + (day ?? (month == reference.month ? reference.day : 15))
        switch tense {
        case .past, .present: return target <= ref ? reference.year : reference.year - 1
        case .future: return target >= ref ? reference.year : reference.year + 1
        case .unknown:
            let diff = (month - reference.month + 12) % 12
            if diff == 0 { return reference.year }
            return diff <= 6 && month > reference.month ? reference.year
                : diff <= 6 ? reference.year + 1
                : month < reference.month ? reference.year : reference.year - 1
        }
    }

    func weekday(_ d: Int, shift: Int?, text: String, tense: SentenceTense) -> Resolution {
        guard let (base, label) = baseDay else { return Resolution(value: "XXXX-WXX-\(d)", basis: nil) }
        let back = (base.weekday - d + 7) % 7
        let ahead = (d - base.weekday + 7) % 7
        let day: CalendarDay, rule: String
        switch shift {
        case .some(-1):
            day = base.adding(days: -(back == 0 ? 7 : back)); rule = "the one before"
        case .some(1):
            day = base.adding(days: ahead == 0 ? 7 : ahead); rule = "the one after"
        case .some(0):
            day = base.adding(days: d - base.weekday); rule = "the one in the week of"
        default:
            if tense == .future {
                // "will meet later on Thursday", written on a Thursday, is that same day, as the past tense's
                // "on Thursday" written on a Thursday is.
                day = base.adding(days: ahead); rule = "in a future-tense sentence: the one on or after"
            } else {
                day = base.adding(days: -back)
                rule = tense == .past ? "in a past-tense sentence: the one on or before" : "\(tenseWords(tense)): the one on or before"
            }
        }
        return Resolution(value: day.iso, basis: "'\(text)' \(rule) \(label)")
    }

    func anaphoric(unit: String, shift: Int, text: String) -> Resolution {
        if let a = anchor {
            let label = "the date last mentioned"
            switch unit {
            case "Y": return Resolution(value: TimexValue.year(a.year + shift), basis: "'\(text)' from \(TimexValue.year(a.year)), \(label)")
            case "DE": return Resolution(value: TimexValue.pad((a.year / 10) + shift, 3), basis: "'\(text)' from \(label)")
            case "M" where a.month != nil:
                let day = CalendarDay(year: a.year, month: a.month!, day: 1)!.adding(months: shift)
                return Resolution(value: TimexValue.month(day.year, day.month), basis: "'\(text)' from \(label)")
            case "D", "W", "WE":
                if let m = a.month, let d = a.day, let day = CalendarDay(year: a.year, month: m, day: d) {
                    return Resolution(value: unitValue(day, unit: unit, shift: shift), basis: "'\(text)' from \(day.iso), \(label)")
                }
            default: break
            }
        }
        guard let reference else { return Resolution(value: "XXXX", basis: nil) }
        return Resolution(value: unitValue(reference, unit: unit, shift: shift), basis: "'\(text)' relative to \(referenceLabel)")
    }

    /// The unit (day, week, month, quarter, year, decade, century) containing `day`, shifted.
    func unitValue(_ day: CalendarDay, unit: String, shift: Int) -> String {
        switch unit {
        case "D": return day.adding(days: shift).iso
        case "W": return TimexValue.week(day.adding(days: 7 * shift))
        case "FN": return TimexValue.week(day.adding(days: 14 * shift))
        case "WE": return TimexValue.week(day.adding(days: 7 * shift)) + "-WE"
        case "M":
            let m = day.adding(months: shift)
            return TimexValue.month(m.year, m.month)
        case "Q":
            let q = day.adding(months: 3 * shift)
            return "\(TimexValue.year(q.year))-Q\(q.quarter)"
        case "DE": return TimexValue.pad(day.year / 10 + shift, 3)
        case "CE": return TimexValue.pad(day.year / 100 + shift, 2)
        case "H", "MIN", "S": return day.iso
        default: return TimexValue.year(day.year + shift)
        }
    }

    /// "two years ago" → the year two before; "three days ago" → the day. Granularity follows the unit.
    func offsetValue(_ day: CalendarDay, amount: Double, unit: String) -> String {
        let n = Int(amount.rounded())
        switch unit {
        case "D": return day.adding(days: n).iso
        case "W": return TimexValue.week(day.adding(days: 7 * n))
        case "FN": return TimexValue.week(day.adding(days: 14 * n))
        case "M": let m = day.adding(months: n); return TimexValue.month(m.year, m.month)
        case "Q": let m = day.adding(months: 3 * n); return "\(TimexValue.year(m.year))-Q\(m.quarter)"
        case "DE": return TimexValue.year(day.year + 10 * n)
        case "CE": return TimexValue.pad(day.year / 100 + n, 2)
        case "H", "MIN", "S", "WE": return day.iso
        default: return TimexValue.year(day.year + n)
        }
    }

    static let seasonOrder = ["SP": 0, "SU": 1, "FA": 2, "WI": 3]

    /// Seasons counted as year × 4 + (SP 0, SU 1, FA 2, WI 3); January and February belong to the
    /// winter that began the December before.
    static func seasonIndex(_ day: CalendarDay) -> Int {
        let (y, m, _) = day.components
        switch m {
        case 3...5: return y * 4
        case 6...8: return y * 4 + 1
        case 9...11: return y * 4 + 2
        case 12: return y * 4 + 3
        default: return (y - 1) * 4 + 3
        }
    }

    func season(_ s: String, year: Int?, shift: Int?, text: String, tense: SentenceTense) -> Resolution {
        if let year { return Resolution(value: "\(TimexValue.year(year))-\(s)", basis: nil) }
        let k = Self.seasonOrder[s] ?? 0
        if narrative, let a = anchor, shift == nil {
            return Resolution(value: "\(TimexValue.year(a.year))-\(s)", basis: "'\(text)' in \(a.year), the year last mentioned")
        }
        guard let (base, label) = baseDay else { return Resolution(value: "XXXX-\(s)", basis: nil) }
        let current = Self.seasonIndex(base)
        var target = (current / 4) * 4 + k
        switch shift ?? (tense == .future ? 1 : tense == .past ? -1 : 0) {
        case -1: while target >= current { target -= 4 }
        case 1: while target <= current { target += 4 }
        default: break
        }
        return Resolution(value: "\(TimexValue.year(target / 4))-\(s)", basis: "'\(text)' relative to \(label)")
    }

    struct DurationUnit { var code: String; var time: Bool; var factor: Double }

    static func durationUnit(_ unit: String) -> DurationUnit {
        switch unit {
        case "S": DurationUnit(code: "S", time: true, factor: 1)
        case "MIN": DurationUnit(code: "M", time: true, factor: 1)
        case "H": DurationUnit(code: "H", time: true, factor: 1)
        case "D": DurationUnit(code: "D", time: false, factor: 1)
        case "W": DurationUnit(code: "W", time: false, factor: 1)
        case "FN": DurationUnit(code: "W", time: false, factor: 2)
        case "M": DurationUnit(code: "M", time: false, factor: 1)
        case "DE": DurationUnit(code: "Y", time: false, factor: 10)
        case "CE": DurationUnit(code: "Y", time: false, factor: 100)
        case "WE": DurationUnit(code: "WE", time: false, factor: 1)
        case "Q": DurationUnit(code: "M", time: false, factor: 3)
        default: DurationUnit(code: "Y", time: false, factor: 1)
        }
    }

    /// "P10Y" for a decade, "PT3H" for three hours, "P1.5Y" for a year and a half.
    static func durationValue(_ amount: Double, _ unit: String) -> String {
        let u = durationUnit(unit)
        let n = amount * u.factor
        let number = n == n.rounded() ? String(Int(n)) : String(n)
        return (u.time ? "PT" : "P") + number + u.code
    }
}
