/// Reads the spots of one document left to right and turns them into resolved mentions, keeping the
/// discourse (who has been named) for surnames, pronouns, counterparts and pairs.
struct MentionBuilder {
    let recognizer: EntityRecognizer
    let kb: KnowledgeBase
    let tokens: [DocumentToken]
    let buf: UnsafeBufferPointer<UInt8>
    let roles: RoleResolver
    var discourse = Discourse()
    var mentions: [EntityMention] = []
    /// The person each emitted person mention ends on, by its last token: "congratulated Xi on his…".
    var personEndingAt: [Int: EntityReference] = [:]

    init(recognizer: EntityRecognizer, document: AnnotatedDocument, tokens: [DocumentToken], buf: UnsafeBufferPointer<UInt8>) {
        self.recognizer = recognizer
        kb = recognizer.knowledgeBase
        self.tokens = tokens
        self.buf = buf
        roles = RoleResolver(kb: recognizer.knowledgeBase, document: document)
    }

    mutating func build(_ spots: [EntityRecognizer.Spot]) -> [EntityMention] {
        var skip = -1
        for (index, spot) in spots.enumerated() where index > skip {
            let next = index + 1 < spots.count && spots[index + 1].start == spot.end ? spots[index + 1] : nil
            guard let entry = spot.entry else {
                name(spot, title: nil)
                continue
            }
            switch entry {
            case .person(let i):
                addPerson(kb.people[i], from: spot.start, to: spot.end, basis: nil)
            case .surname(let people):
                surname(spot, people: people, title: nil)
            case .title, .role:
                // "Defense Minister Andrey Belousov", "Chinese counterpart Xi Jinping": the name decides
                if let next, let taken = personAfterTitle(spot, next) {
                    if taken { skip = index + 1 }
                } else if case .role(let office, let country) = entry {
                    role(spot, office: office, country: country)
                }
            case .country(let i):
                emit(spot.start, spot.end, kb.countries[i].reference, basis: nil)
            case .metonym(let i):
                let country = kb.countries[i]
                emit(spot.start, spot.end, country.reference, basis: "'\(text(spot.start, spot.end))' stands for the government of \(country.name)")
            case .capital(let i):
                capital(spot, country: kb.countries[i])
            case .place(let i):
                emit(spot.start, spot.end, kb.places[i].reference, basis: nil)
            case .organization(let i):
                emit(spot.start, spot.end, kb.organizations[i].reference, basis: nil)
            case .organizationTemplate(let t, let c):
                let template = kb.organizationTemplates[t], country = kb.countries[c]
                let name = template.name.replacingOccurrences(of: "{country}", with: country.name)
                emit(spot.start, spot.end, EntityReference(id: nil, name: name, kind: .organization, country: country.code), basis: nil)
            case .pronoun(let pronoun):
                self.pronoun(spot, pronoun)
            case .pair:
                pair(spot)
            case .demonym(let i):
                if let end = demonymPair(spot, spots: spots, index: index, first: i) { skip = end }
            case .personVerb:
                break
            }
        }
        return mentions.enumerated().sorted { ($0.element.span, $0.offset) < ($1.element.span, $1.offset) }.map(\.element)
    }

    // MARK: people

    /// A title or role right before a name: one mention of the named person over both. Returns nil when
    /// no name follows, else whether the next spot was consumed.
    mutating func personAfterTitle(_ title: EntityRecognizer.Spot, _ next: EntityRecognizer.Spot) -> Bool? {
        switch next.entry {
        case .person(let i)?:
            addPerson(kb.people[i], from: title.start, to: next.end, basis: nil)
            return true
        case .surname(let people)?:
            return surname(next, people: people, title: title) ? true : nil
        case nil:
            name(next, title: title)
            return true
        default:
            return nil
        }
    }

    mutating func addPerson(_ person: Person, from start: Int, to end: Int, basis: String?) {
        emitPerson(start, end, person.reference, gender: person.gender, surname: person.familyName, basis: basis)
    }

    mutating func emitPerson(_ start: Int, _ end: Int, _ entity: EntityReference, gender: Gender?, surname: String?, basis: String?) {
        emit(start, end, entity, basis: basis)
        personEndingAt[end - 1] = entity
        discourse.add(entity, gender: gender, surname: surname, sentence: tokens[start].sentence, token: start,
                      quoted: tokens[start].quoted)
    }

    /// "Putin" alone: the person of that surname named earlier, else the knowledge base's only person of
    /// that name (or the only one in office on the sentence's date).
    @discardableResult
    mutating func surname(_ spot: EntityRecognizer.Spot, people: [Int], title: EntityRecognizer.Spot?) -> Bool {
        let written = text(spot.start, spot.end)
        let start = title?.start ?? spot.start
        if let (entity, gender) = discourse.person(surname: written) {
            emitPerson(start, spot.end, entity, gender: gender, surname: written, basis: "surname of \(entity.name), named earlier in the text")
            return true
        }
        guard !recognizer.notNames.contains(tokens[spot.start].key) || title != nil else { return false }
        let (date, reason) = roles.date(forSentence: tokens[spot.start].sentence)
        let candidates = people.map { kb.people[$0] }.filter { !kb.offices(heldBy: $0, on: nil).isEmpty }
        if candidates.count == 1, let person = candidates.first {
            addPerson(person, from: start, to: spot.end, basis: "surname of \(person.name), the only person of that name in the knowledge base")
            return true
        }
        let inOffice = candidates.filter { !kb.offices(heldBy: $0, on: date).isEmpty }
        if inOffice.count == 1, let person = inOffice.first {
            addPerson(person, from: start, to: spot.end, basis: "surname of \(person.name), the one of that name in office \(reason)")
            return true
        }
        return false
    }

    /// A capitalised name outside the knowledge base: a person when a title or a speech verb says so,
    /// or when it is the surname of someone named before.
    mutating func name(_ spot: EntityRecognizer.Spot, title: EntityRecognizer.Spot?) {
        let written = text(spot.start, spot.end)
        let lastWord = text(spot.end - 1, spot.end)
        if let (entity, gender) = discourse.person(surname: written) ?? (spot.end - spot.start == 1 ? nil : discourse.person(surname: lastWord)).flatMap({ $0.0.name == written ? $0 : nil }) {
            emitPerson(title?.start ?? spot.start, spot.end, entity, gender: gender, surname: lastWord,
                       basis: entity.name == written ? nil : "surname of \(entity.name), named earlier in the text")
            return
        }
        let words = spot.end - spot.start
        let cued = title != nil || (words >= 2 && followedBySpeechVerb(spot.end))
        guard cued else { return }
        let gender: Gender? = title.flatMap { genderOfTitle(text($0.start, $0.end)) }
        emitPerson(title?.start ?? spot.start, spot.end, EntityReference(id: nil, name: written, kind: .person),
                   gender: gender, surname: lastWord, basis: nil)
    }

    func followedBySpeechVerb(_ end: Int) -> Bool {
        guard end < tokens.count, tokens[end].sentence == tokens[end - 1].sentence else { return false }
        return recognizer.gazetteer.entries(from: end, to: end + 1, in: tokens).contains(.personVerb)
    }

    func genderOfTitle(_ title: String) -> Gender? {
        switch title {
        case "Mr.", "Mr", "King", "Prince", "Crown Prince": .male
        case "Mrs.", "Mrs", "Ms.", "Ms", "Queen": .female
        default: nil
        }
    }

    // MARK: roles, pronouns, pairs

    mutating func role(_ spot: EntityRecognizer.Spot, office: String, country: String) {
        let sentence = tokens[spot.start].sentence
        let resolved: (Person, String)?
        if office == "counterpart" {
            guard let owner = counterpartOwner(before: spot.start) else { return }
            resolved = roles.counterpart(of: owner, country: country, sentence: sentence)
        } else {
            resolved = roles.resolve(office: office, country: country, sentence: sentence)
        }
        guard let (person, basis) = resolved else { return }
        // "the Chinese leader" is the mention, article included
        var start = spot.start
        if start > 0, tokens[start - 1].sentence == sentence, text(start - 1, start).lowercased() == "the" { start -= 1 }
        addPerson(person, from: start, to: spot.end, basis: "'\(text(start, spot.end))': \(basis)")
    }

    /// Whose counterpart: the person "his"/"her" just before stands for, else the sentence's subject.
    func counterpartOwner(before start: Int) -> Person? {
        let sentence = tokens[start].sentence
        var entity: EntityReference?
        if start > 0, let last = mentions.last, last.span.end == tokens[start - 1].span.end, last.entity.kind == .person {
            entity = last.entity
        } else if let subject = discourse.subject(of: sentence) {
            entity = subject.entity
        } else {
            entity = discourse.people.last?.entity
        }
        return entity.flatMap { kb.person(named: $0.name) }
    }

    mutating func pronoun(_ spot: EntityRecognizer.Spot, _ pronoun: Pronoun) {
        let token = tokens[spot.start]
        guard !token.quoted else { return }  // "he" inside a quotation is someone the speaker talks about
        let word = text(spot.start, spot.end)
        let sentence = token.sentence
        var found: (EntityReference, String)?
        // "congratulated Xi on his appointment": the owner is the person before the preposition
        if pronoun.form == .possessive, spot.start >= 2, recognizer.cues.ownerPrepositions.contains(tokens[spot.start - 1].key),
           tokens[spot.start - 2].sentence == sentence, let owner = personEndingAt[spot.start - 2] {
            found = (owner, "pronoun '\(word)' refers to \(owner.name), named just before '\(text(spot.start - 1, spot.start))'")
        }
        found = found ?? discourse.antecedent(of: pronoun, word: word, sentence: sentence, token: spot.start)
        guard let (entity, basis) = found else { return }
        emitPerson(spot.start, spot.end, entity, gender: pronoun.gender, surname: nil, basis: basis)
    }

    mutating func pair(_ spot: EntityRecognizer.Spot) {
        guard let (first, second) = discourse.lastPair() else { return }
        let written = text(spot.start, spot.end)
        let basis = "'\(written)': \(first.name) and \(second.name), the two people named last"
        emit(spot.start, spot.end, first, basis: basis)
        emit(spot.start, spot.end, second, basis: basis)
    }

    /// "The Chinese and Russian leaders": the leader of each country, both on the whole phrase.
    /// Returns the index of the last spot used.
    mutating func demonymPair(_ spot: EntityRecognizer.Spot, spots: [EntityRecognizer.Spot], index: Int, first: Int) -> Int? {
        guard index + 1 < spots.count, case .demonym(let second)? = spots[index + 1].entry,
              spots[index + 1].start == spot.end + 1, text(spot.end, spot.end + 1).lowercased() == "and" else { return nil }
        let noun = spots[index + 1].end
        guard noun < tokens.count, ["leaders", "presidents"].contains(text(noun, noun + 1).lowercased()) else { return nil }
        let sentence = tokens[spot.start].sentence
        var start = spot.start
        if start > 0, text(start - 1, start).lowercased() == "the" { start -= 1 }
        for country in [kb.countries[first], kb.countries[second]] {
            if let (person, basis) = roles.resolve(office: "leader", country: country.code, sentence: sentence) {
                emit(start, noun + 1, person.reference, basis: "'\(text(start, noun + 1))': \(basis)")
            }
        }
        return index + 1
    }

    // MARK: places and governments

    /// A capital is the city after "in", "to", "at" … ("talks in Beijing"), before another name
    /// ("Beijing Olympics") and as a wire dateline ("BEIJING (Agencies)"); otherwise it stands for the
    /// government ("Washington warned", "Moscow and Beijing have bolstered …").
    mutating func capital(_ spot: EntityRecognizer.Spot, country: Country) {
        let first = tokens[spot.start]
        let previousIsLocative = spot.start > 0 && tokens[spot.start - 1].sentence == first.sentence
            && recognizer.cues.locatives.contains(tokens[spot.start - 1].key)
        let nextToken = spot.end < tokens.count && tokens[spot.end].sentence == first.sentence ? tokens[spot.end] : nil
        let beforeName = nextToken.map { $0.kind == .word && $0.initial == .upper } ?? false
        let dateline = first.allCaps && (nextToken.map { $0.kind == .punctuation } ?? true)
        let written = text(spot.start, spot.end)
        if previousIsLocative || beforeName || dateline {
            let place = kb.place(named: country.capital ?? written)?.reference
                ?? EntityReference(id: nil, name: country.capital ?? written, kind: .location, country: country.code)
            emit(spot.start, spot.end, place, basis: nil)
        } else {
            emit(spot.start, spot.end, country.reference, basis: "capital '\(written)' used for the government of \(country.name)")
        }
    }

    // MARK: output

    mutating func emit(_ start: Int, _ end: Int, _ entity: EntityReference, basis: String?) {
        let span = Span(start: tokens[start].span.start, end: tokens[end - 1].span.end)
        mentions.append(EntityMention(span: span, text: text(start, end), entity: entity, basis: basis))
    }

    func text(_ start: Int, _ end: Int) -> String {
        guard start < end, end <= tokens.count else { return "" }
        return String(decoding: buf[tokens[start].bytes.lowerBound..<tokens[end - 1].bytes.upperBound], as: UTF8.self)
    }
}
