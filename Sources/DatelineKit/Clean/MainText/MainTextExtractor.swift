import Foundation

/// Finds an HTML page's article text. The approach: score every element by the paragraphs below it
/// (length, commas — prose has them, menus do not), discounted by link density and adjusted by
/// class/id hints; take the best element and the siblings that look like more of the same article;
/// then drop the furniture inside (link lists, share bars, captions, "related" boxes).
struct MainTextExtractor {
    var hints = MainTextHints.standard

    /// The article's paragraphs in page order (empty when the page has no text).
    func paragraphs(_ page: PageBlocks) -> [String] {
        guard !page.blocks.isEmpty else { return [] }
        let weights = page.elements.map(\.verdict.weight)
        let unlikely = unlikelyRegions(page)
        let scores = candidateScores(page, weights: weights, unlikely: unlikely)
        guard let top = scores.indices.max(by: { scores[$0] < scores[$1] }), scores[top] > 0 else {
            return page.blocks.filter { $0.linkLetters * 2 < $0.letters }.map(\.text)
        }
        let roots = withTwins(page, containerWithSiblings(page, top: top, scores: scores), top: top, unlikely: unlikely)
        if ProcessInfo.processInfo.environment["MT_DEBUG"] != nil {
            for e in scores.indices.sorted(by: { scores[$0] > scores[$1] }).prefix(6) {
                let el = page.elements[e]
                FileHandle.standardError.write("cand \(e) \(el.tag) [\(el.names)] score=\(scores[e]) letters=\(page.letters(of: e)) parent=\(el.parent)\n".data(using: .utf8)!)
            }
            FileHandle.standardError.write("roots \(roots)\n".data(using: .utf8)!)
        }
        return roots.flatMap { keptBlocks(page, under: $0, weights: weights) }
    }

    /// Readability-style scoring: each prose block credits its container fully, the next level half,
    /// and further ancestors less; the total is then cut by the share of linked text.
    func candidateScores(_ page: PageBlocks, weights: [Double], unlikely: [Bool]) -> [Double] {
        var scores = [Double](repeating: 0, count: page.elements.count)
        var touched = [Bool](repeating: false, count: page.elements.count)
        for block in page.blocks where block.letters >= 25 && block.linkLetters * 2 < block.letters && !unlikely[block.element] {
            let credit = 1 + Double(block.commas) + min(Double(block.letters) / 100, 3)
            // Text sitting directly in a <div> (no <p>) is a paragraph of that div, as a browser shows it.
            let own = page.elements[block.element]
            var ancestor = HTMLTags.paragraphLike.contains(own.tag) ? own.parent : block.element
            var level = 0
            while ancestor >= 0, level < 5 {
                if !touched[ancestor] {
                    touched[ancestor] = true
                    scores[ancestor] = Self.tagBase(page.elements[ancestor].tag)
                }
                scores[ancestor] += level == 0 ? credit : level == 1 ? credit / 2 : credit / Double(level * 3)
                ancestor = page.elements[ancestor].parent
                level += 1
            }
        }
        let stories = storiesBelow(page)
        for e in scores.indices where touched[e] {
            let (all, linked) = page.letters(of: e)
            scores[e] *= all > 0 ? 1 - Double(linked) / Double(all) : 0
            // A name hint counts in proportion to the text behind it: a 50-letter "content-title" box must
            // not outrank the story body.
            scores[e] += weights[e] * min(1, Double(all - linked) / 1000)
            // Two or more <article>s inside: a feed or a "you may also like" list, not one story.
            if stories[e] >= 2 { scores[e] *= 0.3 }
        }
        return scores
    }

    /// How many `<article>` elements lie strictly below each element, in one backward pass (children
    /// come after their parent in preorder).
    func storiesBelow(_ page: PageBlocks) -> [Int] {
        var counts = [Int](repeating: 0, count: page.elements.count)
        for e in page.elements.indices.reversed() {
            let parent = page.elements[e].parent
            guard parent >= 0 else { continue }
            counts[parent] += counts[e] + (page.elements[e].tag == "article" ? 1 : 0)
        }
        return counts
    }

    /// Elements inside a region named as furniture (comments, sidebars, related stories…), found in one
    /// preorder pass: a parent always comes before its children.
    func unlikelyRegions(_ page: PageBlocks) -> [Bool] {
        // A furniture name on a wrapper that holds the article (`<div class="container penci_sidebar">`
        // around `<article>`) describes the layout, not the text: such wrappers are exempt.
        var holdsArticle = [Bool](repeating: false, count: page.elements.count)
        for (i, element) in page.elements.enumerated()
        where element.tag == "article" || element.tag == "main" || ByteSearch.contains(element.names, "articlebody") {
            var e = i
            while e >= 0, !holdsArticle[e] { holdsArticle[e] = true; e = page.elements[e].parent }
        }
        let pageLetters = page.blocks.reduce(0) { $0 + $1.letters }
        var flags = [Bool](repeating: false, count: page.elements.count)
        for (i, element) in page.elements.enumerated() {
            if element.parent >= 0 && flags[element.parent] { flags[i] = true; continue }
            let tag = element.tag
            if tag == "aside" || tag == "nav" || tag == "footer" { flags[i] = true; continue }
            guard !holdsArticle[i], tag != "body", tag != "html", element.verdict.unlikely else { continue }
            let letters = page.letters(of: i).all
            flags[i] = letters * 2 < pageLetters
        }
        return flags
    }

    private static func tagBase(_ tag: String) -> Double {
        switch tag {
        case "div", "article", "main", "section": 5
        case "pre", "td", "blockquote": 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": -5
        default: 0
        }
    }

    /// The top element plus those of its siblings that score close to it or read as prose paragraphs.
    func containerWithSiblings(_ page: PageBlocks, top: Int, scores: [Double]) -> [Int] {
        let parent = page.elements[top].parent
        guard parent >= 0 else { return [top] }
        let stories = storiesBelow(page)
        let threshold = max(10, scores[top] * 0.2)
        var kept: [Int] = []
        var child = parent + 1
        while child < page.elements[parent].endElement {
            defer { child = page.elements[child].endElement }
            if child == top { kept.append(child); continue }
            if stories[child] >= 2 { continue }
            if scores[child] >= threshold { kept.append(child); continue }
            guard page.elements[child].tag == "p" else { continue }
            let (all, linked) = page.letters(of: child)
            let density = all > 0 ? Double(linked) / Double(all) : 1
            if all > 80 && density < 0.25 { kept.append(child) }
        }
        return kept
    }

    /// Long articles are often cut into chunks by ads and embeds: `<div class="article__body">` several times,
    /// in different wrappers. Elements named exactly like the top one are more of the same article.
    func withTwins(_ page: PageBlocks, _ roots: [Int], top: Int, unlikely: [Bool]) -> [Int] {
        let names = page.elements[top].names
        // Only distinctive names: a bare "content" or "text" also labels unrelated boxes.
        guard names.split(separator: " ").count >= 2 || ByteSearch.contains(names, "__") else { return roots }
        var all = roots
        for (i, element) in page.elements.enumerated() where element.names == names && !unlikely[i] && !roots.contains(i) {
            let (letters, linked) = page.letters(of: i)
            if letters - linked >= 50 { all.append(i) }
        }
        all.sort()
        // Keep only outermost roots: a twin inside a chosen sibling is already covered.
        var kept: [Int] = []
        for root in all where !kept.contains(where: { page.elements[$0].endElement > root }) {
            kept.append(root)
        }
        return kept
    }

    /// The blocks under `root` that are article text: not in an unlikely region, not mostly links.
    func keptBlocks(_ page: PageBlocks, under root: Int, weights: [Double]) -> [String] {
        let element = page.elements[root]
        let furniture = furnitureBelow(page, root: root)
        var out: [String] = []
        for b in element.firstBlock..<element.endBlock {
            let block = page.blocks[b]
            if block.linkLetters * 2 > block.letters { continue }
            if block.tag == "h1" { continue }
            if block.element > root, furniture[block.element - root] { continue }
            out.append(block.text)
        }
        return out
    }

    /// For each element of `root`'s subtree (offset by `root`): does it sit in furniture below `root`?
    /// One preorder pass — a parent comes before its children — so a page nested 100,000 levels deep
    /// costs no more than a flat one.
    private func furnitureBelow(_ page: PageBlocks, root: Int) -> [Bool] {
        let end = page.elements[root].endElement
        var flags = [Bool](repeating: false, count: end - root)
        for e in (root + 1)..<end {
            let el = page.elements[e]
            let own = el.verdict.unlikely || el.tag == "figcaption" || el.tag == "aside" || el.tag == "nav" || el.tag == "footer"
            flags[e - root] = own || (el.parent > root && flags[el.parent - root])
        }
        return flags
    }
}
