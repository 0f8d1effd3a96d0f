/// Another, dated article that reports the same news: what "other documents in the store" tell
/// about an undated one.
public struct DatedReport: Sendable, Equatable {
    public var documentID: String
    public var title: String?
    public var published: CalendarDay

    public init(documentID: String, title: String?, published: CalendarDay) {
        self.documentID = documentID
        self.title = title
        self.published = published
    }
}

/// Finds dated documents that report the event an undated article reports, from the names and
/// words of its lead sentence. The SQLite store implements it with its full-text index.
public protocol DatingEvidenceSource: Sendable {
    /// Documents with a given publication date whose text holds all of `terms`, best first.
    func datedReports(matching terms: [String], excluding documentID: String?, limit: Int) -> [DatedReport]
}
