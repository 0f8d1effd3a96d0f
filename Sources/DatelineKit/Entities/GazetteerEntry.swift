/// What a phrase of the gazetteer means. Indexes point into the knowledge base's arrays.
enum GazetteerEntry: Hashable, Sendable {
    case person(Int)
    /// A family name alone ("Putin"), with every knowledge-base person who has it.
    case surname([Int])
    case country(Int)
    /// "Chinese": names no entity alone, but builds roles ("the Chinese and Russian leaders").
    case demonym(Int)
    /// "the Kremlin": the government of a country.
    case metonym(Int)
    /// A capital: the city, or the government ("Washington warned").
    case capital(Int)
    case place(Int)
    case organization(Int)
    /// "China's Foreign Ministry": a per-country organization from a template.
    case organizationTemplate(template: Int, country: Int)
    /// An office named instead of a person: type ("president", "leader", "counterpart") and country code.
    case role(office: String, country: String)
    /// A word that stands before a person's name ("Defense Minister", "spokesman", "Mr.").
    case title
    case pronoun(Pronoun)
    /// "the two leaders": the two people named last.
    case pair
    /// "said", "told": follows a person's name.
    case personVerb

    /// Which meaning wins when one phrase has several ("U.S." is a name and a demonym).
    var priority: Int {
        switch self {
        case .person: 0
        case .organization, .organizationTemplate: 1
        case .role: 2
        case .country: 3
        case .metonym: 4
        case .capital: 5
        case .place: 6
        case .pair: 7
        case .pronoun: 8
        case .title: 9
        case .surname: 10
        case .demonym: 11
        case .personVerb: 12
        }
    }
}

/// A third-person pronoun that can refer to a person.
struct Pronoun: Hashable, Sendable {
    enum Form: Hashable, Sendable { case subject, object, possessive, reflexive }
    var gender: Gender
    var form: Form

    static let all: [String: Pronoun] = [
        "he": Pronoun(gender: .male, form: .subject), "him": Pronoun(gender: .male, form: .object),
        "his": Pronoun(gender: .male, form: .possessive), "himself": Pronoun(gender: .male, form: .reflexive),
        "she": Pronoun(gender: .female, form: .subject), "her": Pronoun(gender: .female, form: .possessive),
        "hers": Pronoun(gender: .female, form: .possessive), "herself": Pronoun(gender: .female, form: .reflexive),
    ]
}
