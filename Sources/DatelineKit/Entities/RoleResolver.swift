/// Resolves a role phrase ("Chinese President", "the Kremlin leader") to the office holder on the date
/// the sentence talks about: a date expression in the same sentence when the time layer found one that
/// differs from the publication date, else the publication date; with neither, the current holder, and
/// the basis says so.
struct RoleResolver {
    let kb: KnowledgeBase
    let published: String?
    /// The first usable date value of each sentence's time expressions, with the expression's text.
    let sentenceDates: [Int: (value: String, text: String)]

    init(kb: KnowledgeBase, document: AnnotatedDocument) {
        self.kb = kb
        published = document.document.published?.value
        var dates: [Int: (String, String)] = [:]
        let sentences = document.layers.sentences
        var s = 0
        for timex in document.layers.timexes where timex.type == .date && OfficeTermDay.day(for: timex.value) != nil {
            while s < sentences.count, sentences[s].span.end <= timex.span.start { s += 1 }
            guard s < sentences.count, sentences[s].span.start <= timex.span.start else { continue }
            if dates[s] == nil, timex.value != published { dates[s] = (timex.value, timex.text) }
        }
        sentenceDates = dates
    }

    /// The date a sentence talks about and why.
    func date(forSentence sentence: Int) -> (value: String?, reason: String) {
        if let (value, text) = sentenceDates[sentence] { return (value, "on \(value) ('\(text)' in the sentence)") }
        if let published { return (published, "on \(published) (publication date)") }
        return (nil, "now (no date known for the text)")
    }

    /// The holder of `office` of `country` in `sentence`, with the basis.
    func resolve(office: String, country: String, sentence: Int) -> (Person, String)? {
        let type = office == "leader" ? kb.leaderOffice(of: country) : office
        let (date, reason) = date(forSentence: sentence)
        guard let holder = kb.holder(of: type, country: country, on: date),
              let name = kb.office(type, country: country)?.name else { return nil }
        return (holder, "office holder of \(name) \(reason)")
    }

    /// "his Russian counterpart": for a leader, the other country's leader; otherwise the holder, in
    /// `country`, of the office `owner` holds (foreign minister for a foreign minister); else the leader.
    func counterpart(of owner: Person, country: String, sentence: Int) -> (Person, String)? {
        let (date, reason) = date(forSentence: sentence)
        let held = kb.offices(heldBy: owner, on: date)
        // a leader's counterpart is the other country's leader: Putin's Indian counterpart is Modi, not the president
        let isLeader = held.contains { $0.office == kb.leaderOffice(of: $0.country) }
        for office in held where office.country != country && !isLeader {
            if let holder = kb.holder(of: office.office, country: country, on: date),
               let name = kb.office(office.office, country: country)?.name {
                return (holder, "counterpart of \(owner.name): office holder of \(name) \(reason)")
            }
        }
        let type = kb.leaderOffice(of: country)
        guard let holder = kb.holder(of: type, country: country, on: date),
              let name = kb.office(type, country: country)?.name else { return nil }
        return (holder, "counterpart of \(owner.name): office holder of \(name) \(reason)")
    }
}
