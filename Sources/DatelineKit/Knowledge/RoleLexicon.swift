/// What `kb/roles.json` holds: role phrases that name an office instead of a person ("Chinese President",
/// "the Kremlin leader", "his Russian counterpart"), and the cues that mark a capitalised name as a person.
public struct RoleLexicon: Codable, Hashable, Sendable {
    public struct Template: Codable, Hashable, Sendable {
        /// Patterns with {demonym}, {country} and {metonym} placeholders.
        public var patterns: [String]
        /// An office type, or "leader" (the country's leader office) or "counterpart".
        public var office: String
    }

    public struct Phrase: Codable, Hashable, Sendable {
        public var phrase: String
        public var office: String
        public var country: String
    }

    public var templates: [Template]
    public var phrases: [Phrase]
    /// Words and phrases that stand before a person's name ("Defense Minister", "spokesman", "Mr.").
    public var titles: [String]
    /// Verbs that follow a person's name ("said", "told").
    public var personVerbs: [String]
    /// Phrases that refer to the two people last named ("the two leaders", "both men").
    public var pairPhrases: [String]
    /// Capitalised words that never start a person's name (sentence openers, months, weekdays).
    public var notNames: [String]

    static let empty = RoleLexicon(templates: [], phrases: [], titles: [], personVerbs: [], pairPhrases: [], notNames: [])
}
