/// Quantities of time: "90 days", "a decade", "several years", "four-week", "two years ago", "a year later".
extension TimexScan {
    /// The quantity at `i`: its value (nil for "several", "a few") and the index after it.
    func quantity(at i: Int) -> (value: Double?, next: Int)? {
        if let n = number(i) {
            if n.digits == 4, isPunct(i + 1, ","), adjacent(i) { return nil }
            return (n.number, i + 1)
        }
        guard let w = word(i) else { return nil }
        if w == "a" || w == "an" {
            if isWord(i + 1, "few") { return (nil, i + 2) }
            if isWord(i + 1, "couple"), isWord(i + 2, "of") { return (2, i + 3) }
            if isWord(i + 1, "dozen") { return (12, i + 2) }
            return (1, i + 1)
        }
        // The word's flags (`TimeLexicon.classify`) say which dictionaries hold it: only those are asked.
        if t[i].flags & TimeLexicon.WordClass.vagueAmount != 0, lex.vagueAmounts.contains(w) { return (nil, i + 1) }
        guard t[i].flags & TimeLexicon.WordClass.number != 0, var value = lex.numbers[w], w != "half", w != "couple", w != "dozen" else { return nil }
        var j = i + 1
        // "twenty-five", "twenty five"
        if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0 {
            var k = j
            if isPunct(k, "-") { k += 1 }
            if let ones = word(k).flatMap({ lex.numbers[$0] }), ones >= 1, ones <= 9, word(k) != "a" { value += ones; j = k + 1 }
        }
        if isWord(j, "hundred") { value *= 100; j += 1 }
        return (value, j)
    }

    func amount(at i: Int, first: Int) -> TimexMatch? {
        guard let (value, afterQuantity) = quantity(at: i) else { return nil }
        var j = afterQuantity
        if isPunct(j, "-") { j += 1 }
        // "a year and a half" stays "a year"; "more than" and "about" stay outside, as TimeML marks them.
        guard let u = word(j), t[j].flags & TimeLexicon.WordClass.unit != 0, let unit = lex.units[u] else { return nil }
        if value == nil, !u.hasSuffix("s") { return nil }
        if let v = value, v > 1, !u.hasSuffix("s"), !isPunct(j - 1, "-") { return nil }
        // Ages ("a five-year-old boy") and ordinals ("a second term") are not time.
        if isPunct(j + 1, "-"), isWord(j + 2, "old") { return nil }
        if isWord(j + 1, "old") { return nil }
        if u == "second", let next = word(j + 1), !["ago", "later", "earlier", "and", "or"].contains(next) { return nil }
        if u == "second" || u == "minute", value == 1, word(i) == "a" || word(i) == "one", word(j + 1) == nil { return nil }
        if unit == "Q" || unit == "WE", value == nil { return nil }
        if let next = word(j + 1) {
            if next == "ago", let v = value {
                return TimexMatch(first: first, last: j + 2, type: .date, meaning: .offset(amount: v, unit: unit, direction: -1, anchored: false), mod: nil)
            }
            if next == "later" || next == "earlier", let v = value, !isWord(j + 2, "than") {
                return TimexMatch(first: first, last: j + 2, type: .date,
                                  meaning: .offset(amount: v, unit: unit, direction: next == "later" ? 1 : -1, anchored: true), mod: nil)
            }
        }
        return TimexMatch(first: first, last: j + 1, type: .duration, meaning: .duration(amount: value, unit: unit), mod: nil)
    }
}
