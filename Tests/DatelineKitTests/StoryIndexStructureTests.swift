import Foundation
import GRDB
import Testing
@testable import DatelineKit

/// The story index's own tables and selections must give what the plain collections and sorts
/// they replaced gave: the same terms, weights, candidates and centroid cuts.
@Suite struct StoryIndexStructureTests {
    /// A small deterministic generator (xorshift), so a failure can be replayed.
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return Int(state % UInt64(bound))
        }
    }

    @Test("selectFirst keeps exactly the first n of a sort, whatever the input order")
    func selectionMatchesSorting() {
        var numbers = Numbers(state: 0x9E37_79B9)
        for round in 0..<300 {
            let count = numbers.next(200)
            // Few distinct values in some rounds: ties are broken by the second field.
            let spread = round % 3 == 0 ? 4 : 1000
            var items = (0..<count).map { (value: numbers.next(spread), id: $0) }
            if round % 5 == 0 { items.sort { ($0.value, $0.id) < ($1.value, $1.id) } }
            let first = numbers.next(count + 2)
            let precedes = { (a: (value: Int, id: Int), b: (value: Int, id: Int)) in a.value != b.value ? a.value > b.value : a.id < b.id }
            var selected = items
            selectFirst(&selected, first, by: precedes)
            let sorted = items.sorted(by: precedes)
            if first > 0, first < count {
                #expect(Set(selected.prefix(first).map(\.id)) == Set(sorted.prefix(first).map(\.id)))
                #expect(selected[first - 1].id == sorted[first - 1].id)
            } else {
                #expect(selected.map(\.id) == items.map(\.id))
            }
        }
    }

    @Test("candidates: each story once with the number it was last found under, the newest kept")
    func candidatesMatchADictionary() {
        var numbers = Numbers(state: 12345)
        for _ in 0..<100 {
            var candidates = StoryCandidates(capacity: 8)
            var reference: [Int64: Int] = [:]
            for _ in 0..<numbers.next(300) {
                // Ids around zero and far apart: the table must place any id.
                let story = Int64(numbers.next(150)) - 20 + (numbers.next(4) == 0 ? Int64.max / 3 : 0)
                let touched = numbers.next(50)
                candidates.insert(story, touched: touched)
                reference[story] = touched
            }
            #expect(candidates.found.count == reference.count)
            #expect(Dictionary(uniqueKeysWithValues: candidates.found.map { ($0.story, $0.touched) }) == reference)
            let limit = numbers.next(80)
            let newest = reference.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key > $1.key }.prefix(limit)
            #expect(Set(candidates.newest(limit).map(\.story)) == Set(newest.map(\.key)))
        }
    }

    @Test("an article's term table sums weights and keeps the first text, as two dictionaries did")
    func termTableMatchesDictionaries() {
        var numbers = Numbers(state: 777)
        var table = StoryTerms.TermTable(capacity: 4)
        var weights: [UInt64: Double] = [:]
        var texts: [UInt64: String] = [:]
        for i in 0..<2000 {
            // Term 0 and hashes that share their high bits must be told apart too.
            let term = numbers.next(3) == 0 ? UInt64(numbers.next(5)) : UInt64(numbers.next(700)) << 40
            let weight = Double(numbers.next(4) + 1) / 2
            table.add(term, weight) { .literal("text \(i)") }
            weights[term, default: 0] += weight
            if texts[term] == nil { texts[term] = "text \(i)" }
        }
        #expect(table.terms.count == weights.count && Set(table.terms).count == table.terms.count)
        for (term, weight) in zip(table.terms, table.weights) {
            #expect(weights[term] == weight)
            guard case .literal(let text)? = table.text(of: term) else { Issue.record("no text for \(term)"); continue }
            #expect(texts[term] == text)
        }
        #expect(table.position(UInt64.max) == nil && table.text(of: 12345) == nil)
    }

    @Test("a centroid cut keeps the heaviest terms in term order and drops the names of the rest")
    func centroidCutMatchesSorting() {
        var numbers = Numbers(state: 4242)
        var rules = StoryRules()
        rules.centroidTerms = 16
        for _ in 0..<50 {
            var story: Story?
            var reference: [StoryTerm] = []
            for _ in 0..<6 {
                // Equal weights are common (the same raw counts): the term breaks the tie.
                let terms = (0..<12).map { _ in StoryTerm(term: UInt64(numbers.next(60)), weight: Double(numbers.next(3) + 1)) }
                var signature = StorySignature(terms: Array(Dictionary(terms.map { ($0.term, $0) }) { a, _ in a }.values), day: 100)
                signature.names = Dictionary(uniqueKeysWithValues: signature.terms.map { ($0.term, "t\($0.term)") })
                var merged = reference
                for t in signature.terms {
                    if let i = merged.firstIndex(where: { $0.term == t.term }) { merged[i].weight += t.weight } else { merged.append(t) }
                }
                reference = Array(merged.sorted(by: StoryTerm.heavier).prefix(rules.centroidTerms)).sorted { $0.term < $1.term }
                if story == nil {
                    story = Story(id: 1, first: signature, document: Document(id: "d", source: DocumentSource(path: "d"), text: "x", contentHash: "h"), rules: rules)
                } else {
                    story!.absorb(signature, rules: rules)
                }
                #expect(story!.centroid == reference)
                #expect(Set(story!.names.keys) == Set(reference.map(\.term)))
            }
        }
    }

    @Test("mention rows bound from one buffer hold each text, null and empty value as given")
    func mentionRowsKeepEveryValue() throws {
        let scratch = try ScratchStore()
        defer { scratch.close() }
        let entities = [
            EntityReference(id: "Q7747", name: "Vladimir Putin", kind: .person, country: "RUS"),
            EntityReference(id: nil, name: "Zürich Börse", kind: .organization, country: nil),
            EntityReference(id: nil, name: "", kind: .location, country: ""),
        ]
        var layers = AnnotationLayers()
        layers.mentions = (0..<40).map { i in
            EntityMention(span: Span(start: i, end: i + 1), text: i % 7 == 0 ? "" : "mention \(i) — ü", entity: entities[i % 3])
        }
        _ = try scratch.store.store([ScratchStore.item("buffered", "some text", layers: layers)])
        let rows = try scratch.store.pool.read { db in
            try Row.fetchAll(db, sql: """
                SELECT document, entity_key, entity_id, name, kind, country, start, "end", text FROM entity_mentions ORDER BY rowid
                """)
        }
        #expect(rows.count == layers.mentions.count)
        for (row, mention) in zip(rows, layers.mentions) {
            #expect(row["document"] as String == "buffered")
            #expect(row["entity_key"] as String == mention.entity.key)
            #expect(row["entity_id"] as String? == mention.entity.id)
            #expect(row["name"] as String == mention.entity.name)
            #expect(row["kind"] as String == mention.entity.kind.rawValue)
            #expect(row["country"] as String? == mention.entity.country)
            #expect(row["start"] as Int == mention.span.start && row["end"] as Int == mention.span.end)
            #expect(row["text"] as String == mention.text)
        }
    }
}
