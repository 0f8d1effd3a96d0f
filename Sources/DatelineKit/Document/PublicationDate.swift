import Foundation

/// How precise a calendar value is (TIMEX3 style: `2025-01-21`, `2025-01`, `2025`, `201`).
public enum DatePrecision: String, Codable, Sendable, Comparable {
    case day, month, year, decade

    private var rank: Int {
        switch self { case .day: 0; case .month: 1; case .year: 2; case .decade: 3 }
    }
    public static func < (a: DatePrecision, b: DatePrecision) -> Bool { a.rank < b.rank }
}

/// When a document was published: given by its metadata (`given: true`), or estimated from
/// its text, with a `basis` a person can check.
public struct PublicationDate: Codable, Hashable, Sendable {
    public var value: String
    public var precision: DatePrecision
    public var basis: String?
    public var given: Bool

    public init(value: String, precision: DatePrecision, basis: String? = nil, given: Bool) {
        self.value = value
        self.precision = precision
        self.basis = basis
        self.given = given
    }

    /// Parses the date part of what metadata carries: "2023-03-10", "2023-03-10T08:15:00+03:00",
    /// "2023-03", "2023". Returns nil for anything else (free-text dates are the time layer's job).
    public static func given(_ raw: String, basis: String? = nil) -> PublicationDate? {
        let b = Array(raw.trimmingCharacters(in: .whitespacesAndNewlines).utf8.prefix(11))
        func number(_ r: Range<Int>) -> Int? {
            guard r.upperBound <= b.count else { return nil }
            var v = 0
            for i in r {
                guard b[i] >= 48, b[i] <= 57 else { return nil }
                v = v * 10 + Int(b[i] - 48)
            }
            return v
        }
        guard let year = number(0..<4), year >= 1000 else { return nil }
        if b.count == 4 {
            return PublicationDate(value: String(year), precision: .year, basis: basis, given: true)
        }
        guard b.count >= 7, b[4] == UInt8(ascii: "-"), let month = number(5..<7), (1...12).contains(month) else { return nil }
        if b.count == 7 {
            return PublicationDate(value: String(format: "%04d-%02d", year, month), precision: .month, basis: basis, given: true)
        }
        guard b.count >= 10, b[7] == UInt8(ascii: "-"), let day = number(8..<10), (1...31).contains(day),
              b.count == 10 || b[10] == UInt8(ascii: "T") || b[10] == UInt8(ascii: " ") else { return nil }
        return PublicationDate(value: String(format: "%04d-%02d-%02d", year, month, day), precision: .day, basis: basis, given: true)
    }
}
