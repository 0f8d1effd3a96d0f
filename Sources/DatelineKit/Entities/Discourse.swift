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
    /// Family name (as written) → the person, for surname-only mentions of anyone named in full.
    private var bySurname: [String: (EntityReference, Gender?)] = [:]
    /// The first person named outside quotation marks in each sentence: its grammatical subject, near enough.
    private var subjects: [Int: PersonMention] = [:]
    private var firstInSentence: [Int: PersonMention] = [:]

    mutating func add(_ entity: EntityReference, gender: Gender?, surname: String?, sentence: Int, token: Int, quoted: Bool) {
        let mention = PersonMention(entity: entity, gender: gender, sentence: sentence, token: token, quoted: quoted)
        people.append(mention)
        if let surname { bySurname[surname] = (entity, gender) }
        if firstInSentence[sentence] == nil { firstInSentence[sentence] = mention }
        if !quoted, subjects[sentence] == nil { subjects[sentence] = mention }
    }

    func person(surname: String) -> (EntityReference, Gender?)? { bySurname[surname] }

    func subject(of sentence: Int) -> PersonMention? { subjects[sentence] ?? firstInSentence[sentence] }

    /// The person a pronoun refers to, and why. Same sentence: its subject when the subject comes
    /// first ("Xi noted that he had met…"); an object pronoun ("him") prefers someone other than the
    /// subject. Otherwise the subject of the closest earlier sentence that has a compatible one.
    func antecedent(of pronoun: Pronoun, word: String, sentence: Int, token: Int) -> (EntityReference, String)? {
        func fits(_ m: PersonMention) -> Bool { m.gender == nil || m.gender == pronoun.gender }
        let here = people.filter { $0.sentence == sentence && $0.token < token && fits($0) }
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
        for mention in people.reversed() where !found.contains(mention.entity) {
            found.append(mention.entity)
            if found.count == 2 { return (found[1], found[0]) }
        }
        return nil
    }
}
