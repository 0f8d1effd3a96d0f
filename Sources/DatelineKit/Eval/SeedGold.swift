import Foundation

/// The gold annotations for the seed articles (`shared/eval/seeds-gold.jsonl`): per seed, its
/// publication date, events and direct quotes, as a careful reader found them. Every record kind
/// of the file is read, so the quote and event evaluations share one reader.
///
/// ```swift
/// let gold = try SeedGold(contentsOf: URL(fileURLWithPath: "../shared/eval/seeds-gold.jsonl"))
/// for record in gold.records { print(record.id, record.quotes.count, record.events.count) }
/// ```
public struct SeedGold: Sendable {
    public struct Event: Decodable, Hashable, Sendable {
        /// Contact type: `meeting`, `state_visit`, `summit_meeting`, `phone_call`, `congratulation`, …
        public var type: String
        /// Person participants by name ("Vladimir Putin").
        public var participants: [String]
        /// `YYYY-MM-DD` or `YYYY-MM`.
        public var date: String?
        public var dateBasis: String?
        public var place: String?
        /// A background mention, not the article's news.
        public var mentionedOnly: Bool
        public var note: String?
    }

    public struct Quote: Decodable, Hashable, Sendable {
        public var speaker: String
        /// The quotation's first words exactly as in the seed file.
        public var startsWith: String

        /// The first five words of `startsWith`: what a found quotation's text must contain.
        public var firstFiveWords: String {
            startsWith.split(whereSeparator: \.isWhitespace).prefix(5).joined(separator: " ")
        }
    }

    public struct Record: Decodable, Hashable, Sendable {
        /// The seed's file name without extension ("000_dd1d51c7ee29bdce").
        public var id: String
        public var url: String?
        public var pubDate: String?
        public var pubDateBasis: String?
        public var events: [Event]
        public var quotes: [Quote]
        public var note: String?
    }

    public var records: [Record]

    public init(records: [Record]) {
        self.records = records
    }

    /// Reads the JSON Lines file; a malformed line is an error naming its line number.
    public init(contentsOf url: URL) throws {
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        var records: [Record] = []
        let text = try String(contentsOf: url, encoding: .utf8)
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
        where !line.trimmingCharacters(in: .whitespaces).isEmpty {
            do { records.append(try decoder.decode(Record.self, from: Data(line.utf8))) }
            catch { throw StoreError("\(url.path):\(number + 1): not a gold record (\(error))") }
        }
        self.records = records
    }

    public func record(id: String) -> Record? {
        records.first { $0.id == id }
    }

    /// Whether a found entity name is the gold person: the same name after folding case, accents and
    /// hyphens, or the same surname and first initial (transliterations: "Yuri"/"Yury Ushakov").
    public static func samePerson(_ gold: String, _ found: String) -> Bool {
        func words(_ s: String) -> [String] {
            s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .split(whereSeparator: { !$0.isLetter }).map(String.init)
        }
        let a = words(gold), b = words(found)
        guard let lastA = a.last, let lastB = b.last else { return false }
        if a == b { return true }
        return lastA == lastB && a.count > 1 && b.count > 1 && a[0].first == b[0].first
    }
}
