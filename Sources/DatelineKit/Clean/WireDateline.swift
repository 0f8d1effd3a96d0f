/// A wire-service dateline opening an article: "MOSCOW (Reuters) -", "BEIJING (Agencies):",
/// "WASHINGTON, Jan 21 (AP) —". The agency names the outlet when nothing else does.
public struct WireDateline: Sendable, Equatable {
    public var place: String
    public var agency: String

    /// Parses the dateline at the start of `paragraph`, if there is one.
    public static func parse(_ paragraph: String) -> WireDateline? {
        let scalars = Array(paragraph.unicodeScalars.prefix(80))
        guard let open = scalars.firstIndex(of: "("), open >= 3,
              let close = scalars[open...].firstIndex(of: ")"), close - open >= 3 else { return nil }
        let place = String(String.UnicodeScalarView(scalars[..<open])).trimmingCharacters(in: .whitespaces)
        let agency = String(String.UnicodeScalarView(scalars[(open + 1)..<close])).trimmingCharacters(in: .whitespaces)
        // The place starts with a word in capitals ("BEIJING", "NEW YORK").
        let firstWord = place.split(whereSeparator: { $0 == " " || $0 == "," }).first ?? ""
        guard firstWord.count >= 3, firstWord.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "." || $0 == "-" }),
              agency.unicodeScalars.first?.properties.isUppercase == true else { return nil }
        // Then a separator: "-", "–", "—" or ":".
        guard let next = scalars[(close + 1)...].first(where: { $0 != " " }),
              next == "-" || next == "\u{2013}" || next == "\u{2014}" || next == ":" else { return nil }
        return WireDateline(place: place, agency: agency)
    }
}

import Foundation
