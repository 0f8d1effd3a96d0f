/// What a temporal expression says, before it is placed on the calendar: the tagger's output and
/// the normaliser's input. Missing parts (a month without a year) are filled by the normaliser
/// from the document's date, the sentence's tense or the date the narrative last mentioned.
indirect enum TimexMeaning: Sendable, Equatable {
    /// Explicit calendar parts: "March 22, 2013", "March", "the 19th", "2013". `bc` for "466 BC".
    case calendar(year: Int?, month: Int?, day: Int?, bc: Bool)
    /// "last July" (-1), "next May" (+1), "this June" (0).
    case namedMonth(Int, shift: Int)
    /// "Tuesday", "last Tuesday" (shift -1), "next Tuesday" (+1), "this Tuesday" (0).
    case weekday(Int, shift: Int?)
    /// "today" (0), "yesterday" (-1), "tomorrow" (+1).
    case dayOffset(Int)
    /// "last week", "this year", "next month": the unit containing the document date, shifted.
    case relativeUnit(unit: String, shift: Int)
    /// "the following year", "the next day", "that month": relative to the date last mentioned.
    case anaphoricUnit(unit: String, shift: Int)
    /// "two years ago" (-1, from the document date), "a year later" (+1, from the date last mentioned).
    case offset(amount: Double, unit: String, direction: Int, anchored: Bool)
    /// "three weeks", "a decade", "several years" (amount nil → X).
    case duration(amount: Double?, unit: String)
    /// "summer 2012", "last summer", "the summer".
    case season(String, year: Int?, shift: Int?)
    /// "the first quarter of 2013", "Q4", "last quarter" is a relativeUnit.
    case quarter(Int, year: Int?)
    /// "the first half of 2013".
    case half(Int, year: Int?)
    /// "the 1990s" → 199; "the '90s".
    case decade(Int, bc: Bool)
    /// "the 20th century" → 19.
    case century(Int, bc: Bool)
    /// A value fixed by the lexicon: PRESENT_REF, PAST_REF, sets ("XXXX-XX-XX").
    case fixed(String)
    /// A part of a day on a day: "Friday night", "this morning", "tonight".
    case partOfDay(String, day: TimexMeaning?)
    /// A clock time, optionally on a day: "8 p.m.", "15:00 GMT Saturday".
    case clock(hour: Int, minute: Int?, day: TimexMeaning?)
}

/// One expression the tagger found in a sentence (token indices are into that sentence's tokens).
struct TimexMatch: Sendable {
    var first: Int
    /// One past the last token.
    var last: Int
    var type: Timex.Kind
    var meaning: TimexMeaning
    var mod: String?
}
