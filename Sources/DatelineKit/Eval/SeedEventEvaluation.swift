import Foundation

/// Scores the event layer on the seed articles against the gold events, as `shared/eval/README.md`
/// says: a gold event is found when an event of its document has the same contact class (in person
/// = meeting/visit/state_visit/summit_meeting; remote = phone_call/video_call; else the same type)
/// and the same set of person participants; it is dated when the date also equals the gold date
/// (a `YYYY-MM` gold date: the month). Each found event answers one gold event at most. The seeds
/// go through the path of `dateline extract` (reader, cleaner, full pipeline, own document dating).
public struct SeedEventEvaluation: Sendable {
    public var seeds: URL
    public var gold: URL
    public var extractor: Extractor

    public init(seeds: URL, gold: URL, extractor: Extractor = Extractor()) {
        self.seeds = seeds
        self.gold = gold
        self.extractor = extractor
    }

    public struct Outcome: Sendable {
        public var document: String
        public var gold: SeedGold.Event
        /// The event that answers it: right class and people (nil: missed).
        public var found: ContactEvent?
        public var dated: Bool
        public var backgroundRight: Bool
    }

    public struct Result: Sendable {
        public var outcomes: [Outcome]
        /// Every event found, per document id.
        public var events: [String: [ContactEvent]]
        public var problems: [String]
        public var found: Int { outcomes.filter { $0.found != nil }.count }
        public var dated: Int { outcomes.filter(\.dated).count }
        public var backgroundRight: Int { outcomes.filter(\.backgroundRight).count }
    }

    static func contactClass(_ type: String) -> String {
        switch type {
        case "meeting", "visit", "state_visit", "summit_meeting": "in person"
        case "phone_call", "video_call": "remote"
        default: type
        }
    }

    static func people(_ event: ContactEvent) -> [String] {
        event.participants.filter { $0.entity.kind == .person }.map(\.entity.name)
    }

    static func samePeople(_ gold: [String], _ found: [String]) -> Bool {
        gold.allSatisfy { g in found.contains { SeedGold.samePerson(g, $0) } }
            && found.allSatisfy { f in gold.contains { SeedGold.samePerson($0, f) } }
    }

    static func sameDate(_ gold: String?, _ found: EventDate?) -> Bool {
        guard let gold, let found else { return false }
        if gold.count == 7 { return found.value.hasPrefix(gold) }
        return found.value == gold && found.precision == .day
    }

    public func run() throws -> Result {
        let goldRecords = try SeedGold(contentsOf: gold).records
        var events: [String: [ContactEvent]] = [:]
        var problems: [String] = []
        extractor.run(paths: [seeds.path]) { result in
            switch result {
            case .success(let record): events[record.document.id] = record.layers.events
            case .failure(let problem): problems.append("\(problem)")
            }
        }
        var outcomes: [Outcome] = []
        for record in goldRecords {
            if events[record.id] == nil { problems.append("\(record.id): no seed file produced this document") }
            var available = events[record.id] ?? []
            for goldEvent in record.events {
                let candidates = available.indices.filter { i in
                    Self.contactClass(available[i].type) == Self.contactClass(goldEvent.type)
                        && Self.samePeople(goldEvent.participants, Self.people(available[i]))
                }
                // Prefer the candidate with the right date, then the right background flag.
                let pick = candidates.first { Self.sameDate(goldEvent.date, available[$0].date) && available[$0].background == goldEvent.mentionedOnly }
                    ?? candidates.first { Self.sameDate(goldEvent.date, available[$0].date) }
                    ?? candidates.first
                guard let pick else {
                    outcomes.append(Outcome(document: record.id, gold: goldEvent, found: nil, dated: false, backgroundRight: false))
                    continue
                }
                let event = available.remove(at: pick)
                outcomes.append(Outcome(document: record.id, gold: goldEvent, found: event,
                                        dated: Self.sameDate(goldEvent.date, event.date),
                                        backgroundRight: event.background == goldEvent.mentionedOnly))
            }
        }
        return Result(outcomes: outcomes, events: events, problems: problems)
    }
}
