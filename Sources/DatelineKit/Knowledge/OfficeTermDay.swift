/// The day a TIMEX3-style date value stands for when comparing it with terms of office:
/// "2023-03-10" itself, "2023-03" its 15th, "2023" its 1 July. Nil for anything else ("PAST_REF", "XXXX-10", "201").
enum OfficeTermDay {
    static func day(for value: String) -> String? {
        let b = Array(value.utf8)
        func digits(_ r: Range<Int>) -> Bool { r.allSatisfy { b[$0] >= 48 && b[$0] <= 57 } }
        let dash = UInt8(ascii: "-")
        switch b.count {
        case 4 where digits(0..<4): return value + "-07-01"
        case 7 where digits(0..<4) && b[4] == dash && digits(5..<7): return value + "-15"
        case 10 where digits(0..<4) && b[4] == dash && digits(5..<7) && b[7] == dash && digits(8..<10): return value
        default: return nil
        }
    }
}
