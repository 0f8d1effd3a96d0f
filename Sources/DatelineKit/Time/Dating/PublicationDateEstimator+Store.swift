/// Dating from other documents: a dated article in the store that shares the lead sentence's names
/// and key words reports the same news, so this one was written around the same day.
extension PublicationDateEstimator {
    func fromStore(_ annotated: AnnotatedDocument, sentences: [SentenceClues], lower: Bound?, upper: Bound?,
                   leadWeekday: (day: Int, text: String)?) -> PublicationDate? {
        guard let evidence, let lead = sentences.first(where: { $0.lowered.bytes.count > 60 }) else { return nil }
        let ranked = Self.leadTerms(lead.raw(in: annotated.document.text))
        // Four distinctive words, or three when four find nothing.
        for n in [4, 3] where ranked.count >= n {
            let terms = Array(ranked.prefix(n))
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
        }
        return nil
    }

    /// Distinctive words of the lead sentence, most distinctive first: names (capitalised, not
    /// sentence-initial) before other words, longer before shorter.
    static func leadTerms(_ sentence: String) -> [String] {
        let stop: Set<String> = ["the", "and", "with", "that", "this", "from", "have", "said", "their", "after", "about",
                                 "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "president",
                                 "when", "were", "they", "been", "will", "would", "which", "there", "into", "over"]
        var seen = Set<String>()
        var scored: [(word: String, score: Int, order: Int)] = []
        for (k, w) in sentence.split(whereSeparator: { !$0.isLetter }).enumerated() where w.count >= 4 {
            let word = w.lowercased()
            guard !stop.contains(word), seen.insert(word).inserted else { continue }
            let name = k > 0 && (w.first?.isUppercase ?? false)
            scored.append((word, (name ? 20 : 0) + w.count, k))
        }
        return scored.sorted { $0.score != $1.score ? $0.score > $1.score : $0.order < $1.order }.prefix(6).map(\.word)
    }
}
