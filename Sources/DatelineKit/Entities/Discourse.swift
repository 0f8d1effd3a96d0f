/// The people a document has named so far, for coreference: which person a surname, a pronoun or
/// "the two leaders" points back to.
struct Discourse {
    struct PersonMention {
        var entity: EntityReference
        var gender: Gender?
        var sentence: Int
        /// First token of the mention.
        var token: Int
        var quoted: Bool
    }

    private(set) var people: [PersonMention] = []
    /// Family name (as a name key) → index into `people`, for surname-only mentions of anyone named in full.
    private var bySurname = KeyTable()
    /// The first person named outside quotation marks in each sentence: its grammatical subject, near enough.
    private var subjects: [Int: PersonMention] = [:]
    private var firstInSentence: [Int: PersonMention] = [:]
    /// Index into `people` of each sentence's first mention (mentions arrive in text order), so a
    /// pronoun looks only at its own sentence, however long the text.
    private var sentenceStart: [Int: Int] = [:]

    mutating func add(_ entity: EntityReference, gender: Gender?, surname: UInt64?, sentence: Int, token: Int, quoted: Bool) {
        let mention = PersonMention(entity: entity, gender: gender, sentence: sentence, token: token, quoted: quoted)
        if let surname { bySurname.set(surname, Int32(people.count)) }
        if sentenceStart[sentence] == nil { sentenceStart[sentence] = people.count }
        people.append(mention)
        if firstInSentence[sentence] == nil { firstInSentence[sentence] = mention }
        if !quoted, subjects[sentence] == nil { subjects[sentence] = mention }
    }

    func person(surname: UInt64) -> (EntityReference, Gender?)? {
        bySurname[surname].map { (people[Int($0)].entity, people[Int($0)].gender) }
    }

    func subject(of sentence: Int) -> PersonMention? { subjects[sentence] ?? firstInSentence[sentence] }

    /// The person a pronoun refers to, and why. Same sentence: its subject when the subject comes
    /// first ("Xi noted that he had met…"); an object pronoun ("him") prefers someone other than the
    /// subject. Otherwise the subject of the closest earlier sentence that has a compatible one.
    func antecedent(of pronoun: Pronoun, word: String, sentence: Int, token: Int) -> (EntityReference, String)? {
        func fits(_ m: PersonMention) -> Bool { m.gender == nil || m.gender == pronoun.gender }
        let here = sentenceStart[sentence].map { people[$0...].filter { $0.sentence == sentence && $0.token < token && fits($0) } } ?? []
        if let subject = subject(of: sentence), subject.token < token, fits(subject) {
            if pronoun.form == .object, let other = here.last(where: { $0.entity != subject.entity }) {
                return (other.entity, "pronoun '\(word)' refers to \(other.entity.name), named before it in the sentence")
            }
            if pronoun.form != .object {
                return (subject.entity, "pronoun '\(word)' refers to \(subject.entity.name), subject of the sentence")
            }
        }
        if pronoun.form != .object, let nearest = here.first {
            return (nearest.entity, "pronoun '\(word)' refers to \(nearest.entity.name), named before it in the sentence")
        }
        var s = sentence - 1
        while s >= 0, s >= sentence - 3 {
            if let subject = subject(of: s), fits(subject) {
                let which = s == sentence - 1 ? "the previous sentence" : "an earlier sentence"
                return (subject.entity, "pronoun '\(word)' refers to \(subject.entity.name), subject of \(which)")
            }
            s -= 1
        }
        if pronoun.form == .object, let subject = subject(of: sentence), subject.token < token, fits(subject) {
            return (subject.entity, "pronoun '\(word)' refers to \(subject.entity.name), subject of the sentence")
        }
        return nil
    }

    /// The two different people named last, earliest first.
    func lastPair() -> (EntityReference, EntityReference)? {
        var found: [EntityReference] = []
        // the pair is among the last few people named; never walk a whole long text back
        for mention in people.suffix(64).reversed() where !found.contains(mention.entity) {
            found.append(mention.entity)
            if found.count == 2 { return (found[1], found[0]) }
        }
        return nil
    }
}
