/// An HTML page reduced to what main-text extraction needs: its elements (tag, class/id hint, parent) in
/// document order, and its text blocks — the runs of text between block-level boundaries — each tied to
/// the element that holds it.
struct PageBlocks {
    struct Element {
        var tag: String
        /// Index of the parent element, -1 for the root.
        var parent: Int
        /// The lower-cased `class` and `id` (and `itemprop`/`role`), where sites name their regions.
        var names: String
        /// What `names` says about the element (hint weight, furniture, hidden).
        var verdict: MainTextHints.Verdict
        /// Blocks created while this element was open: its subtree's text is `blocks[firstBlock..<endBlock]`.
        var firstBlock: Int
        var endBlock: Int
        /// Elements below this one are `elements[index + 1 ..< endElement]` (preorder).
        var endElement: Int
    }

    struct Block {
        /// Nearest block-level element around the text.
        var element: Int
        var text: String
        /// Letters and digits in the text (the measure of "how much text"), and those inside links.
        var letters: Int
        var linkLetters: Int
        var commas: Int
        /// Tag of `element`.
        var tag: String
    }

    var elements: [Element] = []
    var blocks: [Block] = [] { didSet { prefixLetters = nil } }
    /// Running totals of letters and linked letters over `blocks`, so any subtree's count is one subtraction.
    private var prefixLetters: [(all: Int, linked: Int)]?

    /// Builds the running totals; call once after the last block is added.
    mutating func finish() {
        var totals: [(all: Int, linked: Int)] = [(0, 0)]
        totals.reserveCapacity(blocks.count + 1)
        var all = 0, linked = 0
        for block in blocks {
            all += block.letters
            linked += block.linkLetters
            totals.append((all, linked))
        }
        prefixLetters = totals
    }

    /// Letters in the subtree of `element`, and those inside links.
    func letters(of element: Int) -> (all: Int, linked: Int) {
        let e = elements[element]
        if let totals = prefixLetters {
            return (totals[e.endBlock].all - totals[e.firstBlock].all, totals[e.endBlock].linked - totals[e.firstBlock].linked)
        }
        var all = 0, linked = 0
        for b in e.firstBlock..<e.endBlock {
            all += blocks[b].letters
            linked += blocks[b].linkLetters
        }
        return (all, linked)
    }

    /// True when `element` is `ancestor` or lies below it (preorder indices: a subtree is contiguous, so
    /// walking parents is bounded by the depth, which libxml2 caps).
    func isInside(_ element: Int, _ ancestor: Int) -> Bool {
        var e = element
        while e >= 0 {
            if e == ancestor { return true }
            if e < ancestor { return false }
            e = elements[e].parent
        }
        return false
    }
}
