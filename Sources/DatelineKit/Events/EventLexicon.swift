import Foundation

/// The event actions and their trigger phrases, compiled once into patterns indexed by first word,
/// so finding triggers is one dictionary probe per word of a sentence.
public struct EventLexicon: Sendable {
    enum Element: Sendable, Hashable {
        case word(String)
        /// Up to three words of anything but clause punctuation ("signed [a joint] statement").
        case gap
    }

    struct Pattern: Sendable {
        var elements: [Element]
        var action: Int
        /// Weak triggers ("must", "allowed") code a sentence's main event but make no event of their own.
        var weak: Bool
    }

    struct Match {
        var action: EventAction
        var words: Range<Int>
        var weak: Bool
    }

    public let actions: [EventAction]
    let patternsByFirstWord: [String: [Pattern]]
    let actionsByName: [String: Int]
    /// The first words of `patternsByFirstWord`, to skip most words without hashing them.
    let firstWordFilter: WordFilter
    /// `patternsByFirstWord` for the per-word probe: first words in a `WordTable`, their patterns at the same index.
    private let firstWords: WordTable
    private let patternsAtFirstWord: [[Pattern]]

    public static let standard: EventLexicon = {
        do { return try EventLexicon(contentsOf: ResourceFiles.url("lexicons/event-actions.json")) }
        catch { fatalError("DatelineKit resource lexicons/event-actions.json is unreadable: \(error)") }
    }()

    private struct File: Decodable { var actions: [EventAction] }

    public init(contentsOf url: URL) throws {
        try self.init(actions: JSONDecoder().decode(File.self, from: Data(contentsOf: url)).actions)
    }

    public init(actions: [EventAction]) {
        self.actions = actions
        var index: [String: [Pattern]] = [:]
        var names: [String: Int] = [:]
        for (number, action) in actions.enumerated() {
            names[action.name] = number
            for trigger in action.triggers {
                let weak = trigger.hasPrefix("!")
                for elements in Self.expand(weak ? String(trigger.dropFirst()) : trigger) {
                    guard case .word(let first) = elements.first else { continue }
                    index[first, default: []].append(Pattern(elements: elements, action: number, weak: weak))
                }
            }
        }
        patternsByFirstWord = index
        actionsByName = names
        firstWordFilter = WordFilter(index.keys)
        let byFirstWord = Array(index)
        firstWords = WordTable(byFirstWord.map(\.key))
        patternsAtFirstWord = byFirstWord.map(\.value)
    }

    func action(named name: String) -> EventAction? {
        actionsByName[name].map { actions[$0] }
    }

    /// Every trigger in the sentence, longest first at each position and never overlapping; strong
    /// triggers beat weak ones of the same length. Words inside quotation marks are speech, skipped.
    func matches(in sentence: SentenceWords) -> [Match] {
        let words = sentence.words
        var found: [Match] = []
        var i = 0
        while i < words.count {
            guard let best = bestMatch(at: i, words) else { i += 1; continue }
            // A strong trigger inside a weak phrase wins: "did not meet" is a negated meeting.
            if best.pattern.weak, (i + 1..<best.end).contains(where: { bestMatch(at: $0, words)?.pattern.weak == false }) {
                i += 1
                continue
            }
            found.append(Match(action: actions[best.pattern.action], words: i..<best.end, weak: best.pattern.weak))
            i = best.end
        }
        return found
    }

    private func bestMatch(at i: Int, _ words: [SentenceWords.Word]) -> (end: Int, pattern: Pattern)? {
        let word = words[i]
        guard !word.isPunctuation, !word.inQuote, firstWordFilter.mayContain(word.text),
              let k = firstWords.index(of: word.text) else { return nil }
        var best: (end: Int, pattern: Pattern)?
        // Read in place: iterating copied each pattern (a retain and release of its elements) at
        // every word that opens a trigger; only the winner is copied out.
        patternsAtFirstWord[k].withUnsafeBufferPointer { patterns in
            var bestIndex = -1, bestEnd = 0
            for p in patterns.indices {
                guard let end = Self.match(patterns[p].elements, 1, words, i + 1) else { continue }
                if bestIndex >= 0 {
                    let stronger = patterns[bestIndex].weak && !patterns[p].weak
                    let longer = end > bestEnd && patterns[bestIndex].weak == patterns[p].weak
                    if !longer && !stronger { continue }
                }
                (bestIndex, bestEnd) = (p, end)
            }
            if bestIndex >= 0 { best = (bestEnd, patterns[bestIndex]) }
        }
        return best
    }

    /// The end (exclusive word index) of `elements[e...]` matched from word `w`, or nil.
    private static func match(_ elements: [Element], _ e: Int, _ words: [SentenceWords.Word], _ w: Int) -> Int? {
        if e == elements.count { return w }
        switch elements[e] {
        case .word(let text):
            guard w < words.count, words[w].text == text else { return nil }
            return match(elements, e + 1, words, w + 1)
        case .gap:
            var skipped = 0, position = w
            while true {
                if let end = match(elements, e + 1, words, position) { return end }
                guard position < words.count, skipped < 3 || words[position].isPunctuation, !SentenceWords.isClauseBreak(words[position]) else { return nil }
                if !words[position].isPunctuation { skipped += 1 }
                position += 1
            }
        }
    }

    /// "{a,b,} word~ * x" → every concrete element sequence it stands for.
    static func expand(_ trigger: String) -> [[Element]] {
        var sequences: [[Element]] = [[]]
        var rest = Substring(trigger.lowercased())
        while let token = nextToken(&rest) {
            var choices: [[Element]]
            if token == "*" {
                choices = [[.gap]]
            } else if token.hasPrefix("{"), token.hasSuffix("}") {
                choices = token.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false).map { choice in
                    choice.split(separator: " ").map { Element.word(String($0)) }
                }
            } else if token.hasSuffix("~") {
                choices = inflections(of: String(token.dropLast())).map { [.word($0)] }
            } else {
                choices = [[.word(token)]]
            }
            sequences = sequences.flatMap { prefix in choices.map { prefix + $0 } }
        }
        return sequences.filter { !$0.isEmpty }
    }

    /// The next space-separated token, keeping a `{…}` choice (which may hold spaces) whole.
    private static func nextToken(_ rest: inout Substring) -> String? {
        while rest.first == " " { rest = rest.dropFirst() }
        guard let first = rest.first else { return nil }
        let end: Substring.Index
        if first == "{", let close = rest.firstIndex(of: "}") {
            end = rest.index(after: close)
        } else {
            end = rest.firstIndex(of: " ") ?? rest.endIndex
        }
        let token = String(rest[rest.startIndex..<end])
        rest = rest[end...]
        return token
    }

    /// Regular verb forms: praise → praise praises praised praising; ally → allies allied.
    static func inflections(of base: String) -> [String] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        if base.hasSuffix("e") {
            return [base, base + "s", base + "d", String(base.dropLast()) + "ing"]
        }
        if base.hasSuffix("y"), let before = base.dropLast().last, !vowels.contains(before) {
            let stem = String(base.dropLast())
            return [base, stem + "ies", stem + "ied", base + "ing"]
        }
        if ["s", "sh", "ch", "x", "z"].contains(where: { base.hasSuffix($0) }) {
            return [base, base + "es", base + "ed", base + "ing"]
        }
        return [base, base + "s", base + "ed", base + "ing"]
    }
}
