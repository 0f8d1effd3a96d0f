/// Dating from other documents: a dated article in the store that shares the lead sentence's names
/// and key words reports the same news, so this one was written around the same day.
extension PublicationDateEstimator {
    func fromStore(_ annotated: AnnotatedDocument, sentences: [SentenceClues], lower: Bound?, upper: Bound?,
                   leadWeekday: (day: Int, text: String)?) -> PublicationDate? {
        guard let evidence, let lead = sentences.first(where: { $0.lowered.count > 60 }) else { return nil }
        let terms = Self.leadTerms(annotated.document.text, lowered: lead.lowered)
        guard terms.count >= 3 else { return nil }
        for report in evidence.datedReports(matching: terms, excluding: annotated.document.id, limit: 5) {
            var pub = report.published, how = "published \(report.published.iso)"
            if let w = leadWeekday {
                // The other report dates the weekday both name: the one on or before its publication.
                pub = report.published.adding(days: -((report.published.weekday - w.day + 7) % 7))
                how += "; '\(w.text)' is the \(CalendarDay.name(ofWeekday: w.day)) on or before it"
            }
            guard inside(pub, lower, upper) else { continue }
            return PublicationDate(value: pub.iso, precision: .day,
                                   basis: "another dated report of the same news (\(report.documentID)\(report.title.map { ", '\($0)'" } ?? "")) shares \(terms.map { "'\($0)'" }.joined(separator: ", ")): \(how)",
                                   given: false)
        }
        return nil
    }

    /// Distinctive words of the lead sentence: capitalised names and long content words, at most six.
    static func leadTerms(_ text: String, lowered: String) -> [String] {
        let stop: Set<String> = ["the", "and", "with", "that", "this", "from", "have", "said", "their", "after", "about",
                                 "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "president"]
        var seen = Set<String>(), out: [String] = []
        for w in lowered.split(whereSeparator: { !$0.isLetter }) where w.count >= 4 {
            let word = String(w)
            guard !stop.contains(word), seen.insert(word).inserted else { continue }
            out.append(word)
            if out.count == 6 { break }
        }
        return out
    }
}
