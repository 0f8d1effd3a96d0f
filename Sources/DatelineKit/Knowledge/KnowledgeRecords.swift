/// A country of `kb/countries.json`: ISO 3166 alpha-3 code, names, demonyms, capital, government metonyms.
public struct Country: Codable, Hashable, Sendable {
    public var code: String
    public var id: String?
    public var name: String
    /// Other names and short forms ("the United States", "U.S.").
    public var names: [String]
    /// "Chinese", "Russian": used in role phrases ("Chinese President").
    public var demonyms: [String]
    public var capital: String?
    /// Names that stand for the government: "the Kremlin", "the White House".
    public var metonyms: [String]
    /// The office type "the <demonym> leader" means ("president", "prime minister", "general secretary").
    public var leader: String?

    public var reference: EntityReference { EntityReference(id: id, name: name, kind: .country, country: code) }
}

public enum Gender: String, Codable, Hashable, Sendable { case male, female }

/// A person of `kb/people.json`. Offices they hold are in `kb/offices.json`.
public struct Person: Codable, Hashable, Sendable {
    public var name: String
    public var id: String?
    public var country: String?
    public var gender: Gender?
    /// Name variants and transliterations ("Yury Ushakov" for "Yuri Ushakov").
    public var aliases: [String]
    /// The family name when it is not the last word ("Xi" of "Xi Jinping").
    public var surname: String?

    public var familyName: String { surname ?? name.split(separator: " ").last.map(String.init) ?? name }
    public var reference: EntityReference { EntityReference(id: id, name: name, kind: .person, country: country) }
}

/// An organization of `kb/organizations.json`: intergovernmental body, party, government body, outlet.
public struct Organization: Codable, Hashable, Sendable {
    public var key: String
    public var name: String
    public var id: String?
    public var type: String
    public var country: String?
    public var aliases: [String]

    public var reference: EntityReference { EntityReference(id: id, name: name, kind: .organization, country: country) }
}

/// A city or venue of `kb/places.json`.
public struct Place: Codable, Hashable, Sendable {
    public var name: String
    public var id: String?
    public var country: String?
    public var kind: String
    public var aliases: [String]

    public var reference: EntityReference { EntityReference(id: id, name: name, kind: .location, country: country) }
}

/// An office and its holders in time, from `kb/offices.json`: "President of China", Xi Jinping since 2013-03-14.
public struct Office: Codable, Hashable, Sendable {
    public struct Holder: Codable, Hashable, Sendable {
        /// The holder's name as `people.json` spells it.
        public var person: String
        public var start: String
        /// Nil while in office.
        public var end: String?

        /// Whether the term covers `day` ("YYYY-MM-DD"): start <= day < end.
        public func covers(_ day: String) -> Bool {
            start <= day && (end.map { day < $0 } ?? true)
        }
    }

    /// The office type role phrases name: "president", "prime minister", "foreign minister".
    public var office: String
    /// ISO alpha-3 code, or an organization key ("UN", "NATO", "EU").
    public var country: String
    public var name: String
    public var holders: [Holder]

    public var key: String { Office.key(office, country) }
    static func key(_ office: String, _ country: String) -> String { office + "|" + country }
}
