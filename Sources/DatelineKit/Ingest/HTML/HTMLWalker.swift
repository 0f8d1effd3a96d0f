/// Document-order traversal of a libxml2 tree without recursion: it follows child, sibling and parent
/// links, so a page nested 100,000 levels deep costs no stack at all.
public enum HTMLWalker {
    /// What to do after entering a node.
    public enum Step { case descend, skipChildren }

    /// Visits `start` and everything below it in document order. `enter` is called before a node's
    /// children, `leave` after them (also for skipped subtrees and leaf nodes).
    public static func walk(_ start: HTMLNode, enter: (HTMLNode) -> Step, leave: (HTMLNode) -> Void) {
        var node = start.pointer
        while true {
            if enter(HTMLNode(node)) == .descend, let child = node.pointee.children {
                node = child
                continue
            }
            // No children to visit: leave this node, then climb until a sibling is found.
            while true {
                leave(HTMLNode(node))
                if node == start.pointer { return }
                if let next = node.pointee.next { node = next; break }
                guard let parent = node.pointee.parent else { return }
                node = parent
            }
        }
    }
}
