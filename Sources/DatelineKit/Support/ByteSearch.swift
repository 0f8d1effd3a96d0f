/// Plain substring search on UTF-8 bytes. With Foundation imported, `String.contains(String)` resolves
/// to NSString's `range(of:)`, which on Linux copies both strings to UTF-16 first: hundreds of times
/// slower for the short ASCII needles (class names, style values, cue words) searched on every element
/// or paragraph.
enum ByteSearch {
    /// Whether `needle` occurs in `haystack`, byte for byte.
    static func contains<S: StringProtocol>(_ haystack: S, _ needle: String) -> Bool {
        let n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        if let found = haystack.utf8.withContiguousStorageIfAvailable({ find(n, in: $0) }) { return found }
        return find(n, in: Array(haystack.utf8))
    }

    private static func find<C: RandomAccessCollection>(_ needle: [UInt8], in haystack: C) -> Bool
    where C.Element == UInt8, C.Index == Int {
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var i = haystack.startIndex
        let last = haystack.endIndex - needle.count
        while i <= last {
            if haystack[i] == first {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return true }
            }
            i += 1
        }
        return false
    }
}
