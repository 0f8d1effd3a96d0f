/// Days since 1970-01-01 for TIMEX3 calendar values, so event dates of any precision compare as
/// day ranges: "2023-10" covers 2023-10-01 … 2023-10-31, "201" the decade 2010 … 2019.
enum DayNumber {
    /// The day number of a proleptic Gregorian date (Howard Hinnant's days_from_civil).
    static func of(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// "YYYY-MM-DD" of a day number.
    static func date(_ days: Int) -> String {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    typealias Parts = (year: Int, month: Int?, day: Int?, decade: Bool)

    /// A value's calendar fields. Timeline merging reads the days of every candidate entry for
    /// every report, so plain ASCII values are read from their bytes (`TimexDateParts`, the pieces
    /// `value.prefix(10).split(separator: "-")` gives) without building substrings; anything else
    /// takes the general path, which gives the same answer (`DayNumberTests`).
    static func parts(_ value: String) -> Parts? {
        guard let p = TimexDateParts(value) else { return generalParts(value) }
        guard p.count > 0 else { return nil }
        if p.firstLength == 3, let decade = p.first { return (decade * 10, nil, nil, true) }
        guard p.firstLength == 4, let year = p.first else { return nil }
        let month = p.count > 1 ? p.second : nil
        let day = p.count > 2 ? p.thirdOpening : nil
        if let month, !(1...12).contains(month) { return nil }
        if let day, !(1...31).contains(day) { return nil }
        return (year, month, day, false)
    }

    /// Any value, read by characters.
    static func generalParts(_ value: String) -> Parts? {
        let p = value.prefix(10).split(separator: "-")
        guard let first = p.first else { return nil }
        if first.count == 3, let decade = Int(first) { return (decade * 10, nil, nil, true) }
        guard first.count == 4, let year = Int(first) else { return nil }
        let month = p.count > 1 ? Int(p[1]) : nil
        let day = p.count > 2 ? Int(p[2].prefix(2)) : nil
        if let month, !(1...12).contains(month) { return nil }
        if let day, !(1...31).contains(day) { return nil }
        return (year, month, day, false)
    }

    static func firstDay(of value: String) -> Int? {
        guard let p = parts(value) else { return nil }
        return of(year: p.year, month: p.month ?? 1, day: p.day ?? 1)
    }

    static func lastDay(of value: String) -> Int? {
        parts(value).map(lastDay)
    }

    /// The first and last day of a value, read once.
    static func days(of value: String) -> (first: Int, last: Int)? {
        guard let p = parts(value) else { return nil }
        return (of(year: p.year, month: p.month ?? 1, day: p.day ?? 1), lastDay(p))
    }

    private static func lastDay(_ p: Parts) -> Int {
        if p.decade { return of(year: p.year + 10, month: 1, day: 1) - 1 }
        if let day = p.day, let month = p.month { return of(year: p.year, month: month, day: day) }
        if let month = p.month {
            return month == 12 ? of(year: p.year + 1, month: 1, day: 1) - 1 : of(year: p.year, month: month + 1, day: 1) - 1
        }
        return of(year: p.year + 1, month: 1, day: 1) - 1
    }
}
