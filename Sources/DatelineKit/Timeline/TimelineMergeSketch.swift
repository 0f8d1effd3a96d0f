/// What merging reads of a stored entry, read once when the store remembers the entry: its
/// family, place country and people as numbers (`TimelineNames`), its days, and no string or
/// array to copy. As the store grows, each report meets more stored entries of its people's weeks
/// (up to 64), and copying every candidate's whole summary out of memory and reading its dates
/// and people again had become the larger part of filing a report. A sketch gives the same answer
/// as `TimelineMergeProbe.fit` on the entry (`TimelineMergeProbeTests`).
struct TimelineMergeSketch: Sendable {
    var family: Int32
    var modality: ContactEvent.Modality
    /// The place's country; nil when the entry has none.
    var country: Int32?
    /// The date's first and last day; nil when undated or unreadable.
    var days: (first: Int, last: Int)?
    var dayPrecision: Bool
    var datedByText: Bool
    /// The first day of `announcedOn`, as announcements compare it.
    var announcedDay: Int?
    /// The entry's people (`TimelineEntry.actorKeys`), each once: the first `inlineActors` held
    /// here, so a sketch holds nothing counted by reference and copies as plain bytes; any
    /// further ones in `moreActors`, kept beside it by whoever keeps the sketch.
    var actorCount: Int
    var actors: (Int32, Int32, Int32, Int32) = (0, 0, 0, 0)
    static let inlineActors = 4

    init(_ entry: TimelineEntry, names: inout TimelineNames, moreActors: inout [Int32]) {
        family = names.number(entry.family)
        modality = entry.modality
        country = entry.place?.country.map { names.number($0) }
        days = entry.date.flatMap { DayNumber.days(of: $0.value) }
        dayPrecision = entry.date?.precision == .day
        datedByText = entry.datedByText
        announcedDay = entry.announcedOn.flatMap { DayNumber.firstDay(of: String($0.prefix(10))) }
        moreActors = []
        actorCount = 0
        for key in entry.actorKeys {
            let number = names.number(key)
            switch actorCount {
            case 0: actors.0 = number
            case 1: actors.1 = number
            case 2: actors.2 = number
            case 3: actors.3 = number
            default: moreActors.append(number)
            }
            actorCount += 1
        }
    }

    /// How many of the sketch's people are among `keys`; `more` is its `moreActors`.
    func shared(with keys: [Int32], more: [Int32]) -> Int {
        var shared = 0
        if actorCount > 0, keys.contains(actors.0) { shared += 1 }
        if actorCount > 1, keys.contains(actors.1) { shared += 1 }
        if actorCount > 2, keys.contains(actors.2) { shared += 1 }
        if actorCount > 3, keys.contains(actors.3) { shared += 1 }
        for actor in more where keys.contains(actor) { shared += 1 }
        return shared
    }
}

/// Numbers for the names merging compares (families, countries, people's keys), so a candidate's
/// are compared as integers. Equal numbers are equal strings (`String` equality, as the sets of
/// `TimelineEntry.actorKeys` compare them). A name the table has never numbered belongs to no
/// sketch.
struct TimelineNames {
    private var numbers: [String: Int32] = [:]

    var count: Int { numbers.count }

    /// The name's number, numbering it if new.
    mutating func number(_ name: String) -> Int32 {
        if let known = numbers[name] { return known }
        let next = Int32(numbers.count)
        numbers[name] = next
        return next
    }

    /// The name's number if it has one.
    func known(_ name: String) -> Int32? {
        numbers[name]
    }
}

extension TimelineMergeProbe {
    /// The report's names as `names` numbers them. A name no sketch holds gets a negative number
    /// of its own: it equals nothing stored, and the report's people stay distinct.
    struct Numbered {
        let family: Int32
        let country: Int32?
        let keys: [Int32]
    }

    func numbered(_ names: TimelineNames) -> Numbered {
        var unknown: Int32 = -1
        func number(_ name: String) -> Int32 {
            if let known = names.known(name) { return known }
            defer { unknown -= 1 }
            return unknown
        }
        let family = number(self.family)
        let country = self.country.map(number)
        return Numbered(family: family, country: country, keys: keys.map(number))
    }

    /// `fit(_:)` on the entry the sketch was made from, with the report's names numbered by the
    /// same table; `more` is the sketch's `moreActors`, read only when it has them.
    func fit(_ sketch: TimelineMergeSketch, _ numbered: Numbered, more: () -> [Int32] = { [] }) -> Fit? {
        guard sketch.family == numbered.family,
              accepts(modality: sketch.modality, days: sketch.days, announcedDay: sketch.announcedDay) else { return nil }
        if let a = sketch.country, let b = numbered.country, a != b { return nil }
        guard datesAgree(sketch.days, dayPrecision: sketch.dayPrecision, byText: sketch.datedByText) else { return nil }
        let shared = sketch.shared(with: numbered.keys, more: sketch.actorCount > TimelineMergeSketch.inlineActors ? more() : [])
        guard peopleAgree(mine: sketch.actorCount, shared: shared) else { return nil }
        return Fit(shared: shared, distance: abs((sketch.days?.first ?? 0) - day))
    }
}
