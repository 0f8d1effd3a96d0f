import Foundation

/// A datable public event from `Resources/kb/calendar.json`: an inauguration, an election, a summit,
/// the Olympics, the start of a war. Matched from a sentence by its term lists.
public struct PublicEvent: Decodable, Sendable {
    public var kind: String
    public var date: String
    public var label: String
    /// Alternatives: each a list of terms that must all occur in one sentence.
    public var match: [[String]]
    /// The term of office ("third term") the event opens, when it is one.
    public var term: Int?
    /// The office holder's ordinal ("the 47th president").
    public var ordinal: Int?
    /// Wikidata id of the office holder, or of the event.
    public var subject: String?
    public var id: String?
    /// Words that place the event among its look-alikes when the article uses them anywhere
    /// ("Clinton" for the 2016 election, "Harris" for 2024).
    public var context: [String]?

    public var day: CalendarDay? { CalendarDay(iso: date) }
}

/// The calendar of datable public events, loaded once; finds the events a sentence mentions.
public struct PublicEventCalendar: Sendable {
    public let events: [PublicEvent]
    private let lowered: [[[String]]]

    public static let standard: PublicEventCalendar = {
        struct File: Decodable { var events: [PublicEvent] }
        do {
            let data = try Data(contentsOf: ResourceFiles.url("kb/calendar.json"))
            return PublicEventCalendar(events: try JSONDecoder().decode(File.self, from: data).events)
        } catch {
            fatalError("the bundled event calendar is unreadable: \(error)")
        }
    }()

    public init(events: [PublicEvent]) {
        self.events = events
        lowered = events.map { $0.match.map { $0.map { $0.lowercased() } } }
    }

    /// Events whose terms all occur in `sentence` (already lower-cased, ’ as '), with the matched
    /// terms; an event whose term or ordinal disagrees with the sentence ("third term") is left out.
    public func events(in sentence: String) -> [(event: PublicEvent, terms: [String])] {
        var out: [(PublicEvent, [String])] = []
        let said = Self.statedNumbers(sentence)
        for (k, alternatives) in lowered.enumerated() {
            guard let hit = alternatives.first(where: { $0.allSatisfy { Self.contains(sentence, $0) } }) else { continue }
            let e = events[k]
            if let t = said.term, let et = e.term, t != et { continue }
            if let o = said.ordinal, let eo = e.ordinal, o != eo { continue }
            out.append((e, hit))
        }
        return out
    }

    /// `term` occurs in `text` at the start of a word.
    static func contains(_ text: String, _ term: String) -> Bool {
        var searchStart = text.startIndex
        while let r = text.range(of: term, range: searchStart..<text.endIndex) {
            if r.lowerBound == text.startIndex { return true }
            let before = text[text.index(before: r.lowerBound)]
            if !before.isLetter && !before.isNumber { return true }
            searchStart = text.index(after: r.lowerBound)
        }
        return false
    }

    private static let ordinalWords = ["first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6]

    /// "third term" → term 3; "47th president" → ordinal 47.
    static func statedNumbers(_ s: String) -> (term: Int?, ordinal: Int?) {
        var term: Int?, ordinal: Int?
        let words = s.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
        for (i, w) in words.enumerated() where i + 1 < words.count {
            let next = words[i + 1]
            if next == "term" || next == "consecutive", let n = ordinalWords[String(w)] { term = n }
            if next == "president" || next == "prime" || next == "chancellor", w.count >= 3,
               let n = Int(w.dropLast(2)), ["st", "nd", "rd", "th"].contains(String(w.suffix(2))) { ordinal = n }
        }
        return (term, ordinal)
    }
}
