import Foundation

/// Where an event took place: a city or venue in an "in/at/to …" phrase of its sentence ("at
/// Beijing's Great Hall of the People" → Beijing, CHN). Locations from the entity layer come first;
/// the bundled list of cities (`lexicons/event-places.json`) covers what the entity layer leaves.
public struct EventPlaces: Sendable {
    struct Place: Decodable, Sendable {
        var name: String
        var country: String
        var wikidata: String?
    }

    let placesByFirstWord: [String: [(words: [String], place: Place)]]

    public static let standard: EventPlaces = {
        do { return try EventPlaces(contentsOf: ResourceFiles.url("lexicons/event-places.json")) }
        catch { fatalError("DatelineKit resource lexicons/event-places.json is unreadable: \(error)") }
    }()

    private struct File: Decodable { var places: [Place] }

    public init(contentsOf url: URL) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        var index: [String: [(words: [String], place: Place)]] = [:]
        for place in file.places {
            let scalars = Array(place.name.unicodeScalars)
            let words = SentenceWords(scalars: scalars, range: 0..<scalars.count).words.filter { !$0.isPunctuation }.map(\.text)
            guard let first = words.first else { continue }
            index[first, default: []].append((words, place))
        }
        placesByFirstWord = index.mapValues { $0.sorted { $0.words.count > $1.words.count } }
    }

    /// How many words either side of a trigger are searched for its place.
    static let reach = 60

    static let placePrepositions: Set<String> = ["in", "at", "to", "from"]
    /// `placePrepositions` as comparisons: asked of every word near every trigger, and four string
    /// comparisons (the same equality the set uses) cost less than hashing the word.
    @inline(__always) static func isPlacePreposition(_ word: String) -> Bool {
        word == "in" || word == "at" || word == "to" || word == "from"
    }
    static let placeholderNounTable = WordTable(set: placeholderNouns)
    /// Nouns whose "in …" phrase locates themselves, not the event.
    static let placeholderNouns: Set<String> = ["war", "conflict", "crisis", "fighting", "situation", "invasion", "peace", "offensive",
                                                "operation", "operations", "interests", "ties", "relations", "role", "stake", "investment"]

    /// The place of an event whose trigger is at `trigger`: the first place after an "in/at/to"
    /// in the trigger's clause, else anywhere in the sentence. Remote contacts have no place.
    /// A whole country is a place only for travel ("visited China", "arrived in Russia").
    func place(for trigger: Range<Int>, in sentence: SentenceWords, locations: [EventActors.Mention],
               countriesAllowed: Bool = false) -> ContactEvent.Place? {
        // A place phrase sits near its trigger; the window also keeps a run-on "sentence" of
        // thousands of words (scraped text without full stops) linear rather than quadratic.
        let window = max(0, trigger.lowerBound - Self.reach)..<min(sentence.words.count, trigger.upperBound + Self.reach)
        let clause = sentence.clause(around: trigger.lowerBound).clamped(to: window)
        let inClause = places(in: sentence, range: clause, locations: locations, countriesAllowed: countriesAllowed)
        if let first = inClause.min(by: { abs($0.word - trigger.lowerBound) < abs($1.word - trigger.lowerBound) }) { return first.place }
        return places(in: sentence, range: window, locations: locations, countriesAllowed: countriesAllowed).first?.place
    }

    private func places(in sentence: SentenceWords, range: Range<Int>, locations: [EventActors.Mention],
                        countriesAllowed: Bool) -> [(word: Int, place: ContactEvent.Place)] {
        let words = sentence.words
        var found: [(word: Int, place: ContactEvent.Place)] = []
        for w in range where Self.isPlacePreposition(words[w].text) {
            // "the war in Ukraine" places the war, not the talks.
            if w > 0, Self.placeholderNounTable.contains(words[w - 1].text) { continue }
            var start = w + 1
            if start < words.count, words[start].text == "the" { start += 1 }
            guard start < words.count, words[start].isCapitalized else { continue }
            if let location = locations.first(where: { $0.words.lowerBound == start || $0.words.lowerBound == w + 1 }),
               location.entity.kind == .location || (location.entity.kind == .country && countriesAllowed) {
                found.append((start, ContactEvent.Place(name: location.entity.name, country: location.entity.country)))
                continue
            }
            if let place = lookup(words, at: start) {
                found.append((start, ContactEvent.Place(name: place.name, country: place.country)))
            }
        }
        return found
    }

    /// The listed place with this name ("Samarkand"), if any.
    func place(named name: String) -> ContactEvent.Place? {
        let scalars = Array(name.unicodeScalars)
        let words = SentenceWords(scalars: scalars, range: 0..<scalars.count).words.filter { !$0.isPunctuation }
        guard !words.isEmpty, let place = lookup(words, at: 0) else { return nil }
        return ContactEvent.Place(name: place.name, country: place.country)
    }

    /// The listed place whose words start at `index` ("beijing's" matches Beijing).
    private func lookup(_ words: [SentenceWords.Word], at index: Int) -> Place? {
        func bare(_ text: String) -> String { text.hasSuffix("'s") ? String(text.dropLast(2)) : text }
        guard let candidates = placesByFirstWord[bare(words[index].text)] else { return nil }
        for candidate in candidates where index + candidate.words.count <= words.count {
            if candidate.words.indices.allSatisfy({ bare(words[index + $0].text) == candidate.words[$0] }) { return candidate.place }
        }
        return nil
    }
}
