/// Which paragraph (line-separated block) an offset falls in.
struct ParagraphIndex: Sendable {
    /// Offsets where a paragraph starts, after the first.
    private var starts: [Int] = []

    init(_ chars: [Unicode.Scalar]) {
        var i = 0
        while i < chars.count {
            if chars[i] == "\n" {
                while i < chars.count, QuoteText.isSpace(chars[i]) { i += 1 }
                starts.append(i)
            } else {
                i += 1
            }
        }
    }

    func paragraph(of offset: Int) -> Int {
        var lo = 0, hi = starts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if starts[mid] <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func startsParagraph(_ offset: Int, chars: [Unicode.Scalar]) -> Bool {
        var i = offset
        while i > 0, chars[i - 1] == " " || chars[i - 1] == "\t" { i -= 1 }
        return i == 0 || chars[i - 1] == "\n"
    }
}
