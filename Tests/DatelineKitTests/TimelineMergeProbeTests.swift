import Foundation
import Testing
@testable import DatelineKit

/// The merge's fast readings (`TimelineMergeProbe`, `TimelineMergeSketch`, the store's memory)
/// against its definition: `TimelineEntry.accepts`, and the best candidate as most shared people
/// (set intersection), then nearest first day, then lowest id.
@Suite struct TimelineMergeProbeTests {
    /// Entries and reports drawn from a small world, so that families, modalities, dates, places
    /// and people collide often; the same every run.
    struct World {
        var random = SplitMix64(seed: 2027)

        mutating func pick<T>(_ values: [T]) -> T { values[Int(random.next() % UInt64(values.count))] }
        mutating func chance(_ n: UInt64) -> Bool { random.next() % n == 0 }

        static let people: [EntityReference] = [
            .init(id: "Q7747", name: "Vladimir Putin", kind: .person), .init(id: "Q15031", name: "Xi Jinping", kind: .person),
            .init(id: "Q39259", name: "Recep Tayyip Erdogan", kind: .person), .init(id: nil, name: "Anna Volkova", kind: .person),
            .init(id: nil, name: "Jose\u{301} Mari\u{301}a", kind: .person), .init(id: nil, name: "José María", kind: .person),
            // An id spelled like another entity's key: keys compare as strings.
            .init(id: "person:Anna Volkova", name: "A. Volkova", kind: .person),
            .init(id: "Q159", name: "Russia", kind: .country), .init(id: nil, name: "Meridian Bank", kind: .organization),
            .init(id: nil, name: "Anna Volkova", kind: .organization),
        ]
        static let dates = ["2024-05-16", "2024-05-15", "2024-05-17", "2024-05-10", "2024-05-23", "2024-05", "2024-06",
                            "2024", "202", "2024-05-16T10:00", "2024-W20", "XXXX", "2024-13", "2023-12-31"]
        static let published = ["2024-05-16", "2024-05-09", "2024-05-20T08:00:00Z", "2024-04-30", "2024-06-02", "garbled", "2024-05-16x"]

        mutating func participants() -> [EntityReference] {
            (0..<Int(random.next() % 5)).map { _ in pick(Self.people) }
        }

        mutating func date() -> EventDate? {
            guard !chance(8) else { return nil }
            return EventDate(value: pick(Self.dates), precision: pick([.day, .day, .month, .year, .decade]), basis: nil)
        }

        mutating func place() -> ContactEvent.Place? {
            chance(2) ? nil : .init(name: "somewhere", country: pick([nil, "RUS", "CHN", "TUR", "FRA"]))
        }

        mutating func modality() -> ContactEvent.Modality {
            pick([.asserted, .asserted, .planned, .planned, .hypothetical])
        }

        mutating func report(_ n: Int) -> TimelineReport {
            let people = participants()
            return TimelineReport(
                document: "d\(n)", eventID: "e\(n)", outlet: nil, title: nil, url: nil,
                published: chance(6) ? nil : pick(Self.published), type: pick(["meeting", "visit", "phone_call", "statement", "sanction"]),
                cameo: nil, plover: pick([nil, "CONSULT", "COERCE"]), mode: nil,
                participants: people.map { .init(entity: $0, role: .source) }, date: date(), datedByText: !chance(3),
                place: place(), background: false, modality: modality(), evidence: [], evidenceText: "")
        }

        /// An entry as merging leaves it: made from one report, then absorbing a few.
        mutating func entry(_ id: Int64) -> TimelineEntry {
            var entry = TimelineEntry(id: id, first: report(Int(id)))
            for n in 0..<Int(random.next() % 3) { entry.absorb(report(Int(id) * 10 + n)) }
            // Some entries with fields no report gives together.
            if chance(5) { entry.announcedOn = pick(Self.published) }
            if chance(5) { entry.participants = participants() }
            entry.reports = []
            return entry
        }
    }

    /// The best candidate as the merge defines it, from `accepts` and set arithmetic.
    static func definedBest(_ report: TimelineReport, _ candidates: [TimelineEntry]) -> Int64? {
        let reportDay = report.date.flatMap { DayNumber.firstDay(of: $0.value) } ?? 0
        var best: (shared: Int, distance: Int, id: Int64)?
        for candidate in candidates where candidate.accepts(report) {
            let shared = candidate.actorKeys.intersection(report.actorKeys).count
            let distance = abs((candidate.date.flatMap { DayNumber.firstDay(of: $0.value) } ?? 0) - reportDay)
            if let b = best, (b.shared, -b.distance, -b.id) >= (shared, -distance, -candidate.id) { continue }
            best = (shared, distance, candidate.id)
        }
        return best?.id
    }

    @Test func probeAndSketchAnswerAsAcceptsDoes() {
        var world = World()
        var names = TimelineNames()
        var accepted = 0
        for n in 0..<4000 {
            let entry = world.entry(Int64(n + 1))
            var report = world.report(n)
            // Reports often name the entry's own family and people, so that the later tests are reached.
            if world.chance(2) {
                report.type = entry.type
                report.plover = entry.plover
                report.participants = entry.participants.filter { _ in !world.chance(4) }.map { .init(entity: $0, role: .target) }
                if world.chance(2) { report.date = entry.date }
            }
            let probe = TimelineMergeProbe(report, keys: report.actorKeys)
            let fit = probe.fit(entry)
            #expect((fit != nil) == entry.accepts(report), "entry \(entry) report \(report)")
            if let fit {
                accepted += 1
                #expect(fit.shared == entry.actorKeys.intersection(report.actorKeys).count)
                let day = report.date.flatMap { DayNumber.firstDay(of: $0.value) } ?? 0
                #expect(fit.distance == abs((entry.date.flatMap { DayNumber.firstDay(of: $0.value) } ?? 0) - day))
            }
            // Names numbered before the report's are read: some of its names are new to the table.
            var more: [Int32] = []
            let sketch = TimelineMergeSketch(entry, names: &names, moreActors: &more)
            #expect(sketch.actorCount == entry.actorKeys.count && more.count == max(0, sketch.actorCount - TimelineMergeSketch.inlineActors))
            let sketched = probe.fit(sketch, probe.numbered(names)) { more }
            #expect(sketched?.shared == fit?.shared && sketched?.distance == fit?.distance, "entry \(entry) report \(report)")
        }
        // The world makes acceptance common enough for the comparison to mean something.
        #expect(accepted > 200)
    }

    @Test func bestMatchesItsDefinition() {
        var world = World()
        var chosen = 0
        for n in 0..<600 {
            let report = world.report(n)
            var candidates: [TimelineEntry] = []
            for i in 0..<Int(world.random.next() % 12) {
                // Variants of the report itself, so that several candidates accept it and the ranking decides.
                var entry = world.chance(2) ? TimelineEntry(id: 0, first: world.report(n * 100 + i)) : TimelineEntry(id: 0, first: report)
                entry.id = Int64(world.random.next() % 1000)
                if world.chance(2) { entry.absorb(world.report(n * 100 + 50 + i)) }
                entry.reports = []
                candidates.append(entry)
            }
            candidates = candidates.enumerated().filter { i, c in !candidates[..<i].contains { $0.id == c.id } }.map(\.element)
            let expected = Self.definedBest(report, candidates)
            if expected != nil { chosen += 1 }
            #expect(TimelineMerger.best(for: report, among: candidates) == expected)

            let memory = TimelineEntryMemory()
            memory.remember(Dictionary(uniqueKeysWithValues: candidates.map { ($0.id, $0) }))
            var choice = TimelineMergeChoice()
            let ids = candidates.map(\.id) + [5000]
            #expect(memory.consider(ids, for: TimelineMergeProbe(report, keys: report.actorKeys), into: &choice) == [5000])
            #expect(choice.id == expected)
            if let id = expected { #expect(memory.entry(id) == candidates.first { $0.id == id }) }
        }
        #expect(chosen > 100)
    }

    @Test func theSketchTableKeepsWhatADictionaryWould() {
        var table = TimelineSketchTable()
        var expected: [Int64: Int] = [:]
        var names = TimelineNames()
        var world = World()
        var sketches: [TimelineMergeSketch] = []
        var mores: [[Int32]] = []
        for i in 0..<40 {
            var entry = world.entry(Int64(i))
            entry.participants = (0..<(i % 8)).map { EntityReference(id: "Q\($0)", name: "P\($0)", kind: .person) }
            var more: [Int32] = []
            sketches.append(TimelineMergeSketch(entry, names: &names, moreActors: &more))
            mores.append(more)
        }
        // Dense runs, old rows read late, far jumps that start the array again, forgetting the oldest.
        var ids: [Int64] = Array(500..<700) + [3, 499, 10, 100_000, 100_001, 650, 20_000_000, 700, 701] + Array(20_000_002..<20_000_100)
        for _ in 0..<300 { ids.append(Int64(world.random.next() % 25_000_000)) }
        for (n, id) in ids.enumerated() {
            let which = n % sketches.count
            table.set(id, sketches[which], moreActors: mores[which])
            expected[id] = which
            if n % 7 == 0, let oldest = expected.keys.min() {
                table.remove(oldest)
                expected[oldest] = nil
                table.compact()
            }
        }
        for id in Set(ids).union([0, 1, 2, 499_999, 25_000_001]) {
            let sketch = table[id]
            #expect((sketch == nil) == (expected[id] == nil))
            if let sketch, let which = expected[id] {
                #expect(sketch.actorCount == sketches[which].actorCount && sketch.family == sketches[which].family)
                #expect(table.moreActors(of: id) == mores[which])
            }
        }
    }

    /// The memory's index keys, kept by stem, answer as a table of whole keys kept by the rules
    /// would: "empty" only when read so and never dropped, "filed" once filed or dropped.
    @Test func keysKeptByStemAnswerAsWholeKeysWould() {
        let memory = TimelineEntryMemory()
        memory.check(dataVersion: 1)
        var model: [String: Bool] = [:], droppedKeys: Set<String> = []
        var random = SplitMix64(seed: 31)
        var world = World()
        let report = world.report(0)
        let stems = ["in_person:Q1|Q2@", "in_person:Q1@", "remote:Jose\u{301}@", "remote:José@", "statement:CONSULT:Q9@"]
        for _ in 0..<3000 {
            let stem = stems[Int(random.next() % UInt64(stems.count))]
            let kind = Int(random.next() % UInt64(TimelineKeys.lookupsPerName))
            let lookup = TimelineKeys.Lookup(stem: stem, kind: kind, firstDays: 0...1, lastDayFrom: 0)
            let key = lookup.key
            switch random.next() % 4 {
            case 0:
                let empty = random.next() % 2 == 0
                memory.learned(lookup, isEmpty: empty)
                model[key] = empty && !droppedKeys.contains(key)
            case 1:
                memory.filed(key)
                if model[key] != nil { model[key] = false }
            case 2:
                memory.dropped(key)
                droppedKeys.insert(key)
                if model[key] != nil { model[key] = false }
            default:
                break
            }
            #expect(memory.keys(stem: stem).isEmpty(kind) == model[key], "\(key)")
        }
        // Lookups of one name share a stem and spell the keys entries are filed under.
        let lookups = TimelineKeys.lookup(report)
        for lookup in lookups { #expect(TimelineEntryMemory.split(lookup.key).map { "\($0.stem)#\($0.kind)" } == "\(lookup.stem)#\(lookup.kind)") }
    }

    @Test func aForgottenMemoryConsidersNothing() {
        let memory = TimelineEntryMemory()
        var world = World()
        let entry = world.entry(7)
        memory.check(dataVersion: 1)
        memory.remember([7: entry])
        memory.check(dataVersion: 2)
        var choice = TimelineMergeChoice()
        let report = world.report(1)
        #expect(memory.consider([7], for: TimelineMergeProbe(report, keys: report.actorKeys), into: &choice) == [7])
        #expect(choice.id == nil && memory.entry(7) == nil)
    }
}
