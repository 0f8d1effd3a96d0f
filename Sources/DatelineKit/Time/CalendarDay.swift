/// A day of the proleptic Gregorian calendar, with the arithmetic temporal values need: weekdays,
/// ISO weeks, quarters, month steps. Held as a day number so adding days is plain addition.
public struct CalendarDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let number: Int

    public init(number: Int) { self.number = number }

    /// nil when the month or day does not exist ("February 30").
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
        number = CalendarDay.dayNumber(year: year, month: month, day: day)
    }

    /// Parses "2025-01-21" (and the day part of longer timestamps).
    public init?(iso: String) {
        let parts = iso.prefix(10).split(separator: "-")
        guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    // Howard Hinnant's days-from-civil: exact for every Gregorian date.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = number + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var day: Int { components.day }

    /// ISO weekday: 1 = Monday … 7 = Sunday.
    public var weekday: Int { ((number % 7 + 7) % 7 + 3) % 7 + 1 }

    /// ISO 8601 week-numbering year and week ("2013-W12").
    public var isoWeek: (year: Int, week: Int) {
        let thursday = adding(days: 4 - weekday)
        let y = thursday.year
        let firstDay = CalendarDay.dayNumber(year: y, month: 1, day: 1)
        return (y, (thursday.number - firstDay) / 7 + 1)
    }

    public var quarter: Int { (month - 1) / 3 + 1 }

    public func adding(days: Int) -> CalendarDay { CalendarDay(number: number + days) }

    /// The same day `months` months later, clamped to the month's last day.
    public func adding(months: Int) -> CalendarDay {
        let c = components
        let total = c.year * 12 + (c.month - 1) + months
        let y = total >= 0 ? total / 12 : (total - 11) / 12
        let m = total - y * 12 + 1
        return CalendarDay(number: CalendarDay.dayNumber(year: y, month: m, day: min(c.day, CalendarDay.daysIn(month: m, year: y))))
    }

    /// The Monday of the ISO week `week` of `year`.
    public static func monday(ofISOWeek week: Int, year: Int) -> CalendarDay {
        let jan4 = CalendarDay(number: dayNumber(year: year, month: 1, day: 4))
        return jan4.adding(days: 1 - jan4.weekday + (week - 1) * 7)
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public var iso: String { TimexValue.day(year, month, day) }
    public var description: String { iso }
    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.number < b.number }

    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    /// "Tuesday" for ISO weekday 2.
    public static func name(ofWeekday weekday: Int) -> String { weekdayNames[(weekday - 1 + 7) % 7] }
}

/// Formats TIMEX3 values.
enum TimexValue {
    static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(abs(n))
        return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
    }
    static func year(_ y: Int) -> String { pad(y, 4) }
    static func month(_ y: Int, _ m: Int) -> String { pad(y, 4) + "-" + pad(m, 2) }
    static func day(_ y: Int, _ m: Int, _ d: Int) -> String { pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2) }
    static func week(_ day: CalendarDay) -> String { let w = day.isoWeek; return pad(w.year, 4) + "-W" + pad(w.week, 2) }
}
