import OITLoad
import OITRender

/// Where a value sits in a document: the node, and the key or list dash it belongs to.
struct YAMLSlot {
    var node: YAMLSpanNode
    /// The path from the document's root to the node.
    var path: [YAMLKeyPath.Component]
    /// The column of the key (or the `-`) the value belongs to; -2 for the root, whose keys are at 0.
    var ownerColumn: Int
    /// The line of that key or `-`; -1 for the root.
    var ownerLine: Int
    /// The key, when the value is a mapping's.
    var key: YAMLSpanNode?
    /// Inside `[…]` or `{…}`.
    var inFlow: Bool

    static func root(_ node: YAMLSpanNode) -> YAMLSlot {
        YAMLSlot(node: node, path: [], ownerColumn: -2, ownerLine: -1, key: nil, inFlow: false)
    }

    var isRoot: Bool { ownerLine < 0 }
    var ownedByDash: Bool { key == nil && !isRoot }

    /// The value of `pair` in this mapping.
    func child(_ pair: (key: YAMLSpanNode, value: YAMLSpanNode), name: String) -> YAMLSlot {
        YAMLSlot(
            node: pair.value, path: path + [.key(name)], ownerColumn: pair.key.start.column, ownerLine: pair.key.start.line,
            key: pair.key, inFlow: inFlow || node.style == .flow)
    }

    /// Entry `index` of this list; `dash` is where its `-` is (block lists).
    func item(_ node: YAMLSpanNode, index: Int, dash: YAMLMark) -> YAMLSlot {
        YAMLSlot(
            node: node, path: path + [.index(index)], ownerColumn: dash.column, ownerLine: dash.line, key: nil,
            inFlow: inFlow || self.node.style == .flow)
    }
}
