/// Text between a pair of quotation marks (outermost level only; nested marks stay inside). A
/// news-style quote over several paragraphs — an opening mark on each paragraph, one closing mark at
/// the end — is one stretch with one piece per paragraph.
struct QuotedStretch: Sendable, Equatable {
    /// Offset of the first opening mark.
    var open: Int
    /// Offset of the closing mark.
    var close: Int
    /// The quoted words of each paragraph, without marks or surrounding spaces.
    var pieces: [Span]
    var family: QuoteMark.Family

    /// From the opening mark to just after the closing mark.
    var outer: Span { Span(start: open, end: close + 1) }
    /// From the first quoted word to the last.
    var content: Span { Span(start: pieces.first?.start ?? open + 1, end: pieces.last?.end ?? close) }
}
