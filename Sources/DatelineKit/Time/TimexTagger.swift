/// Finds TIMEX3 expressions (DATE, TIME, DURATION, SET) in one sentence's tokens, with TimeML
/// extents: leading prepositions stay outside ("on [Friday]"), determiners and modifiers inside
/// ("[the past two years]", "[early October]"). Values are the normaliser's job.
struct TimexTagger: Sendable {
    let lexicon: TimeLexicon

    init(lexicon: TimeLexicon = .standard) { self.lexicon = lexicon }

    /// Non-overlapping matches, left to right, each the longest starting at its token.
    func matches(_ tokens: [TimeToken]) -> [TimexMatch] {
        let scan = TimexScan(t: tokens, lex: lexicon)
        var out: [TimexMatch] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            var candidate = token.kind == .number || (token.kind == .punctuation && token.text == "'")
            if token.flags & TimeLexicon.WordClass.trigger != 0 {
                // "the", "a", "last" open an expression only when a time word or number follows soon.
                candidate = token.flags & (TimeLexicon.WordClass.standalone | TimeLexicon.WordClass.phrase) != 0
                    || (i + 1..<min(i + 5, tokens.count)).contains { k in
                        tokens[k].kind == .number || tokens[k].flags & TimeLexicon.WordClass.standalone != 0 || tokens[k].text == "'"
                    }
            }
            if candidate, let m = scan.match(at: i), m.last > m.first {
                out.append(m)
                i = m.last
            } else {
                i += 1
            }
        }
        return out
    }
}

/// The pattern grammar over one sentence's tokens. Every accessor is bounds-checked, so a pattern
/// can look past the end of the sentence without care.
struct TimexScan {
    let t: [TimeToken]
    let lex: TimeLexicon

    func word(_ i: Int) -> String? { i >= 0 && i < t.count && t[i].kind == .word ? t[i].text : nil }
    func text(_ i: Int) -> String? { i >= 0 && i < t.count ? t[i].text : nil }
    func isWord(_ i: Int, _ w: String) -> Bool { word(i) == w }
    func isPunct(_ i: Int, _ p: String) -> Bool { i >= 0 && i < t.count && t[i].kind == .punctuation && t[i].text == p }
    func number(_ i: Int) -> TimeToken? { i >= 0 && i < t.count && t[i].kind == .number ? t[i] : nil }
    /// Tokens `i` and `i + 1` touch (no space): "1990s", "20th", "8pm".
    func adjacent(_ i: Int) -> Bool { i >= 0 && i + 1 < t.count && t[i].end == t[i + 1].start }
    func capitalized(_ i: Int) -> Bool { i >= 0 && i < t.count && t[i].capitalized }

    func match(at i: Int) -> TimexMatch? {
        var best = phrase(at: i)
        // "in the past several months": a longer expression inside a phrase's extent wins.
        if let p = best, p.first > i, let m = modified(at: p.first) ?? core(at: p.first), m.last > p.last { best = m }
        if let m = modified(at: i) ?? core(at: i), m.last > (best?.last ?? i) { best = m }
        return best
    }

    // MARK: fixed phrases and modifiers

    func phrase(at i: Int) -> TimexMatch? {
        // The lexicon marked phrase openers when it classified the tokens: no lookup for the rest.
        guard let w = word(i), t[i].flags & TimeLexicon.WordClass.phrase != 0, let candidates = lex.phrases(startingWith: w) else { return nil }
        var best: TimexMatch?
        // Read in place: `for p in candidates` copied each phrase, a retain and a release for each
        // of its five arrays and strings, for every candidate at every phrase opener.
        candidates.withUnsafeBufferPointer { candidates in
            for k in candidates.indices where candidates[k].words.count > (best.map { $0.last - i } ?? 0) {
                guard candidates[k].words.indices.allSatisfy({ word(i + $0) == candidates[k].words[$0] }) else { continue }
                if let banned = candidates[k].notAfter, let prev = word(i - 1), banned.contains(prev) { continue }
                if let needed = candidates[k].onlyAfter, !(word(i - 1).map(needed.contains) ?? false) { continue }
                best = TimexMatch(first: i + candidates[k].skip, last: i + candidates[k].words.count,
                                  type: Timex.Kind(rawValue: candidates[k].type) ?? .date, meaning: .fixed(candidates[k].value), mod: nil)
            }
        }
        return best
    }

    /// "early October", "mid-2011", "late last July", "the end of 2012", "the early 1990s", "almost seven years".
    func modified(at i: Int) -> TimexMatch? {
        guard let w = word(i) else { return nil }
        if t[i].flags & TimeLexicon.WordClass.positionModifier != 0, let mod = lex.positionModifiers[w], ["early", "late", "mid", "middle"].contains(w) {
            var j = i + 1
            if isPunct(j, "-") { j += 1 }
            if var m = core(at: j), m.first == j, m.type == .date {
                m.first = i
                m.mod = mod
                return m
            }
            return nil
        }
        if w == "the", let w2 = word(i + 1) {
            if ["early", "late", "mid"].contains(w2), var m = modified(at: i + 1) {
                m.first = i
                return m
            }
            if let mod = lex.positionModifiers[w2], isWord(i + 2, "of") {
                if var m = core(at: i + 3), m.type == .date {
                    m.first = i
                    m.mod = mod
                    return m
                }
                // "the end of year", "the end of the month": the unit around the date in view.
                var j = i + 3
                if isWord(j, "the") || isWord(j, "this") { j += 1 }
                if let unit = word(j).flatMap({ lex.units[$0] }), ["Y", "M", "W", "D", "DE", "CE", "Q"].contains(unit) {
                    return TimexMatch(first: i, last: j + 1, type: .date, meaning: .anaphoricUnit(unit: unit, shift: 0), mod: mod)
                }
            }
        }
        if w == "almost" || w == "nearly", var m = core(at: i + 1), m.type == .duration {
            m.first = i
            m.mod = lex.approximators[w]
            return m
        }
        return nil
    }

    // MARK: the core expressions

    func core(at i: Int) -> TimexMatch? {
        guard i >= 0, i < t.count else { return nil }
        let token = t[i]
        if token.kind == .number { return numeric(at: i) }
        if token.kind == .punctuation {
            // "'90s"
            if token.text == "'", let n = number(i + 1), n.digits == 2, adjacent(i), adjacent(i + 1), isWord(i + 2, "s") {
                let y = Int(n.number)
                return TimexMatch(first: i, last: i + 3, type: .date, meaning: .decade((y >= 30 ? 1900 + y : 2000 + y) / 10, bc: false), mod: nil)
            }
            return nil
        }
        let w = token.text
        if w == "the" { return determined(at: i) }
        // The flags say which dictionaries hold the word (`classify`): only those are asked.
        let f = token.flags
        typealias C = TimeLexicon.WordClass
        if f & C.month != 0, let m = lex.months[w] { return month(m, at: i) }
        if f & C.weekday != 0, let d = lex.weekdays[w] { return weekday(d, at: i) }
        if f & C.relativeShift != 0, let shift = lex.relativeShifts[w] { return shifted(shift, at: i) }
        if f & C.dayWord != 0, let k = lex.dayWords[w] {
            if w == "tonight" { return TimexMatch(first: i, last: i + 1, type: .time, meaning: .partOfDay("NI", day: .dayOffset(0)), mod: nil) }
            if let part = word(i + 1).flatMap({ lex.partsOfDay[$0] }) {
                return TimexMatch(first: i, last: i + 2, type: .time, meaning: .partOfDay(part, day: .dayOffset(k)), mod: nil)
            }
            return TimexMatch(first: i, last: i + 1, type: .date, meaning: .dayOffset(k), mod: nil)
        }
        if f & C.season != 0, let s = lex.seasons[w] { return season(s, at: i, shift: nil, first: i) }
        if w == "every" || w == "each" { return recurring(at: i) }
        if f & C.setAdverb != 0, let v = lex.setAdverbs[w] { return TimexMatch(first: i, last: i + 1, type: .set, meaning: .fixed(v), mod: nil) }
        if w == "fiscal" { return fiscal(at: i, shift: nil, first: i) }
        if w.count == 2, w.first == "q" || w.first == "h", let n = Int(w.dropFirst()), (1...4).contains(n) {
            let year = yearNumber(i + 1)
            let meaning: TimexMeaning = w.first == "q" ? .quarter(n, year: year) : .half(min(n, 2), year: year)
            return TimexMatch(first: i, last: year == nil ? i + 1 : i + 2, type: .date, meaning: meaning, mod: nil)
        }
        if f & C.number != 0 && lex.numbers[w] != nil || f & C.vagueAmount != 0 && lex.vagueAmounts.contains(w) { return amount(at: i, first: i) }
        if f & C.unit != 0, let unit = lex.units[w], w.hasSuffix("s"), let prev = word(i - 1), ["for", "over", "within", "in"].contains(prev),
           !["WE", "Q"].contains(unit) {
            // "for years", "within days": an unquantified duration.
            return TimexMatch(first: i, last: i + 1, type: .duration, meaning: .duration(amount: nil, unit: unit), mod: nil)
        }
        return nil
    }

    /// A four-digit year at `i` ("2013"), for patterns that take one ("May 2010", "Q1 2013").
    func yearNumber(_ i: Int) -> Int? {
        guard let n = number(i), n.digits == 4, n.number == n.number.rounded(), n.number >= 1000, n.number <= 2200 else { return nil }
        return Int(n.number)
    }

    /// Whether a bare four-digit number reads as a year: "in 2013", "2013." — not "2000 troops".
    func plausibleYear(_ i: Int) -> Bool {
        guard let y = yearNumber(i), y >= 1200, y <= 2100 else { return false }
        if isPunct(i - 1, "$") || isPunct(i + 1, "%") || isPunct(i - 1, "#") { return false }
        if isPunct(i + 1, ".") || isPunct(i + 1, ","), number(i + 2) != nil, adjacent(i) { return false }
        // "a 2010 commando raid", "his 2007 campaign": a year used as an adjective.
        if let prev = word(i - 1), ["a", "the", "his", "her", "its", "their", "our", "this", "that", "since", "in"].contains(prev) { return true }
        if let next = word(i + 1), !t[i + 1].capitalized {
            let followers: Set<String> = ["and", "or", "to", "when", "as", "the", "in", "on", "at", "by", "for", "from",
                "with", "after", "before", "until", "through", "while", "but", "that", "which", "where", "he", "she",
                "it", "they", "we", "a", "an", "was", "were", "is", "had", "has", "have", "of", "s", "election",
                "elections", "season", "budget", "olympics", "games", "census", "vote", "campaign", "war", "summit",
                "levels", "level", "figures", "report", "alone", "onward", "onwards", "then", "this", "his", "her",
                "their", "its", "amid", "despite", "since", "during", "because", "so", "if", "than", "ad", "bc"]
            return followers.contains(next)
        }
        return true
    }
}
