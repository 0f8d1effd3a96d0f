/// What merging reads of a stored entry, read once when the store remembers the entry: its
/// family, place country and people as numbers (`TimelineNames`), its days, and no string or
/// optional text to copy. As the store grows, each report meets more stored entries of its
/// people's weeks (up to 64), and copying every candidate's whole summary out of memory and
/// reading its dates and people again had become the larger part of filing a report. A sketch
/// gives the same answer as `TimelineMergeProbe.fit` on the entry (`TimelineMergeProbeTests`).
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
    /// The entry's people (`TimelineEntry.actorKeys`), each once.
    var actors: [Int32]

    init(_ entry: TimelineEntry, names: inout TimelineNames) {
        family = names.number(entry.family)
        modality = entry.modality
        country = entry.place?.country.map { names.number($0) }
        days = entry.date.flatMap { DayNumber.days(of: $0.value) }
        dayPrecision = entry.date?.precision == .day
        datedByText = entry.datedByText
        announcedDay = entry.announcedOn.flatMap { DayNumber.firstDay(of: String($0.prefix(10))) }
        var actors: [Int32] = []
        for key in entry.actorKeys { actors.append(names.number(key)) }
        self.actors = actors
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
    /// same table.
    func fit(_ sketch: TimelineMergeSketch, _ numbered: Numbered) -> Fit? {
        guard sketch.family == numbered.family,
              accepts(modality: sketch.modality, days: sketch.days, announcedDay: sketch.announcedDay) else { return nil }
        if let a = sketch.country, let b = numbered.country, a != b { return nil }
        guard datesAgree(sketch.days, dayPrecision: sketch.dayPrecision, byText: sketch.datedByText) else { return nil }
        var shared = 0
        for actor in sketch.actors where numbered.keys.contains(actor) { shared += 1 }
        guard peopleAgree(mine: sketch.actors.count, shared: shared) else { return nil }
        return Fit(shared: shared, distance: abs((sketch.days?.first ?? 0) - day))
    }
}
