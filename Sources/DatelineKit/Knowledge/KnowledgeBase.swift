import Foundation

/// Countries, organizations, people, offices in time, places and role phrases: the resource files under
/// `Resources/kb/`, optionally extended by a folder of the user's own files in the same format
/// (`dateline extract --kb DIR`, or `$DATELINE_KB`).
///
/// ```swift
/// let kb = KnowledgeBase.standard
/// kb.country(demonym: "Chinese")?.code                                    // "CHN"
/// kb.holder(of: "president", country: "RUS", on: "2010-06-01")?.name      // "Dmitry Medvedev"
/// kb.place(named: "Great Hall of the People")?.country                   // "CHN"
/// ```
public struct KnowledgeBase: Sendable {
    public private(set) var countries: [Country] = []
    public private(set) var people: [Person] = []
    public private(set) var organizations: [Organization] = []
    public private(set) var organizationTemplates: [OrganizationTemplate] = []
    public private(set) var places: [Place] = []
    public private(set) var offices: [Office] = []
    public private(set) var roles = RoleLexicon.empty

    private var countryByCode: [String: Int] = [:]
    private var countryByName: [String: Int] = [:]
    private var countryByDemonym: [String: Int] = [:]
    private var personByName: [String: Int] = [:]
    private var placeByName: [String: Int] = [:]
    private var organizationByName: [String: Int] = [:]
    private var officeByKey: [String: Int] = [:]
    /// Office indexes per holder name.
    private var officesByHolder: [String: [Int]] = [:]

    /// One organization per country made from a pattern ("{country}'s Foreign Ministry").
    public struct OrganizationTemplate: Codable, Hashable, Sendable {
        public var patterns: [String]
        public var name: String
        public var type: String
    }

    /// The knowledge base bundled with DatelineKit, extended by `$DATELINE_KB` when that names a folder.
    public static let standard: KnowledgeBase = {
        let extra = ProcessInfo.processInfo.environment["DATELINE_KB"].map { URL(fileURLWithPath: $0) }
        do { return try loading(extra: extra) } catch {
            fatalError("DatelineKit knowledge base is unreadable: \(error)")
        }
    }()

    /// The bundled files plus, when given, the same-named files in `extra` (any subset of them).
    /// An entry of `extra` with the same key (country code, person or place name, organization key,
    /// office type and country) replaces the bundled one; others are added.
    public static func loading(extra: URL?) throws -> KnowledgeBase {
        var folders = [ResourceFiles.url("kb")]
        if let extra { folders.append(extra) }
        return try KnowledgeBase(folders: folders)
    }

    public init(folders: [URL]) throws {
        for folder in folders { try merge(folder: folder) }
        buildIndexes()
    }

    // MARK: lookups

    public func country(code: String) -> Country? { countryByCode[code].map { countries[$0] } }
    /// "Chinese" → China. Case-sensitive, as demonyms are written.
    public func country(demonym: String) -> Country? { countryByDemonym[demonym].map { countries[$0] } }
    /// "China", "the United States", "U.S." → the country.
    public func country(named name: String) -> Country? { countryByName[name].map { countries[$0] } }
    public func person(named name: String) -> Person? { personByName[name].map { people[$0] } }
    public func place(named name: String) -> Place? { placeByName[name].map { places[$0] } }
    public func organization(named name: String) -> Organization? { organizationByName[name].map { organizations[$0] } }

    public func office(_ type: String, country: String) -> Office? {
        officeByKey[Office.key(type, country)].map { offices[$0] }
    }

    /// The office type "the <demonym> leader" means for a country.
    public func leaderOffice(of country: String) -> String { self.country(code: country)?.leader ?? "president" }

    /// Who held an office on a date ("YYYY-MM-DD", "YYYY-MM" or "YYYY"); with `date` nil, the current holder.
    public func holder(of type: String, country: String, on date: String?) -> Person? {
        guard let office = office(type, country: country) else { return nil }
        let holder: Office.Holder?
        if let date {
            guard let day = OfficeTermDay.day(for: date) else { return nil }
            holder = office.holders.last { $0.covers(day) }
        } else {
            holder = office.holders.last { $0.end == nil }
        }
        return holder.flatMap { person(named: $0.person) }
    }

    /// The offices a person held on a date (all they ever held when `date` is nil), in file order.
    public func offices(heldBy person: Person, on date: String?) -> [Office] {
        let indexes = officesByHolder[person.name] ?? []
        let day = date.flatMap(OfficeTermDay.day(for:))
        return indexes.map { offices[$0] }.filter { office in
            office.holders.contains { $0.person == person.name && (day.map($0.covers) ?? true) }
        }
    }

    // MARK: loading

    private struct CountriesFile: Decodable { var countries: [Country] }
    private struct PeopleFile: Decodable { var people: [Person] }
    private struct OrganizationsFile: Decodable { var organizations: [Organization]; var templates: [OrganizationTemplate]? }
    private struct PlacesFile: Decodable { var places: [Place] }
    private struct OfficesFile: Decodable { var offices: [Office] }

    private mutating func merge(folder: URL) throws {
        func read<T: Decodable>(_ name: String, as type: T.Type) throws -> T? {
            let url = folder.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { return nil }
            do { return try JSONDecoder().decode(T.self, from: Data(contentsOf: url)) } catch {
                throw KnowledgeBaseError(file: url.path, reason: "\(error)")
            }
        }
        if let file = try read("countries.json", as: CountriesFile.self) { countries = Self.replacing(countries, with: file.countries, key: \.code) }
        if let file = try read("people.json", as: PeopleFile.self) { people = Self.replacing(people, with: file.people, key: \.name) }
        if let file = try read("organizations.json", as: OrganizationsFile.self) {
            organizations = Self.replacing(organizations, with: file.organizations, key: \.key)
            organizationTemplates += file.templates ?? []
        }
        if let file = try read("places.json", as: PlacesFile.self) { places = Self.replacing(places, with: file.places, key: \.name) }
        if let file = try read("offices.json", as: OfficesFile.self) { offices = Self.replacing(offices, with: file.offices, key: \.key) }
        if let file = try read("roles.json", as: RoleLexicon.self) {
            roles = RoleLexicon(templates: roles.templates + file.templates, phrases: roles.phrases + file.phrases,
                                titles: roles.titles + file.titles, personVerbs: roles.personVerbs + file.personVerbs,
                                pairPhrases: roles.pairPhrases + file.pairPhrases, notNames: roles.notNames + file.notNames)
        }
    }

    private static func replacing<T>(_ base: [T], with added: [T], key: (T) -> String) -> [T] {
        var result = base
        var position: [String: Int] = [:]
        for (i, item) in result.enumerated() { position[key(item)] = i }
        for item in added {
            if let i = position[key(item)] { result[i] = item } else {
                position[key(item)] = result.count
                result.append(item)
            }
        }
        return result
    }

    private mutating func buildIndexes() {
        for (i, country) in countries.enumerated() {
            countryByCode[country.code] = i
            for name in [country.name] + country.names where countryByName[name] == nil { countryByName[name] = i }
            for demonym in country.demonyms where countryByDemonym[demonym] == nil { countryByDemonym[demonym] = i }
        }
        for (i, person) in people.enumerated() {
            for name in [person.name] + person.aliases where personByName[name] == nil { personByName[name] = i }
        }
        for (i, place) in places.enumerated() {
            for name in [place.name] + place.aliases where placeByName[name] == nil { placeByName[name] = i }
        }
        for (i, organization) in organizations.enumerated() {
            for name in [organization.name, organization.key] + organization.aliases where organizationByName[name] == nil {
                organizationByName[name] = i
            }
        }
        for (i, office) in offices.enumerated() {
            officeByKey[office.key] = i
            for name in Set(office.holders.map(\.person)) {
                // a holder's canonical name, so aliases in offices.json still find the person
                let canonical = personByName[name].map { people[$0].name } ?? name
                officesByHolder[canonical, default: []].append(i)
            }
        }
    }
}

/// A knowledge-base file that could not be read, with the file and what was wrong.
public struct KnowledgeBaseError: Error, CustomStringConvertible {
    public var file: String
    public var reason: String
    public var description: String { "\(file): \(reason)" }
}
