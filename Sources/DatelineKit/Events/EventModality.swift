/// Whether a reported event happened, is planned, hypothetical, denied or only alleged, and
/// whether the article mentions it as background rather than as its news. Judged from the words
/// before the trigger in its clause and from the event's date against the publication date.
enum EventModality {
    static let planned: Set<String> = ["will", "shall", "'ll", "expected", "scheduled", "set", "plans", "plan", "planned", "planning",
                                       "hopes", "hoped", "hope", "hoping", "intends", "intend", "going", "due", "upcoming", "next",
                                       "proposed", "invited", "invitation", "agreed", "aims", "seeks", "wants", "would"]
    static let hypothetical: Set<String> = ["if", "could", "might", "may", "unless", "possible", "possibly", "whether", "potential"]
    static let negated: Set<String> = ["not", "never", "no", "n't", "didn't", "won't", "wouldn't", "refused", "declined", "cancelled",
                                       "canceled", "without", "denied", "denies", "deny", "failed"]
    static let alleged: Set<String> = ["alleged", "allegedly", "reportedly", "accused", "accuses", "claimed", "claims", "claim",
                                       "purportedly", "rumoured", "rumored", "suspected"]
    /// Each cue word's modality, in the order the sets are tried (a word in two sets reads as the
    /// first): one lookup per word instead of four.
    static let cues: [String: ContactEvent.Modality] = {
        var cues: [String: ContactEvent.Modality] = [:]
        for (words, modality) in [(negated, ContactEvent.Modality.negated), (hypothetical, .hypothetical), (planned, .planned), (alleged, .alleged)] {
            for word in words where cues[word] == nil { cues[word] = modality }
        }
        return cues
    }()
    /// `cues` for the per-word lookups: its words in a `WordTable`, their modalities at the same index.
    private static let cueTable = WordTable(cueList.map(\.key))
    private static let cueModalities = cueList.map(\.value)
    private static let cueList = Array(cues)

    static let allegations: Set<String> = ["alleged", "allege", "allegedly", "allegations"]
    /// `allegations` for the scan of up to forty words before every trigger.
    private static let allegationTable = WordTable(set: allegations)

    /// Words that mark a mention as context: "last met", "previously", "another videoconference".
    static let backgroundCues: Set<String> = ["previously", "earlier", "former", "formerly", "another", "past", "once", "ago",
                                              "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                              "ninth", "tenth", "latest", "last", "prior", "since"]

    /// The modality from up to eight words before the trigger in its clause. The nearest cue wins:
    /// "Putin, who has accepted Xi's invitation, expressed hopes to meet" is planned.
    static func modality(trigger: Range<Int>, in sentence: SentenceWords) -> ContactEvent.Modality {
        let words = sentence.words
        let clause = sentence.clause(around: trigger.lowerBound)
        var i = trigger.lowerBound - 1
        let stop = max(clause.lowerBound, trigger.lowerBound - 8)
        while i >= stop {
            // Quoted words are someone's phrasing: the "no" of a “no limits” partnership negates nothing.
            if words[i].inQuote { i -= 1; continue }
            if let k = cueTable.index(of: words[i].text) { return cueModalities[k] }
            i -= 1
        }
        // "U.S. officials have alleged that …": the allegation governs the whole sentence.
        for w in max(0, trigger.lowerBound - SentenceWords.clauseReach)..<trigger.lowerBound where allegationTable.contains(words[w].text) {
            return .alleged
        }
        return .asserted
    }

    /// Context mention: a date well before publication, or a cue before the trigger in its clause
    /// ("the fourth face-to-face discussion … since", "another videoconference last June").
    static func isBackground(trigger: Range<Int>, in sentence: SentenceWords, date: EventDate?, datedByText: Bool,
                             published: PublicationDate?, modality: ContactEvent.Modality) -> Bool {
        if modality == .planned { return false }
        if datedByText, let date, let published, isWellBefore(date, published) { return true }
        // "just weeks after the two declared …": an event named to date another is context.
        let clauseStart = sentence.clause(around: trigger.lowerBound).lowerBound
        for w in clauseStart..<min(trigger.lowerBound, clauseStart + 4) where ["after", "since", "before", "until"].contains(sentence.words[w].text) {
            return true
        }
        let words = sentence.words
        let clause = sentence.clause(around: trigger.lowerBound)
        for w in max(clause.lowerBound, trigger.lowerBound - 4)..<trigger.lowerBound where backgroundCues.contains(words[w].text) {
            return true
        }
        // "… since Russia launched …" right after the trigger: an ordinal count of past contacts.
        for w in trigger.upperBound..<min(clause.upperBound, trigger.upperBound + 6) where words[w].text == "since" {
            return true
        }
        // "have met 36 times", "had spoken" — perfect tense reports history.
        if trigger.lowerBound > 0, ["had"].contains(words[trigger.lowerBound - 1].text) { return true }
        return false
    }

    /// More than two weeks before publication, at the precision both dates share.
    static func isWellBefore(_ date: EventDate, _ published: PublicationDate) -> Bool {
        guard let end = DayNumber.lastDay(of: date.value), let pub = DayNumber.firstDay(of: published.value) else { return false }
        return end < pub - 14
    }

    /// "met 42 times", "spoke four times this year": a count of contacts, not one event.
    static func isTally(trigger: Range<Int>, in sentence: SentenceWords) -> Bool {
        let words = sentence.words
        for w in trigger.upperBound..<min(words.count, trigger.upperBound + 5) {
            if words[w].text == "times" || words[w].text == "occasions" { return true }
            if words[w].isPunctuation { break }
        }
        return false
    }
}
