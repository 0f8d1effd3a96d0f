/// Patterns that start with a number, "the", a month, a weekday or a shift word ("last", "next").
extension TimexScan {
    func numeric(at i: Int) -> TimexMatch? {
        guard let n = number(i) else { return nil }
        let value = Int(n.number)
        // ISO dates "2013-03-22", "2013-03".
        if n.digits == 4, isPunct(i + 1, "-"), adjacent(i), let m = number(i + 2), m.digits == 2, adjacent(i + 1),
           (1...12).contains(Int(m.number)) {
            if isPunct(i + 3, "-"), adjacent(i + 2), let d = number(i + 4), d.digits == 2, adjacent(i + 3) {
                return TimexMatch(first: i, last: i + 5, type: .date, meaning: .calendar(year: value, month: Int(m.number), day: Int(d.number), bc: false), mod: nil)
            }
            return TimexMatch(first: i, last: i + 3, type: .date, meaning: .calendar(year: value, month: Int(m.number), day: nil, bc: false), mod: nil)
        }
        // US slashes "3/22/2013".
        if n.digits <= 2, isPunct(i + 1, "/"), adjacent(i), let d = number(i + 2), d.digits <= 2, isPunct(i + 3, "/"),
           let y = number(i + 4), y.digits == 4 || y.digits == 2, adjacent(i + 3), (1...12).contains(value), (1...31).contains(Int(d.number)) {
            let year = y.digits == 4 ? Int(y.number) : 2000 + Int(y.number)
            return TimexMatch(first: i, last: i + 5, type: .date, meaning: .calendar(year: year, month: value, day: Int(d.number), bc: false), mod: nil)
        }
        if let clock = clock(at: i) { return clock }
        // Ordinals: "20th century", "19th of March".
        if n.digits <= 2, adjacent(i), let suffix = word(i + 1), ["th", "st", "nd", "rd"].contains(suffix) {
            if isWord(i + 2, "century") || isWord(i + 2, "centuries") {
                let bc = isWord(i + 3, "bc")
                return TimexMatch(first: i, last: bc ? i + 4 : i + 3, type: .date, meaning: .century(value - 1, bc: bc), mod: nil)
            }
            if isWord(i + 2, "of"), let m = word(i + 3).flatMap({ lex.months[$0] }), capitalized(i + 3), (1...31).contains(value) {
                let year = yearNumber(i + 4)
                return TimexMatch(first: i, last: year == nil ? i + 4 : i + 5, type: .date, meaning: .calendar(year: year, month: m, day: value, bc: false), mod: nil)
            }
        }
        // "22 March 2013", "26 January".
        if n.digits <= 2, (1...31).contains(value), let m = word(i + 1).flatMap({ lex.months[$0] }), capitalized(i + 1) {
            var last = i + 2
            if isPunct(last, "."), adjacent(i + 1), t[i + 1].text.count <= 4, !["june", "july", "may"].contains(t[i + 1].text) { last += 1 }
            var j = last
            if isPunct(j, ",") { j += 1 }
            if let y = yearNumber(j) { return TimexMatch(first: i, last: j + 1, type: .date, meaning: .calendar(year: y, month: m, day: value, bc: false), mod: nil) }
            return TimexMatch(first: i, last: last, type: .date, meaning: .calendar(year: nil, month: m, day: value, bc: false), mod: nil)
        }
        // Decades "1990s", "1990's", "460s BC".
        if n.digits >= 2, n.digits <= 4, value % 10 == 0 {
            var j = i + 1
            if isPunct(j, "'"), adjacent(i) { j += 1 }
            if isWord(j, "s"), adjacent(j - 1) {
                let bc = isWord(j + 1, "bc")
                if n.digits == 4 || bc {
                    return TimexMatch(first: i, last: bc ? j + 2 : j + 1, type: .date, meaning: .decade(value / 10, bc: bc), mod: nil)
                }
            }
        }
        // Years BC/AD: "466 BC", "225 B.C.".
        if n.digits <= 4, isWord(i + 1, "bc") {
            return TimexMatch(first: i, last: i + 2, type: .date, meaning: .calendar(year: value, month: nil, day: nil, bc: true), mod: nil)
        }
        if n.digits <= 4, isWord(i - 1, "ad"), value > 0 {
            return TimexMatch(first: i - 1, last: i + 1, type: .date, meaning: .calendar(year: value, month: nil, day: nil, bc: false), mod: nil)
        }
        if let m = amount(at: i, first: i) { return m }
        if plausibleYear(i) {
            return TimexMatch(first: i, last: i + 1, type: .date, meaning: .calendar(year: value, month: nil, day: nil, bc: false), mod: nil)
        }
        return nil
    }

    /// "8 p.m.", "10:30", "15:00 GMT Saturday", "3:07:35".
    func clock(at i: Int) -> TimexMatch? {
        guard let n = number(i), n.digits <= 2 else { return nil }
        var hour = Int(n.number), minute: Int?, j = i + 1
        if isPunct(j, ":"), adjacent(i), let m = number(j + 1), m.digits == 2, adjacent(j) {
            minute = Int(m.number)
            j += 2
            if isPunct(j, ":"), let s = number(j + 1), s.digits == 2 {
                // "3:07:35" is a race time, a duration.
                return TimexMatch(first: i, last: j + 2, type: .duration,
                                  meaning: .fixed("PT\(hour)H\(minute!)M\(Int(s.number))S"), mod: nil)
            }
        }
        var meridiem = false
        if let w = word(j), w == "am" || w == "pm" {
            meridiem = true
            if w == "pm", hour < 12 { hour += 12 }
            if w == "am", hour == 12 { hour = 0 }
            j += 1
        } else if isWord(j, "o"), isPunct(j + 1, "'"), isWord(j + 2, "clock") {
            meridiem = true
            j += 3
        }
        guard hour <= 24, minute ?? 0 < 60, meridiem || minute != nil else { return nil }
        if minute != nil, !meridiem {
            // "10:30" alone could be a score or a verse; a clock needs a zone, a day or a preposition.
            let zone = word(j).map { ["gmt", "utc", "et", "est", "edt", "pst", "pdt", "bst", "cet", "msk", "local", "time"].contains($0) } ?? false
            let prep = word(i - 1).map { ["at", "by", "until", "before", "after", "from", "around", "about"].contains($0) } ?? false
            guard zone || prep else { return nil }
        }
        if let w = word(j), ["gmt", "utc", "et", "est", "edt", "pst", "pdt", "bst", "cet", "msk"].contains(w) { j += 1 }
        var day: TimexMeaning?
        if let d = word(j).flatMap({ lex.weekdays[$0] }), capitalized(j) { day = .weekday(d, shift: nil); j += 1 }
        else if let k = word(j).flatMap({ lex.dayWords[$0] }) { day = .dayOffset(k); j += 1 }
        return TimexMatch(first: i, last: j, type: .time, meaning: .clock(hour: hour, minute: minute, day: day), mod: nil)
    }

    /// Expressions opening with "the".
    func determined(at i: Int) -> TimexMatch? {
        // "the 19th", "the 20th century", "the 13th of March".
        if let n = number(i + 1), n.digits <= 2, adjacent(i + 1), let suffix = word(i + 2), ["th", "st", "nd", "rd"].contains(suffix) {
            // "the 20th century": TimeML leaves "the" out of a century.
            if let m = numeric(at: i + 1), m.first == i + 1 { return m }
            let day = Int(n.number)
            // "the 47th president" is an ordinal, not a day: a day ends the phrase.
            let next = i + 3
            let ends = next >= t.count || t[next].kind == .punctuation
                || ["of", "and", "to", "in", "at", "when", "as", "after", "before", "until"].contains(word(next) ?? "")
            guard (1...31).contains(day), ends, !isWord(next, "of") else { return nil }
            return TimexMatch(first: i, last: i + 3, type: .date, meaning: .calendar(year: nil, month: nil, day: day, bc: false), mod: nil)
        }
        if let n = number(i + 1), n.digits == 4 || isPunct(i + 1, "'"), var m = numeric(at: i + 1), m.first == i + 1, case .decade = m.meaning {
            m.first = i
            return m
        }
        if isPunct(i + 1, "'"), var m = core(at: i + 1), case .decade = m.meaning { m.first = i; return m }
        guard let w = word(i + 1) else { return nil }
        // The word's flags (`TimeLexicon.classify`) say which dictionaries hold it: only those are asked.
        let f = t[i + 1].flags
        if f & TimeLexicon.WordClass.ordinal != 0, let ordinal = lex.ordinals[w], ordinal > 0, let unit = word(i + 2), unit == "quarter" || unit == "half" {
            var j = i + 3
            if isWord(j, "of") { j += 1 }
            let year = yearNumber(j) ?? (isWord(j, "the") || isWord(j, "this") ? nil : nil)
            let meaning: TimexMeaning = unit == "quarter" ? .quarter(min(ordinal, 4), year: year) : .half(min(ordinal, 2), year: year)
            return TimexMatch(first: i, last: year == nil ? i + 3 : j + 1, type: .date, meaning: meaning, mod: nil)
        }
        if f & TimeLexicon.WordClass.season != 0, let s = lex.seasons[w] { return season(s, at: i + 1, shift: nil, first: i) }
        if w == "weekend" { return TimexMatch(first: i, last: i + 2, type: .date, meaning: .relativeUnit(unit: "WE", shift: 0), mod: nil) }
        if f & TimeLexicon.WordClass.relativeShift != 0, let shift = lex.relativeShifts[w], w != "this" {
            // "the past two years", "the next few months": a stretch of time.
            if let d = amount(at: i + 2, first: i), d.type == .duration { return d }
            // "the last week of August" is a part of August, found on its own.
            guard let u = word(i + 2), t[i + 2].flags & TimeLexicon.WordClass.unit != 0, let unit = lex.units[u], !isWord(i + 3, "of") else { return nil }
            if u.hasSuffix("s"), unit != "S" || u == "seconds" {
                return TimexMatch(first: i, last: i + 3, type: .duration, meaning: .duration(amount: nil, unit: unit), mod: nil)
            }
            switch w {
            case "next", "following" where unit == "D":
                return TimexMatch(first: i, last: i + 3, type: .date, meaning: .anaphoricUnit(unit: unit, shift: 1), mod: nil)
            case "last" where ["W", "M", "Y", "WE", "Q"].contains(unit):
                return TimexMatch(first: i, last: i + 3, type: .date, meaning: .relativeUnit(unit: unit, shift: -1), mod: nil)
            case "past", "next", "coming", "last":
                return TimexMatch(first: i, last: i + 3, type: .duration, meaning: .duration(amount: 1, unit: unit), mod: nil)
            default:
                return TimexMatch(first: i, last: i + 3, type: .date, meaning: .anaphoricUnit(unit: unit, shift: shift), mod: nil)
            }
        }
        if w == "year" || w == "day", isWord(i + 2, "before") || isWord(i + 2, "after") {
            let shift = isWord(i + 2, "before") ? -1 : 1
            if word(i + 3).map({ [".", ",", "the", "a"].contains($0) }) ?? true, !(word(i + 3).map { $0 == "the" || $0 == "a" } ?? false) {
                return TimexMatch(first: i, last: i + 3, type: .date, meaning: .anaphoricUnit(unit: w == "year" ? "Y" : "D", shift: shift), mod: nil)
            }
        }
        return nil
    }

    func month(_ m: Int, at i: Int) -> TimexMatch? {
        guard capitalized(i) else { return nil }
        let w = t[i].text
        var last = i + 1
        if isPunct(last, "."), adjacent(i), w.count <= 4, !["june", "july", "may"].contains(w) { last += 1 }
        // "March 22, 2013", "Feb. 28", "March 22nd".
        if let d = number(last), d.digits <= 2, (1...31).contains(Int(d.number)) {
            var j = last + 1
            if adjacent(last), let s = word(j), ["th", "st", "nd", "rd"].contains(s) { j += 1 }
            var k = j
            if isPunct(k, ",") { k += 1 }
            if let y = yearNumber(k) { return TimexMatch(first: i, last: k + 1, type: .date, meaning: .calendar(year: y, month: m, day: Int(d.number), bc: false), mod: nil) }
            if isPunct(j, ":") { return nil }
            return TimexMatch(first: i, last: j, type: .date, meaning: .calendar(year: nil, month: m, day: Int(d.number), bc: false), mod: nil)
        }
        var j = last
        if isWord(j, "of") || isPunct(j, ",") { j += 1 }
        if let y = yearNumber(j) { return TimexMatch(first: i, last: j + 1, type: .date, meaning: .calendar(year: y, month: m, day: nil, bc: false), mod: nil) }
        if lex.ambiguousMonths.contains(w) {
            // "May" the month, not the verb: it follows a preposition or a time word.
            let before: Set<String> = ["in", "since", "until", "till", "by", "from", "through", "during", "early", "late",
                                       "mid", "last", "next", "this", "of", "before", "after", "between", "and", "to", "or"]
            guard let prev = word(i - 1), before.contains(prev) || isPunct(i - 1, "-") else { return nil }
            if prev == "and" || prev == "or" || prev == "to", word(i + 1).map({ !$0.isEmpty }) ?? false, !isPunct(i + 1, ",") { return nil }
        }
        return TimexMatch(first: i, last: last, type: .date, meaning: .calendar(year: nil, month: m, day: nil, bc: false), mod: nil)
    }

    func weekday(_ d: Int, at i: Int) -> TimexMatch? {
        guard capitalized(i) || t[i].text.count > 3 else { return nil }
        if t[i].text.hasSuffix("s"), !isPunct(i + 1, "'") {
            return TimexMatch(first: i, last: i + 1, type: .set, meaning: .fixed("XXXX-WXX-\(d)"), mod: nil)
        }
        if let part = word(i + 1).flatMap({ lex.partsOfDay[$0] }) {
            return TimexMatch(first: i, last: i + 2, type: .time, meaning: .partOfDay(part, day: .weekday(d, shift: nil)), mod: nil)
        }
        return TimexMatch(first: i, last: i + 1, type: .date, meaning: .weekday(d, shift: nil), mod: nil)
    }

    /// "last Tuesday", "next week", "this morning", "past two years", "that year".
    func shifted(_ shift: Int, at i: Int) -> TimexMatch? {
        guard let w = word(i + 1) else { return nil }
        let shiftWord = t[i].text
        if let d = lex.weekdays[w], capitalized(i + 1) {
            if let part = word(i + 2).flatMap({ lex.partsOfDay[$0] }) {
                return TimexMatch(first: i, last: i + 3, type: .time, meaning: .partOfDay(part, day: .weekday(d, shift: shift)), mod: nil)
            }
            return TimexMatch(first: i, last: i + 2, type: .date, meaning: .weekday(d, shift: shift), mod: nil)
        }
        if let m = lex.months[w], capitalized(i + 1), shiftWord != "that" {
            return TimexMatch(first: i, last: i + 2, type: .date, meaning: .namedMonth(m, shift: shift), mod: nil)
        }
        if let s = lex.seasons[w] { return season(s, at: i + 1, shift: shift, first: i) }
        if let part = lex.partsOfDay[w], shiftWord == "this" || shiftWord == "last" || shiftWord == "that" {
            let day: TimexMeaning = shiftWord == "last" && part == "NI" ? .dayOffset(-1) : .dayOffset(0)
            return TimexMatch(first: i, last: i + 2, type: .time, meaning: .partOfDay(part, day: shiftWord == "that" ? nil : day), mod: nil)
        }
        if w == "fiscal" { return fiscal(at: i + 1, shift: shift, first: i) }
        if let unit = lex.units[w], !w.hasSuffix("s") || w == "past" {
            if shiftWord == "that" || shiftWord == "same" || shiftWord == "following" || shiftWord == "previous" {
                return TimexMatch(first: i, last: i + 2, type: .date, meaning: .anaphoricUnit(unit: unit, shift: shift), mod: nil)
            }
            if unit == "D" { return nil }  // "next day" without "the" is rare and often not temporal
            return TimexMatch(first: i, last: i + 2, type: .date, meaning: .relativeUnit(unit: unit, shift: shift), mod: nil)
        }
        if shiftWord != "this", shiftWord != "that", let d = amount(at: i + 1, first: i), d.type == .duration { return d }
        return nil
    }

    func season(_ s: String, at i: Int, shift: Int?, first: Int) -> TimexMatch? {
        if t[i].text == "fall", shift == nil, first == i, !(isWord(i + 1, "of") || yearNumber(i + 1) != nil) { return nil }
        var j = i + 1
        if isWord(j, "of") { j += 1 }
        if let y = yearNumber(j) { return TimexMatch(first: first, last: j + 1, type: .date, meaning: .season(s, year: y, shift: nil), mod: nil) }
        // "the Winter Olympics", "Summer Palace": a season in a name.
        if capitalized(i + 1) { return nil }
        if first == i, shift == nil {
            // A bare "summer" is temporal after a preposition ("in summer"); otherwise it may be a name.
            guard let prev = word(i - 1), ["in", "during", "by", "until", "since", "through", "over", "early", "late", "this"].contains(prev) else { return nil }
        }
        return TimexMatch(first: first, last: i + 1, type: .date, meaning: .season(s, year: nil, shift: shift), mod: nil)
    }

    /// "fiscal 2013", "fiscal year 2013", "this fiscal year".
    func fiscal(at i: Int, shift: Int?, first: Int) -> TimexMatch? {
        var j = i + 1
        if isWord(j, "year") { j += 1 }
        if let y = yearNumber(j) { return TimexMatch(first: first, last: j + 1, type: .date, meaning: .calendar(year: y, month: nil, day: nil, bc: false), mod: nil) }
        guard let shift, j > i + 1 else { return nil }
        return TimexMatch(first: first, last: j, type: .date, meaning: .relativeUnit(unit: "Y", shift: shift), mod: "APPROX")
    }

    /// "every year", "each Monday", "every morning", "every two weeks".
    func recurring(at i: Int) -> TimexMatch? {
        guard let w = word(i + 1) else { return nil }
        if let d = lex.weekdays[w] { return TimexMatch(first: i, last: i + 2, type: .set, meaning: .fixed("XXXX-WXX-\(d)"), mod: nil) }
        if let p = lex.partsOfDay[w] { return TimexMatch(first: i, last: i + 2, type: .set, meaning: .fixed("XXXX-XX-XXT\(p)"), mod: nil) }
        if let s = lex.seasons[w] { return TimexMatch(first: i, last: i + 2, type: .set, meaning: .fixed("XXXX-\(s)"), mod: nil) }
        if w == "season" { return TimexMatch(first: i, last: i + 2, type: .set, meaning: .fixed("XXXX"), mod: nil) }
        if let unit = lex.units[w] {
            let value = ["Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "D": "XXXX-XX-XX", "WE": "XXXX-WXX-WE",
                         "H": "PT1H", "MIN": "PT1M", "Q": "XXXX-QX", "DE": "P10Y"][unit] ?? "P1\(unit)"
            return TimexMatch(first: i, last: i + 2, type: .set, meaning: .fixed(value), mod: nil)
        }
        if let d = amount(at: i + 1, first: i), case .duration(let n?, let unit) = d.meaning {
            return TimexMatch(first: i, last: d.last, type: .set, meaning: .fixed(TimexNormaliser.durationValue(n, unit)), mod: nil)
        }
        return nil
    }
}
