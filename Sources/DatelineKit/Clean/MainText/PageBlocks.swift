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
    var blocks: [Block] = []

    /// Letters in the subtree of `element`, and those inside links.
    func letters(of element: Int) -> (all: Int, linked: Int) {
        var all = 0, linked = 0
        let e = elements[element]
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
