/// Office holders named with their title — "President Barack Obama", "Prime Minister May",
/// "Chancellor Merkel" — date the writing: a reporter gives a person the title while they hold it
/// (and writes "former" or "then-" otherwise), so the text was written inside one of that person's
/// terms in that office. Built from the knowledge base's offices and people; a holder's terms in
/// one office type are joined (Putin, president 2000–2008 and since 2012, gives 2000 onwards).
public struct OfficeTitleTerms: Sendable {
    /// The span of days a titled name allows.
    public struct Term: Sendable, Hashable {
        public var start: CalendarDay
        /// nil while in office.
        public var end: CalendarDay?
        /// "President Barack Obama (President of the United States, 2009-01-20 – 2017-01-20)".
        public var label: String
    }

    /// Lower-cased "title name" (full name or family name) → the term, for names that are unique
    /// with that title; a family name two holders share ("President Bush") dates nothing.
    private var terms: [String: Term] = [:]
    /// Lower-cased first words of titles, to find candidates in one pass.
    private var titleStarts: Set<String> = []
    /// `titleStarts` as UTF-8, compared against the text's bytes without making a String per
    /// capitalised word (the text's words are ASCII here, so only ASCII starts can match).
    private var titleStartBytes: [[UInt8]] = []
    /// Lower-cased words that go before another in a title ("vice" of "Vice President"): a title
    /// start after one of them is inside a longer title.
    private var titleLeads: Set<String> = []
    private var longestKey = 1
    /// Whether some key of `terms` has this many words (indexed by the count).
    private var keyLengths: [Bool] = []

    public static let standard = OfficeTitleTerms(knowledge: .standard)

    /// Words that make a titled name a past or other holder's: "former President Obama".
    static let notInOffice: Set<String> = ["former", "then", "ex", "late", "future", "onetime", "one-time", "erstwhile"]

    public init(knowledge: KnowledgeBase) {
        var spans: [String: (start: String, end: String?, office: String)] = [:]
        var ambiguous: Set<String> = []
        // Who a title plus family name may be: two holders ("President Bush") make it say nothing.
        var byFamily: [String: Set<String>] = [:]
        func key(_ title: String, _ name: String) -> String { Self.words(of: "\(title) \(name)").map(\.word).joined(separator: " ") }
        for office in knowledge.offices {
            let titles = Self.titles(of: office.office)
            for title in titles {
                let titleWords = title.lowercased().split(separator: " ").map(String.init)
                titleStarts.insert(titleWords[0])
                titleLeads.formUnion(titleWords.dropLast())
            }
            for holder in office.holders {
                guard let person = knowledge.person(named: holder.person) else { continue }
                for title in titles {
                    byFamily[key(title, person.familyName), default: []].insert(person.name)
                    for name in Set([person.name, person.familyName] + person.aliases) {
                        let k = key(title, name)
                        if let old = spans[k] {
                            if old.office != office.name { ambiguous.insert(k); continue }
                            spans[k] = (min(old.start, holder.start), old.end == nil || holder.end == nil ? nil : max(old.end!, holder.end!), old.office)
                        } else {
                            spans[k] = (holder.start, holder.end, office.name)
                        }
                    }
                }
            }
        }
        titleStartBytes = titleStarts.map { Array($0.utf8) }.filter { $0.allSatisfy { $0 < 0x80 } }
        for (k, people) in byFamily where people.count > 1 { ambiguous.insert(k) }
        for (key, span) in spans where !ambiguous.contains(key) {
            guard let start = CalendarDay(iso: span.start) else { continue }
            let end = span.end.flatMap { CalendarDay(iso: $0) }
            terms[key] = Term(start: start, end: end,
                              label: "\(span.office), \(span.start) – \(span.end ?? "in office")")
            longestKey = max(longestKey, key.split(separator: " ").count)
            let count = key.split(separator: " ").count
            if keyLengths.count <= count { keyLengths += [Bool](repeating: false, count: count + 1 - keyLengths.count) }
            keyLengths[count] = true
        }
    }

    /// The titles a reporter writes before a holder's name, from the office type of `offices.json`.
    static func titles(of office: String) -> [String] {
        let capitalised = office.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
        switch office {
        case "president", "prime minister", "chancellor", "premier", "vice president", "foreign minister", "king", "crown prince":
            return [capitalised]
        case "defence minister": return ["Defence Minister", "Defense Minister"]
        case "secretary-general", "secretary general": return ["Secretary-General", "Secretary General", "UN Secretary-General"]
        default: return []  // spokespeople, aides: not a title written before a name
        }
    }

    /// Words as (lower-cased text, capitalised?), split at anything but letters, hyphens and apostrophes.
    /// At most `limit` words: the first ones, the same as without a limit.
    static func words(of text: String, limit: Int = .max) -> [(word: String, capital: Bool, written: String)] {
        var words: [(word: String, capital: Bool, written: String)] = []
        var current = ""
        var capital = false
        for scalar in text.unicodeScalars {
            // ASCII letters answered directly: the Unicode property lookups cost more than the rest.
            let letter = scalar.isASCII ? (scalar.value | 0x20 >= 0x61 && scalar.value | 0x20 <= 0x7A) : scalar.properties.isAlphabetic
            if letter || scalar == "-" || scalar == "'" || scalar == "’" {
                if current.isEmpty { capital = scalar.isASCII ? scalar.value >= 0x41 && scalar.value <= 0x5A : scalar.properties.isUppercase }
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append((current.lowercased(), capital, current)); current = ""
                if words.count >= limit { return words }
            }
        }
        if !current.isEmpty { words.append((current.lowercased(), capital, current)) }
        return words
    }

    /// `words(of:limit:)` of `bytes[range]`. An ASCII window (nearly all) is split on its bytes:
    /// there a letter is a-z or A-Z and lower-casing is ASCII, so the words are the same, without
    /// a String grown scalar by scalar and lower-cased for each.
    static func words(in bytes: [UInt8], _ range: Range<Int>, limit: Int) -> [(word: String, capital: Bool, written: String)] {
        guard bytes[range].allSatisfy({ $0 < 0x80 }) else {
            return words(of: String(decoding: bytes[range], as: UTF8.self), limit: limit)
        }
        var words: [(word: String, capital: Bool, written: String)] = []
        func add(_ start: Int, _ end: Int) {
            let written = String(decoding: bytes[start..<end], as: UTF8.self)
            let word = String(unsafeUninitializedCapacity: end - start) { out in
                for k in start..<end { let b = bytes[k]; out[k - start] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                return end - start
            }
            words.append((word, bytes[start] >= 0x41 && bytes[start] <= 0x5A, written))
        }
        var start = -1
        for k in range {
            let b = bytes[k]
            if (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2D || b == 0x27 {
                if start < 0 { start = k }
            } else if start >= 0 {
                add(start, k); start = -1
                if words.count >= limit { return words }
            }
        }
        if start >= 0 { add(start, range.upperBound) }
        return words
    }

    /// Every titled name in `text` that is not marked as a past holder's, with the term it implies.
    /// Only capitalised words that can open a title are looked at closely, so a long text costs one
    /// pass over its bytes.
    public func mentions(in text: String) -> [(text: String, term: Term)] {
        guard !terms.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        func isWordByte(_ b: UInt8) -> Bool { (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2D || b == 0x27 }
        // Whether the text just before `at` ends a word: an ASCII word byte, or a letter in another script.
        func wordEndsBefore(_ at: Int) -> Bool {
            guard at > 0 else { return false }
            if bytes[at - 1] < 0x80 { return isWordByte(bytes[at - 1]) }
            var start = at - 1
            while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let scalar = String(decoding: bytes[start..<at], as: UTF8.self).unicodeScalars.first
            return scalar.map { $0.properties.isAlphabetic || $0 == "’" } ?? false
        }
        var found: [(text: String, term: Term)] = []
        var i = 0
        while i < bytes.count {
            guard bytes[i] >= 0x41, bytes[i] <= 0x5A, !wordEndsBefore(i) else { i += 1; continue }
            var end = i
            while end < bytes.count, isWordByte(bytes[end]) { end += 1 }
            defer { i = max(end, i + 1) }
            guard titleStartBytes.contains(where: { start in
                start.count == end - i && start.indices.allSatisfy { k in
                    let b = bytes[i + k]
                    return (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == start[k]
                }
            }) else { continue }
            // The word before: "former President …" is someone out of office.
            var before = i
            while before > 0, bytes[before - 1] < 0x80, !isWordByte(bytes[before - 1]) { before -= 1 }
            var wordStart = before
            while wordStart > 0, bytes[wordStart - 1] < 0x80, isWordByte(bytes[wordStart - 1]) { wordStart -= 1 }
            if before > wordStart {
                let previous = String(decoding: bytes[wordStart..<before], as: UTF8.self).lowercased()
                if Self.notInOffice.contains(previous) || titleLeads.contains(previous) { continue }
            }
            // A titled name is a few words long: read them from a short window.
            var cut = min(bytes.count, i + 160)
            while cut < bytes.count, bytes[cut] & 0xC0 == 0x80 { cut += 1 }
            let words = Self.words(in: bytes, i..<cut, limit: longestKey)
            var n = min(longestKey, words.count)
            while n >= 2 {
                // A key is only made where it could be found: the last word capitalised, and some
                // titled name of that many words.
                guard words[n - 1].capital, n < keyLengths.count, keyLengths[n] else { n -= 1; continue }
                let key = words[0..<n].map(\.word).joined(separator: " ")
                if let term = terms[key] {
                    found.append((words[0..<n].map(\.written).joined(separator: " "), term))
                    break
                }
                n -= 1
            }
        }
        return found
    }
}

extension OfficeTitleTerms {
    /// The days the titled names of `text` allow: from the latest term start to the earliest end
    /// among terms still running then. A term that ended before another began is history the text
    /// recalls ("President Trump reversed President Obama's policy"), not the writing time.
    public func window(in text: String) -> (from: (day: CalendarDay, why: String), until: (day: CalendarDay, why: String)?)? {
        let found = mentions(in: text)
        guard let latest = found.max(by: { $0.term.start < $1.term.start }) else { return nil }
        let running = found.filter { $0.term.end.map { $0 > latest.term.start } ?? true }
        let until = running.compactMap { m in m.term.end.map { (m, $0) } }.min { $0.1 < $1.1 }
        func why(_ m: (text: String, term: Term)) -> String { "'\(m.text)' is titled so while in office (\(m.term.label))" }
        return ((latest.term.start, why(latest)), until.map { ($0.1.adding(days: -1), why($0.0)) })
    }
}
