import Foundation

/// The documents stored, newest first, with outlet and date as cleaning found them.
struct DocumentsSection: DemoSection {
    let title = "Documents (newest first)"

    func lines(_ context: DemoContext) throws -> [String] {
        let stats = try context.store.statistics()
        var lines = try context.store.documents(limit: 50, offset: 0).map { d in
            let date = (d.published ?? "undated").padding(toLength: 10, withPad: " ", startingAt: 0)
            let outlet = String((d.outlet ?? "-").prefix(24)).padding(toLength: 24, withPad: " ", startingAt: 0)
            return "\(date)  \(outlet)  \(d.id)"
        }
        let range = [stats.earliest, stats.latest].compactMap { $0 }.joined(separator: " … ")
        lines.append("\(stats.documents) documents, \(stats.outlets.count) outlets, dates \(range.isEmpty ? "-" : range)")
        return lines
    }
}

/// What cleaning cut, tallied by reason, with one example of each.
struct CleaningSection: DemoSection {
    let title = "Boilerplate cut (dateline show ID --removed)"

    func lines(_ context: DemoContext) throws -> [String] {
        var tally: [String: (count: Int, example: String)] = [:]
        for annotated in try context.annotatedDocuments() {
            for cut in annotated.document.removed {
                let text = cut.text.count > 70 ? String(cut.text.prefix(67)) + "…" : cut.text
                tally[cut.reason, default: (0, text)].count += 1
            }
        }
        return tally.sorted { ($1.value.count, $0.key) < ($0.value.count, $1.key) }.map { reason, entry in
            "\(String(entry.count).padding(toLength: 3, withPad: " ", startingAt: 0)) \(reason): \"\(entry.example)\""
        }
    }
}

/// Inputs whose text was already stored: kept once, the copy only remembered.
struct IdenticalCopiesSection: DemoSection {
    let title = "Identical copies (stored once)"

    func lines(_ context: DemoContext) throws -> [String] {
        try context.store.identicalCopies().map { "\(($0.source as NSString).lastPathComponent) = \($0.document)" }
    }
}

/// Near-duplicate groups: a syndicated copy is stored and linked to its original.
struct DuplicatesSection: DemoSection {
    let title = "Near-duplicates"

    func lines(_ context: DemoContext) throws -> [String] {
        try context.store.nearDuplicateGroups().flatMap { group in
            [group.original.id] + group.duplicates.map { "  └ \($0.id)" }
        }
    }
}

/// One full-text search, with highlighted snippets.
struct SearchSection: DemoSection {
    var title: String { "Search" }

    func lines(_ context: DemoContext) throws -> [String] {
        let hits = try context.store.search(context.searchQuery, limit: 3, highlight: .brackets)
        return ["dateline search '\(context.searchQuery)'"] + hits.enumerated().map { rank, hit in
            "\(rank + 1). \(hit.id): " + hit.snippet.replacingOccurrences(of: "\n", with: " ")
        }
    }
}

/// How many annotations each pipeline layer produced over all documents; layers no stage fills are left out.
struct LayerCountsSection: DemoSection {
    let title = "Annotation layers"

    func lines(_ context: DemoContext) throws -> [String] {
        var counts: [(String, Int)] = [("sentences", 0), ("tokens", 0), ("entity mentions", 0), ("time expressions", 0),
                                       ("quotes", 0), ("contact events", 0)]
        for annotated in try context.annotatedDocuments() {
            let l = annotated.layers
            for (i, n) in [l.sentences.count, l.tokens.count, l.mentions.count, l.timexes.count, l.quotes.count,
                           l.events.count].enumerated() { counts[i].1 += n }
        }
        return counts.filter { $0.1 > 0 }.map { "\($0.0): \($0.1)" }
    }
}

/// The most mentioned entities across the examples.
struct EntitiesSection: DemoSection {
    let title = "Entities (most mentioned)"

    func lines(_ context: DemoContext) throws -> [String] {
        try context.store.entities(document: nil).prefix(10).map { tally in
            let id = tally.entity.id.map { " \($0)" } ?? ""
            return "\(tally.entity.name) (\(tally.entity.kind.rawValue)\(id)): \(tally.mentions) mentions in \(tally.documents) documents"
        }
    }
}

/// A few quotes, newest first, with their speakers.
struct QuotesSection: DemoSection {
    let title = "Quotes"

    func lines(_ context: DemoContext) throws -> [String] {
        try context.store.quotes(speaker: nil, search: nil, limit: 6).map { quote in
            let speaker = quote.speaker?.name ?? "(unattributed)"
            let text = quote.text.count > 100 ? String(quote.text.prefix(97)) + "…" : quote.text
            return "\(speaker): “\(text)”  [\(quote.document)]"
        }
    }
}

/// Contact events in date order, as each article reports them.
struct EventsSection: DemoSection {
    let title = "Contact events, per article (by date)"

    func lines(_ context: DemoContext) throws -> [String] {
        let events = try context.annotatedDocuments().flatMap { annotated in
            annotated.layers.events.filter { !$0.background }.map { (annotated.document.id, $0) }
        }
        return events.sorted { ($0.1.date?.value ?? "~") < ($1.1.date?.value ?? "~") }.prefix(10).map { id, event in
            let who = event.participants.map(\.entity.name).joined(separator: ", ")
            let place = event.place.map { " in \($0.name)" } ?? ""
            return "\(event.date?.value ?? "undated")  \(event.type): \(who)\(place)  [\(id)]"
        }
    }
}

/// The cross-document timeline: the same contact reported by several articles is one entry.
struct TimelineSection: DemoSection {
    let title = "Timeline (events merged across articles)"

    func lines(_ context: DemoContext) throws -> [String] {
        try context.store.timeline(TimelineQuery(includeBackground: false, limit: 200))
            .filter { $0.date != nil }.prefix(15).map { entry in
                let who = entry.participants.map(\.name).joined(separator: ", ")
                let place = entry.place.map { " in \($0.name)" } ?? ""
                let reports = entry.reportCount == 1 ? "1 report" : "\(entry.reportCount) reports"
                return "\(entry.date?.value ?? "undated")  \(entry.type): \(who)\(place)  (\(reports))"
            }
    }
}
