/// One real-world event on the timeline, however many articles report it: its best-known date,
/// type, participants and place, and every report with its evidence.
public struct TimelineEntry: Codable, Hashable, Sendable {
    public var id: Int64
    public var family: String
    public var type: String
    public var cameo: String?
    public var plover: String?
    public var mode: String?
    public var participants: [EntityReference]
    public var date: EventDate?
    public var datedByText: Bool
    public var place: ContactEvent.Place?
    public var modality: ContactEvent.Modality
    /// Set only when every report mentions it as background.
    public var background: Bool
    public var reportCount: Int
    /// The latest publication day of the reports that announced it as planned (nil: none did).
    public var announcedOn: String?
    /// Filled by queries that ask for them; merging needs only the summary above.
    public var reports: [TimelineReport]

    public init(id: Int64, first report: TimelineReport) {
        self.id = id
        family = report.family
        type = report.type
        cameo = report.cameo
        plover = report.plover
        mode = report.mode
        participants = report.participants.map(\.entity)
        date = report.date.map { Self.entryDate($0, from: report) }
        datedByText = report.datedByText
        place = report.place
        modality = report.modality
        background = report.background
        reportCount = 1
        announcedOn = report.modality == .planned ? report.published : nil
        reports = [report]
    }

    public var actorKeys: Set<String> {
        let people = participants.filter { $0.kind == .person }
        return Set((people.isEmpty ? participants : people).map(\.key))
    }

    /// Whether `report` describes this event: same family and modality (or an announcement of it),
    /// the same people (contacts may name only part of them), compatible dates and no conflicting place.
    public func accepts(_ report: TimelineReport) -> Bool {
        accepts(report, keys: actorKeys, reportKeys: report.actorKeys)
    }

    /// `accepts(_:)` with both sides' people already read (a report is checked against many entries).
    func accepts(_ report: TimelineReport, keys mine: Set<String>, reportKeys theirs: Set<String>) -> Bool {
        acceptsApartFromPeople(report) && peopleAgree(mine, theirs)
    }

    /// Every test of `accepts` but the people's: what a merge checks before it reads a
    /// candidate's people.
    func acceptsApartFromPeople(_ report: TimelineReport) -> Bool {
        guard report.family == family, report.modality == modality || announces(report) else { return false }
        if let a = place?.country, let b = report.place?.country, a != b { return false }
        return Self.datesAgree(date, datedByText, report.date, report.datedByText, published: report.published)
    }

    /// The people test of `accepts`: `mine` are this entry's actor keys, `theirs` the report's.
    func peopleAgree(_ mine: Set<String>, _ theirs: Set<String>) -> Bool {
        if TimelineFamily.isContact(family) {
            let shared = mine.intersection(theirs)
            return shared.count >= min(2, min(mine.count, theirs.count)) && (mine.isSubset(of: theirs) || theirs.isSubset(of: mine))
        }
        // "North Korea fired a missile" and "North Korea fired a missile over Japan": one act.
        return !mine.isDisjoint(with: theirs) && (mine.isSubset(of: theirs) || theirs.isSubset(of: mine))
    }

    /// A planned event reported before its day and the event that happened are one: "will meet in
    /// February", written in December, and the meeting of February 4. A plan written on the day
    /// itself ("informal talks later on Thursday") may be another meeting than the one reported, so
    /// it stays apart; so do hypothetical, negated and alleged events.
    func announces(_ report: TimelineReport) -> Bool {
        let (plan, happened): (ContactEvent.Modality, ContactEvent.Modality) = (report.modality, modality)
        if plan == .planned && happened == .asserted {
            return Self.announcedBefore(report.published, date)
        }
        if plan == .asserted && happened == .planned {
            return Self.announcedBefore(announcedOn, report.date)
        }
        return false
    }

    static func announcedBefore(_ published: String?, _ event: EventDate?) -> Bool {
        guard let published, let written = DayNumber.firstDay(of: String(published.prefix(10))),
              let event, let first = DayNumber.firstDay(of: event.value) else { return false }
        return written < first
    }

    /// Text dates must overlap (a day may differ by one: outlets in different time zones name
    /// different weekdays); a publication-fallback date is compatible with a text date up to a
    /// week before the publication; two fallback dates up to a week apart.
    static func datesAgree(_ a: EventDate?, _ aByText: Bool, _ b: EventDate?, _ bByText: Bool, published: String?) -> Bool {
        guard let a, let b, let aDays = DayNumber.days(of: a.value), let bDays = DayNumber.days(of: b.value) else { return false }
        let (a0, a1) = aDays, (b0, b1) = bDays
        if aByText && bByText {
            let slack = a.precision == .day && b.precision == .day ? 1 : 0
            return a0 <= b1 + slack && b0 <= a1 + slack
        }
        if !aByText && !bByText { return abs(a0 - b0) <= 7 }
        let (text0, text1, fallback) = aByText ? (a0, a1, b0) : (b0, b1, a0)
        return text1 >= fallback - 7 && text0 <= fallback
    }

    /// Adds a report: its text date replaces a fallback or a coarser one, its more specific type
    /// wins, its participants and place fill gaps.
    public mutating func absorb(_ report: TimelineReport) {
        reportCount += 1
        reports.append(report)
        // The event took place once any report says so; what the plan said is kept as its report.
        if modality == .planned && report.modality == .asserted { modality = .asserted }
        if report.modality == .planned, let written = report.published { announcedOn = max(announcedOn ?? written, written) }
        if let date = report.date {
            let better = !datedByText && report.datedByText
                || (datedByText == report.datedByText && date.precision < (self.date?.precision ?? .decade))
            if better || self.date == nil {
                self.date = Self.entryDate(date, from: report)
                datedByText = report.datedByText
            }
        }
        if TimelineFamily.rank(report.type) > TimelineFamily.rank(type) {
            type = report.type
            cameo = report.cameo
            plover = report.plover
            mode = report.mode
        }
        for participant in report.participants where !participants.contains(where: { $0.key == participant.entity.key }) {
            participants.append(participant.entity)
        }
        if place == nil { place = report.place }
        background = background && report.background
    }

    /// Whether the entry says more than `other` did, apart from the number and list of its reports:
    /// whether a stored summary must be written again after a report joined.
    func differsBeyondCount(from other: TimelineEntry) -> Bool {
        var other = other
        other.reportCount = reportCount
        other.reports = reports
        return other != self
    }

    /// The entry's date keeps the report's value and says which document it came from.
    static func entryDate(_ date: EventDate, from report: TimelineReport) -> EventDate {
        EventDate(value: date.value, precision: date.precision, basis: "\(report.document): \(date.basis ?? "as reported")")
    }
}
