import Foundation
import GRDB

extension SQLiteStore {
    public func entities(document: String?) throws -> [EntityTally] {
        try pool.read { db in
            let filter = document == nil ? "" : "WHERE document = ?"
            return try Row.fetchAll(db, sql: """
                SELECT entity_key, MAX(entity_id) AS entity_id, MAX(name) AS name, MAX(kind) AS kind,
                       MAX(country) AS country, COUNT(*) AS mentions, COUNT(DISTINCT document) AS documents
                FROM entity_mentions \(filter)
                GROUP BY entity_key ORDER BY mentions DESC, documents DESC, name
                """, arguments: document.map { [$0] } ?? []).map { row in
                EntityTally(entity: EntityReference(id: row["entity_id"], name: row["name"],
                                                    kind: EntityKind(rawValue: row["kind"]) ?? .person,
                                                    country: row["country"]),
                            mentions: row["mentions"], documents: row["documents"])
            }
        }
    }

    /// `speaker` matches a speaker's Wikidata id or entity key, or a whole word or words of the name
    /// ("Putin", "vladimir putin"), case-insensitively.
    public func quotes(speaker: String?, search: String?, kind: Quote.Kind?, limit: Int) throws -> [StoredQuote] {
        try pool.read { db in
            var conditions: [String] = []
            var arguments: [any DatabaseValueConvertible] = []
            if let speaker {
                let name = speaker.trimmingCharacters(in: .whitespaces)
                conditions.append("(q.speaker_id = ? OR q.speaker_key = ? OR ' ' || q.speaker_name || ' ' LIKE ?)")
                arguments += [name, name, "% \(name) %"]
            }
            if let kind {
                conditions.append("q.kind = ?")
                arguments.append(kind.rawValue)
            }
            if let search {
                guard let pattern = Self.pattern(search, db: db, table: "quotes_fts") else { return [] }
                conditions.append("q.number IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
                arguments.append(pattern)
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments.append(limit)
            return try Row.fetchAll(db, sql: """
                SELECT q.*, d.outlet, d.published FROM quotes q JOIN documents d ON d.id = q.document
                \(filter)
                ORDER BY d.published IS NULL, d.published DESC, d.number DESC, q.start LIMIT ?
                """, arguments: StatementArguments(arguments)).map(Self.storedQuote)
        }
    }

    static func storedQuote(_ row: Row) -> StoredQuote {
        var speaker: EntityReference?
        if let name: String = row["speaker_name"] {
            speaker = EntityReference(id: row["speaker_id"], name: name,
                                      kind: EntityKind(rawValue: row["speaker_kind"] ?? "") ?? .person,
                                      country: row["speaker_country"])
        }
        return StoredQuote(document: row["document"], outlet: row["outlet"], published: row["published"],
                           speaker: speaker, text: row["text"], kind: Quote.Kind(rawValue: row["kind"]) ?? .direct,
                           cue: row["cue"], via: row["via"], span: Span(start: row["start"], end: row["end"]))
    }
}
