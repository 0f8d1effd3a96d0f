/// The contract's JSON shapes for the annotation layers (`shared/contracts/extract.md`): offsets as
/// `start`/`end`, unknown values as explicit `null`.
enum LayerRecords {
    struct EntityRecord: Encodable {
        var entity: EntityReference
        var mentions: [EntityMention]
        enum K: String, CodingKey { case id, name, kind, country, mentions }
        struct MentionRecord: Encodable {
            var mention: EntityMention
            enum K: String, CodingKey { case start, end, text, basis }
            func encode(to encoder: Encoder) throws {
                var c = encoder.container(keyedBy: K.self)
                try c.encode(mention.span.start, forKey: .start)
                try c.encode(mention.span.end, forKey: .end)
                try c.encode(mention.text, forKey: .text)
                try c.encode(mention.basis, forKey: .basis)
            }
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(entity.id, forKey: .id)
            try c.encode(entity.name, forKey: .name)
            try c.encode(entity.kind, forKey: .kind)
            try c.encode(entity.country, forKey: .country)
            try c.encode(mentions.map(MentionRecord.init), forKey: .mentions)
        }
    }

    struct TimexRecord: Encodable {
        var timex: Timex
        enum K: String, CodingKey { case start, end, text, type, value, mod, basis }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(timex.span.start, forKey: .start)
            try c.encode(timex.span.end, forKey: .end)
            try c.encode(timex.text, forKey: .text)
            try c.encode(timex.type, forKey: .type)
            try c.encode(timex.value, forKey: .value)
            try c.encode(timex.mod, forKey: .mod)
            try c.encode(timex.basis, forKey: .basis)
        }
    }

    struct EntityBrief: Encodable {
        var entity: EntityReference
        var role: String?
        enum K: String, CodingKey { case id, name, kind, country, role }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(entity.id, forKey: .id)
            try c.encode(entity.name, forKey: .name)
            try c.encode(entity.kind, forKey: .kind)
            try c.encode(entity.country, forKey: .country)
            try c.encodeIfPresent(role, forKey: .role)
        }
    }

    struct QuoteRecord: Encodable {
        var quote: Quote
        enum K: String, CodingKey { case speaker, text, kind, cue, via, start, end }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(quote.speaker.map { EntityBrief(entity: $0) }, forKey: .speaker)
            try c.encode(quote.text, forKey: .text)
            try c.encode(quote.kind, forKey: .kind)
            try c.encode(quote.cue, forKey: .cue)
            try c.encode(quote.via, forKey: .via)
            try c.encode(quote.span.start, forKey: .start)
            try c.encode(quote.span.end, forKey: .end)
        }
    }

    struct EventRecord: Encodable {
        var event: ContactEvent
        enum K: String, CodingKey {
            case id, type, cameo, plover, mode, participants, date, place, background, modality, evidence
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: K.self)
            try c.encode(event.id, forKey: .id)
            try c.encode(event.type, forKey: .type)
            try c.encode(event.cameo, forKey: .cameo)
            try c.encode(event.plover, forKey: .plover)
            try c.encode(event.mode, forKey: .mode)
            try c.encode(event.participants.map { EntityBrief(entity: $0.entity, role: $0.role.rawValue) }, forKey: .participants)
            try c.encode(event.date, forKey: .date)
            try c.encode(event.place, forKey: .place)
            try c.encode(event.background, forKey: .background)
            try c.encode(event.modality, forKey: .modality)
            try c.encode(event.evidence, forKey: .evidence)
        }
    }
}
