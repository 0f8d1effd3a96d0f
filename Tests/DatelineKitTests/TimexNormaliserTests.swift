import Testing
@testable import DatelineKit

/// Temporal expressions in a sentence, and the values they get relative to a publication date.
@Suite struct TimexNormaliserTests {
    func timexes(_ text: String, published: String? = "2025-01-21", narrative: Bool = false) -> [Timex] {
        var doc = Document(id: "t", source: DocumentSource(path: "t.txt"), text: text, contentHash: "")
        doc.published = published.flatMap { PublicationDate.given($0) }
        return TimexStage(narrative: narrative).timexes(in: AnnotatedDocument(document: doc))
    }

    func value(_ text: String, published: String = "2025-01-21") -> String? { timexes(text, published: published).first?.value }

    @Test func weekdaysFollowTense() {
        // 2025-01-21 is a Tuesday.
        #expect(value("Putin spoke with Xi on Monday.") == "2025-01-20")
        #expect(value("Putin spoke with Xi on Tuesday.") == "2025-01-21")
        #expect(value("Putin will travel to Beijing on Friday.") == "2025-01-24")
        #expect(value("The two will hold informal talks later on Tuesday.") == "2025-01-21")
        #expect(value("They met last Tuesday.") == "2025-01-14")
        #expect(value("They meet next Monday.") == "2025-01-27")
    }

    @Test func relativeUnits() {
        #expect(value("Sales fell last year.") == "2024")
        #expect(value("The summit is next month.") == "2025-02")
        #expect(value("He arrived this week.") == "2025-W04")
        #expect(value("Prices rose last month.") == "2024-12")
        #expect(value("It happened two years ago.") == "2023")
        #expect(value("He said it yesterday.") == "2025-01-20")
    }

    @Test func monthsWithAndWithoutYears() {
        #expect(value("They met at a summit in September.") == "2024-09")
        #expect(value("They will meet in March.") == "2025-03")
        #expect(value("They signed it in May 2010.") == "2010-05")
        #expect(value("It opened on March 22, 2013.") == "2013-03-22")
        #expect(value("It opened on 22 March 2013.") == "2013-03-22")
        #expect(value("The vote was on the 19th.") == "2025-01-19")
    }

    @Test func modsSeasonsQuartersDecades() {
        let early = timexes("Talks began in early October.").first
        #expect(early?.text == "early October")
        #expect(early?.value == "2024-10")
        #expect(early?.mod == "START")
        #expect(value("Growth slowed last summer.") == "2024-SU")
        #expect(value("Profits rose in the first quarter of 2013.") == "2013-Q1")
        #expect(value("Ties grew in the 1990s.") == "199")
        #expect(value("It was built in the 20th century.") == "19")
    }

    @Test func durationsRangesAndReferences() {
        let d = timexes("The flu was the worst in a decade.").first
        #expect(d?.type == .duration && d?.value == "P10Y")
        #expect(value("He has met Xi 42 times in the past decade.") == "P10Y")
        #expect(timexes("Prices rose from 2013 to 2015.").map(\.value) == ["2013", "2015"])
        #expect(value("They have met 36 times since 2013.") == "2013")
        let recent = timexes("In recent years, ties have grown.").first
        #expect(recent?.text == "recent years" && recent?.value == "PAST_REF")
        #expect(value("Talks are now under way.") == "PRESENT_REF")
    }

    @Test func timesOfDay() {
        let t = timexes("The call ended on Friday afternoon.").first
        #expect(t?.type == .time && t?.value == "2025-01-17TAF")
        #expect(value("Talks resume at 3 p.m. Thursday.") == "2025-01-16T15")
        #expect(value("Leaders met this morning.") == "2025-01-21TMO")
    }

    @Test func extentsLeaveOutPrepositionsAndOrdinals() {
        let t = timexes("Putin spoke on Tuesday, hours after Trump was inaugurated as the 47th president.")
        #expect(t.map(\.text) == ["Tuesday"])
        #expect(t.first?.basis?.contains("2025-01-21") == true)
        #expect(timexes("Troops numbered 2000 soldiers.").isEmpty)
    }

    @Test func narrativesCountFromTheirOwnDates() {
        let t = timexes("On September 1, 1939, Germany attacked Poland. On September 17, the Soviets invaded. The following year, France fell.",
                        published: nil, narrative: true)
        #expect(t.map(\.value) == ["1939-09-01", "1939-09-17", "1940"])
    }

    @Test func badInputNeverLeavesTheText() {
        let text = String(repeating: "on Tuesday 2013-0 the 99th 12:: May May ’90s \u{0}", count: 2000)
        let t = timexes(text)
        let count = text.unicodeScalars.count
        #expect(t.allSatisfy { $0.span.start >= 0 && $0.span.end <= count && $0.span.start < $0.span.end })
    }

    @Test func calendarArithmetic() {
        let d = CalendarDay(iso: "2013-03-22")!
        #expect(d.weekday == 5)
        #expect(TimexValue.week(d) == "2013-W12")
        #expect(CalendarDay(iso: "2021-01-03")!.isoWeek.week == 53)
        #expect(CalendarDay(iso: "2024-01-31")!.adding(months: 1).iso == "2024-02-29")
        #expect(CalendarDay(year: 2023, month: 2, day: 29) == nil)
    }
}
