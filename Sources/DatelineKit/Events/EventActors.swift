/// Who acts and who is acted on, for one trigger in one sentence: entity mentions around the
/// trigger ("Putin told Xi"), passives ("was welcomed by Xi"), compounds ("Putin and Xi"), group
/// phrases ("the two leaders", "their") — and, when no mention fills a slot, the noun phrase
/// itself as text, so event coding can be scored on sentences the knowledge base does not cover.
struct EventActors {
    /// An entity mention placed on the sentence's words.
    struct Mention {
        var words: Range<Int>
        var entity: EntityReference
    }

    /// One side of an event: the entities, or else the phrase that names it.
    struct Side {
        var entities: [EntityReference] = []
        var phrase: Span?
        var isEmpty: Bool { entities.isEmpty && phrase == nil }
    }

    var sources = Side()
    var targets = Side()

    static let prepositions: Set<String> = ["of", "to", "with", "in", "at", "from", "by", "on", "for", "against", "toward",
                                            "towards", "about", "into", "over", "under", "between", "among", "since", "after", "before"]
    static let auxiliaries: Set<String> = ["was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "will",
                                           "would", "shall", "should", "could", "can", "may", "might", "must", "did", "does", "do",
                                           "also", "later", "then", "today", "yesterday", "not", "never", "reportedly", "formally",
                                           "officially", "personally", "jointly", "again", "already", "once", "still", "recently",
                                           "last", "this", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
                                           "saturday", "sunday", "week", "month", "year", "tonight", "early", "late", "just"]
    static let timeWords: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
                                         "january", "february", "march", "april", "may", "june", "july", "august", "september",
                                         "october", "november", "december", "yesterday", "tonight"]
    static let relativeOpeners: Set<String> = ["who", "whose", "which", "where", "when", "whom", "that", "while", "as", "since", "after", "before"]
    /// Words after which a mention belongs to another verb or clause ("hours after Donald Trump was …").
    static let objectStops: Set<String> = ["that", "said", "saying", "says", "because", "if", "unless", "after", "before", "since",
                                           "when", "while", "as", "hours", "days", "weeks", "amid", "despite", "although", "where"]
    static let subordinators: Set<String> = ["since", "after", "before", "when", "while", "that", "which", "who", "because",
                                             "until", "unless", "whether", "where"]
    static let reportingVerbs: Set<String> = ["said", "says", "say", "declared", "announced", "concluded", "reiterated", "told",
                                              "insisted", "stated", "added", "argued", "warned", "reminder"]
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "is", "are", "be", "being", "get", "got"]
    /// Phrases that stand for the document's two leading people.
    static let pairPhrases: [[String]] = [["the", "two", "leaders"], ["both", "leaders"], ["the", "leaders"], ["the", "two", "presidents"],
                                          ["the", "two", "sides"], ["both", "sides"], ["the", "two", "men"], ["the", "two"], ["their"],
                                          ["the", "pair"], ["they"]]

    /// Resolves the slots of the trigger at `trigger` (word range) in `sentence`.
    init(sentence: SentenceWords, trigger: Range<Int>, action: EventAction, mentions: [Mention],
         leadingPair: [EntityReference]) {
        let words = sentence.words
        let clause = sentence.clause(around: trigger.lowerBound)
        let passive = Self.isPassive(words, trigger)
        // Mentions inside the trigger phrase ("accepted Xi's invitation") are its object.
        let inside = mentions.filter { trigger.contains($0.words.lowerBound) }

        // A nominal contact ("including another videoconference") belongs to the sentence's main
        // subject; a verb's subject is in its own clause, past any subordinator.
        var subject = Self.subject(before: trigger.lowerBound, words: words, mentions: mentions, ownClause: !action.nominal)
        // A subject is one or a few entities: a list answers `contains` without building a Set.
        let subjectKeys = subject.map(\.key)
        var object = Self.object(after: trigger.upperBound, words: words, mentions: mentions.filter { !subjectKeys.contains($0.entity.key) },
                                 limit: clause.upperBound)
        if !inside.isEmpty, object.isEmpty { object = inside.map(\.entity) }
        if passive {
            let agent = Self.agent(after: trigger.upperBound, words: words, mentions: mentions, limit: clause.upperBound)
            if !agent.isEmpty || Self.pair(in: words, range: trigger.upperBound..<clause.upperBound) {
                object = subject
                subject = agent.isEmpty ? leadingPair : agent
            } else {
                (subject, object) = ([], subject)
            }
        }
        if subject.isEmpty, Self.pair(in: words, range: clause.lowerBound..<trigger.lowerBound) { subject = leadingPair }
        if action.nominal || action.class == .statement {
            // "during talks with Xi", "a joint statement signed by the leaders", "their call".
            // "their" after "Putin and Xi praised" is the subject itself.
            if object.isEmpty, subject.count < 2, Self.pair(in: words, range: trigger.upperBound..<clause.upperBound) { object = leadingPair }
            let window = max(0, trigger.lowerBound - SentenceWords.clauseReach)..<min(words.count, trigger.upperBound + SentenceWords.clauseReach)
            if subject.isEmpty, object.isEmpty, Self.pair(in: words, range: window) { subject = leadingPair }
            // "But at a summit in September, Putin told Xi …": the people of the sentence meet.
            if subject.isEmpty, object.isEmpty, action.isContact || action.class == .inPerson {
                let people = Self.unique(mentions.filter { $0.entity.kind == .person && window.contains($0.words.lowerBound) }.map(\.entity))
                if people.count >= 2 { subject = [people[0]]; object = Array(people.dropFirst()) }
            }
        }
        sources.entities = Self.unique(subject)
        targets.entities = Self.unique(object).filter { o in !sources.entities.contains { $0.key == o.key } }
        if action.hostRole, passive { swap(&sources, &targets) }
        if action.obligation {
            // "Russia said on Tuesday that Sudan must return …": Sudan is asked, the speaker asks.
            let speaker = (max(0, trigger.lowerBound - SentenceWords.clauseReach)..<trigger.lowerBound).last { Self.reportingVerbs.contains(words[$0].text) }
            targets = Side(entities: sources.entities, phrase: sources.entities.isEmpty ? Self.phraseBefore(trigger.lowerBound, words: words, clauseStart: speaker.map { $0 + 1 } ?? 0) : nil)
            sources = Side()
            if let speaker {
                sources.entities = Self.subject(before: speaker, words: words, mentions: mentions, ownClause: false)
                if sources.entities.isEmpty { sources.phrase = Self.phraseBefore(speaker, words: words, clauseStart: 0) }
            }
        }
        if sources.entities.isEmpty {
            sources.phrase = Self.phraseBefore(trigger.lowerBound, words: words, clauseStart: 0)
        }
        if targets.entities.isEmpty {
            targets.phrase = Self.phraseAfter(trigger.upperBound, words: words, limit: clause.upperBound)
        }
    }

    static func unique(_ entities: [EntityReference]) -> [EntityReference] {
        // Nearly always one or two entities: the keys seen so far are compared in a list (the same
        // equality a Set uses) rather than hashed into a new Set for every event.
        guard entities.count > 8 else {
            var seen: [String] = []
            seen.reserveCapacity(entities.count)
            return entities.filter { entity in
                let key = entity.key
                if seen.contains(key) { return false }
                seen.append(key)
                return true
            }
        }
        var seen: Set<String> = []
        return entities.filter { seen.insert($0.key).inserted }
    }

    static func isPassive(_ words: [SentenceWords.Word], _ trigger: Range<Int>) -> Bool {
        let verb = words[trigger.lowerBound].text
        guard verb.hasSuffix("ed") || ["held", "met", "sent", "signed", "made", "given", "taken", "hit", "struck"].contains(verb) else { return false }
        var i = trigger.lowerBound - 1
        while i >= 0, ["also", "warmly", "formally", "officially", "later", "then", "reportedly"].contains(words[i].text) { i -= 1 }
        return i >= 0 && passiveAuxiliaries.contains(words[i].text)
    }

    /// The subject: the nearest mention before the trigger that is not the object of a preposition
    /// nor inside a relative clause, with any mentions joined to it by "and".
    static func subject(before index: Int, words: [SentenceWords.Word], mentions: [Mention], ownClause: Bool = true) -> [EntityReference] {
        var before = mentions.filter { $0.words.upperBound <= index }.sorted { $0.words.lowerBound > $1.words.lowerBound }
        // "… between Putin and Xi since Russia launched": past a subordinator the subject follows it.
        let clauseStart = max(0, index - SentenceWords.clauseReach)
        if ownClause, let boundary = (clauseStart..<index).last(where: { subordinators.contains(words[$0].text) }) {
            let after = before.filter { $0.words.lowerBound > boundary }
            if let first = after.last, first.words.lowerBound == boundary + 1 || (first.words.lowerBound == boundary + 2 && words[boundary + 1].text == "the") {
                return compound(first, mentions: mentions, words: words)
            }
            if !after.isEmpty {
                before = after
            } else if ["who", "which"].contains(words[boundary].text), boundary > 0, words[boundary - 1].text == ",",
                      let antecedent = before.first(where: { $0.words.upperBound == boundary - 1 }) {
                // "Putin, who has accepted Xi's invitation": the relative pronoun's antecedent.
                return [antecedent.entity]
            } else {
                return []
            }
        }
        for mention in before {
            let start = mention.words.lowerBound
            if start > 0, prepositions.contains(words[start - 1].text) { continue }
            if start > 1, words[start - 1].text == "the", prepositions.contains(words[start - 2].text) { continue }
            if insideRelativeClause(mention.words, before: index, words: words) { continue }
            // "Moscow's ties" modifies a noun; the possessor is not the actor.
            if words[mention.words.upperBound - 1].text.hasSuffix("'s"), mention.words.upperBound < index,
               !words[mention.words.upperBound].isPunctuation { continue }
            return compound(mention, mentions: mentions, words: words)
        }
        return []
    }

    /// "Putin and Xi", "Russia, China and India": the mentions joined by "and" or commas to `head`.
    static func compound(_ head: Mention, mentions: [Mention], words: [SentenceWords.Word]) -> [EntityReference] {
        var group = [head]
        var current = head
        while let previous = mentions.last(where: { $0.words.upperBound <= current.words.lowerBound }),
              let gap = Optional(previous.words.upperBound..<current.words.lowerBound), gap.count <= 2,
              gap.allSatisfy({ ["and", ",", "&"].contains(words[$0].text) }), !gap.isEmpty {
            group.insert(previous, at: 0)
            current = previous
        }
        current = head
        while let next = mentions.first(where: { $0.words.lowerBound >= current.words.upperBound }),
              let gap = Optional(current.words.upperBound..<next.words.lowerBound), gap.count <= 2,
              gap.allSatisfy({ ["and", ",", "&"].contains(words[$0].text) }), !gap.isEmpty {
            group.append(next)
            current = next
        }
        return group.map(\.entity)
    }

    /// Is the mention inside a "who …" / "whose …" insert that closes before `index`?
    static func insideRelativeClause(_ mention: Range<Int>, before index: Int, words: [SentenceWords.Word]) -> Bool {
        var i = mention.lowerBound - 1
        var opened = false
        while i >= 0, !SentenceWords.isClauseBreak(words[i]) {
            if relativeOpeners.contains(words[i].text) { opened = true; break }
            i -= 1
        }
        guard opened else { return false }
        return (mention.upperBound..<max(mention.upperBound, index)).contains { SentenceWords.isClauseBreak(words[$0]) }
    }

    /// The object: the first mention after the trigger in its clause, past prepositions and
    /// determiners ("with Chinese counterpart Xi Jinping"), with its compound.
    static func object(after index: Int, words: [SentenceWords.Word], mentions: [Mention], limit: Int) -> [EntityReference] {
        guard let first = mentions.first(where: { $0.words.lowerBound >= index && $0.words.lowerBound < limit }) else { return [] }
        // Past a "that" or "to"-verb the object belongs to another verb ("said that Russia …").
        for w in index..<first.words.lowerBound where Self.objectStops.contains(words[w].text) {
            return []
        }
        if first.words.lowerBound > 0, words[first.words.lowerBound - 1].text == "by" { return [] }
        return compound(first, mentions: mentions, words: words)
    }

    /// The agent of a passive: the mention right after "by".
    static func agent(after index: Int, words: [SentenceWords.Word], mentions: [Mention], limit: Int) -> [EntityReference] {
        guard let by = (index..<limit).first(where: { words[$0].text == "by" }) else { return [] }
        guard let first = mentions.first(where: { $0.words.lowerBound > by && $0.words.lowerBound <= by + 4 }) else { return [] }
        return compound(first, mentions: mentions, words: words)
    }

    static func pair(in words: [SentenceWords.Word], range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        for start in range {
            for phrase in pairPhrases where start + phrase.count <= range.upperBound {
                if phrase.indices.allSatisfy({ words[start + $0].text == phrase[$0] }) { return true }
            }
        }
        return false
    }

    /// The noun phrase right before the trigger, past auxiliaries and time words: "Senior
    /// Hungarian and Romanian officials" in "… officials agreed on Wednesday".
    static func phraseBefore(_ index: Int, words: [SentenceWords.Word], clauseStart: Int) -> Span? {
        var end = index
        while end > clauseStart, auxiliaries.contains(words[end - 1].text) || words[end - 1].text == "," { end -= 1 }
        var start = end
        while start > clauseStart, start > end - 7 {
            let word = words[start - 1]
            if word.isPunctuation && word.text != "-" { break }
            if ["said", "says", "that", "who", "which", "when", "while", "but", "after", "if"].contains(word.text) { break }
            if auxiliaries.contains(word.text) && !word.isCapitalized { break }
            start -= 1
        }
        while start < end, ["the", "a", "an", "and"].contains(words[start].text) { start += 1 }
        guard start < end else { return nil }
        return Span(start: words[start].span.start, end: words[end - 1].span.end)
    }

    /// The noun phrase after the trigger, past prepositions and determiners, up to the next
    /// preposition or punctuation: "Saudi Arabia" in "… to help defend Saudi Arabia if …".
    static func phraseAfter(_ index: Int, words: [SentenceWords.Word], limit: Int) -> Span? {
        // A name after the trigger is the likeliest target: "will give Tanzania a grant",
        // "promised to continue military aid to war-torn Mozambique".
        var w = index
        while w < min(limit, index + 12) {
            if words[w].isCapitalized, !words[w].isPunctuation, !timeWords.contains(words[w].text), !(words[w].text.first?.isNumber ?? false) {
                var end = w + 1
                while end < limit, (words[end].isCapitalized && !timeWords.contains(words[end].text)) || (["of", "-"].contains(words[end].text) && end + 1 < limit && words[end + 1].isCapitalized) {
                    end += 1
                }
                // A trailing common noun belongs to the name: "Turkish Kurd refugees", "Sudanese government".
                if end < limit, !words[end].isPunctuation, !prepositions.contains(words[end].text), !auxiliaries.contains(words[end].text),
                   !["and", "that", "to", "who", "which"].contains(words[end].text) { end += 1 }
                return Span(start: words[w].span.start, end: words[end - 1].span.end)
            }
            w += 1
        }
        var start = index
        while start < limit, ["to", "with", "the", "a", "an", "on", "against", "that", "its", "their", "his", "her", "for", "from", "of", "in"].contains(words[start].text) {
            start += 1
        }
        var end = start
        while end < limit, end < start + 6 {
            let word = words[end]
            if word.isPunctuation { break }
            if end > start, prepositions.contains(word.text) || ["and", "that", "to", "if", "unless", "who", "which"].contains(word.text) { break }
            end += 1
        }
        guard start < end else { return nil }
        return Span(start: words[start].span.start, end: words[end - 1].span.end)
    }
}
