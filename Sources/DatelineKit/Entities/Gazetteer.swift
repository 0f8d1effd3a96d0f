/// Every name and phrase of the knowledge base compiled into a trie over token keys, for a
/// longest-match scan that costs one hash probe per token.
struct Gazetteer: Sendable {
    struct Phrase: Sendable {
        var entry: GazetteerEntry
        var cases: [CaseRule]
    }

    /// A phrase found in a document: tokens `start..<end` and what they mean.
    struct Match {
        var start: Int
        var end: Int
        var entry: GazetteerEntry
    }

    private var edges = KeyTable(minimumCapacity: 1 << 14)
    /// A bit per possible first token (by key bits): most tokens start no phrase, and this 8 KB filter
    /// says so without touching the much larger edge table.
    private var firstTokens = [UInt64](repeating: 0, count: 1024)

    @inline(__always) private static func filterBit(_ key: UInt64) -> (Int, UInt64) {
        let bits = Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> 48)
        return (bits >> 6, 1 << UInt64(bits & 63))
    }
    private var phrasesAt: [[Int32]] = [[]]
    private var phrases: [Phrase] = []

    init(knowledgeBase kb: KnowledgeBase, tokenizer: Tokenizer = Tokenizer()) {
        func add(_ text: String, _ entry: GazetteerEntry) { insert(text, entry, tokenizer: tokenizer) }
        var surnames: [String: [Int]] = [:]
        for (i, person) in kb.people.enumerated() {
            for name in [person.name] + person.aliases { add(name, .person(i)) }
            surnames[person.familyName, default: []].append(i)
        }
        for (surname, people) in surnames { add(surname, .surname(people)) }
        var metonymWords: [(String, Int)] = []
        for (i, country) in kb.countries.enumerated() {
            for name in [country.name] + country.names { add(name, .country(i)) }
            for demonym in country.demonyms { add(demonym, .demonym(i)) }
            for metonym in country.metonyms {
                add(metonym, .metonym(i))
                metonymWords.append((metonym.hasPrefix("the ") ? String(metonym.dropFirst(4)) : metonym, i))
            }
            if let capital = country.capital, capital != country.name { add(capital, .capital(i)) }
        }
        for (i, place) in kb.places.enumerated() {
            for name in [place.name] + place.aliases { add(name, .place(i)) }
        }
        for (i, organization) in kb.organizations.enumerated() {
            for name in [organization.name] + organization.aliases { add(name, .organization(i)) }
        }
        for (t, template) in kb.organizationTemplates.enumerated() {
            for (c, country) in kb.countries.enumerated() {
                for phrase in Self.expand(template.patterns, country: country, metonyms: []) {
                    add(phrase, .organizationTemplate(template: t, country: c))
                }
            }
        }
        for template in kb.roles.templates {
            for country in kb.countries {
                let metonyms = metonymWords.filter { kb.countries[$0.1].code == country.code }.map(\.0)
                for phrase in Self.expand(template.patterns, country: country, metonyms: metonyms) {
                    add(phrase, .role(office: template.office, country: country.code))
                }
            }
        }
        for phrase in kb.roles.phrases { add(phrase.phrase, .role(office: phrase.office, country: phrase.country)) }
        for title in kb.roles.titles { add(title, .title) }
        for verb in kb.roles.personVerbs { add(verb, .personVerb) }
        for pair in kb.roles.pairPhrases { add(pair, .pair) }
        for (word, pronoun) in Pronoun.all { add(word, .pronoun(pronoun)) }
    }

    /// Patterns with {demonym}, {country} and {metonym} filled in for one country.
    static func expand(_ patterns: [String], country: Country, metonyms: [String]) -> [String] {
        var result: [String] = []
        for pattern in patterns {
            if pattern.contains("{demonym}") {
                result += country.demonyms.map { pattern.replacingOccurrences(of: "{demonym}", with: $0) }
            } else if pattern.contains("{country}") {
                // "China's President" takes bare names; "President of the United States" takes every name
                let possessive = pattern.contains("{country}'") || pattern.contains("{country}’")
                result += ([country.name] + country.names.filter { !possessive || !$0.hasPrefix("the ") })
                    .map { pattern.replacingOccurrences(of: "{country}", with: $0) }
            } else if pattern.contains("{metonym}") {
                result += metonyms.map { pattern.replacingOccurrences(of: "{metonym}", with: $0) }
            } else {
                result.append(pattern)
            }
        }
        return result
    }

    private mutating func insert(_ text: String, _ entry: GazetteerEntry, tokenizer: Tokenizer) {
        var text = text
        let (keys, cases): ([UInt64], [CaseRule]) = text.withUTF8 { buf in
            let tokens = tokenizer.tokens(in: buf)
            return (tokens.map { TokenKey.of(buf[$0.bytes]) },
                    tokens.map { CaseRule.of(Substring(String(decoding: buf[$0.bytes], as: UTF8.self))) })
        }
        guard let first = keys.first else { return }
        let (word, bit) = Self.filterBit(first)
        firstTokens[word] |= bit
        var node: Int32 = 0
        for key in keys {
            let edge = TokenKey.edge(node, key)
            if let next = edges[edge] { node = next } else {
                let next = Int32(phrasesAt.count)
                phrasesAt.append([])
                edges.set(edge, next)
                node = next
            }
        }
        // one phrase per meaning and spelling: "U.S." as a name and as a demonym are two
        if phrasesAt[Int(node)].contains(where: { phrases[Int($0)].entry == entry && phrases[Int($0)].cases == cases }) { return }
        phrasesAt[Int(node)].append(Int32(phrases.count))
        phrases.append(Phrase(entry: entry, cases: cases))
    }

    /// Longest phrase starting at token `start` within its sentence; among meanings of the same
    /// phrase, the one with the best priority.
    @inline(__always) func longestMatch(at start: Int, in tokens: [DocumentToken]) -> Match? {
        // Asked at every token, and most open no phrase: the filter test is made in the caller,
        // without a call into the trie walk and its frame.
        let (word, bit) = Self.filterBit(tokens[start].key)
        guard firstTokens[word] & bit != 0 else { return nil }
        return walk(from: start, in: tokens)
    }

    /// `longestMatch` past the first-token filter.
    @inline(never) private func walk(from start: Int, in tokens: [DocumentToken]) -> Match? {
        var node: Int32 = 0
        var best: Match?
        var j = start
        let sentence = tokens[start].sentence
        while j < tokens.count, tokens[j].sentence == sentence {
            guard let next = edges[TokenKey.edge(node, tokens[j].key)] else { break }
            node = next
            j += 1
            var chosen: GazetteerEntry?
            for index in phrasesAt[Int(node)] {
                let phrase = phrases[Int(index)]
                guard zip(phrase.cases, tokens[start..<j]).allSatisfy({ $0.accepts($1) }) else { continue }
                if chosen == nil || phrase.entry.priority < chosen!.priority { chosen = phrase.entry }
            }
            if let chosen { best = Match(start: start, end: j, entry: chosen) }
        }
        return best
    }

    /// All meanings of the phrase that covers exactly tokens `start..<end` (for a second reading).
    func entries(from start: Int, to end: Int, in tokens: [DocumentToken]) -> [GazetteerEntry] {
        var node: Int32 = 0
        for j in start..<end {
            guard let next = edges[TokenKey.edge(node, tokens[j].key)] else { return [] }
            node = next
        }
        return phrasesAt[Int(node)].map { phrases[Int($0)] }
            .filter { zip($0.cases, tokens[start..<end]).allSatisfy { $0.accepts($1) } }.map(\.entry)
    }
}
