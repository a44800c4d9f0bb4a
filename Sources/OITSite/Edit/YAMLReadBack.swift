import OITCheck
import OITLoad
import OITModel
import OITRender

/// Checks an edited document against the one it was made from: the edited path reads back the
/// intended value (or is gone), and every other value reads exactly as before (text, and whether
/// it was plain, which decides how the loader reads `2566` or `"2566"`). Mappings are compared by
/// key, as the loader reads them.
enum YAMLReadBack {
    static func sameExcept(
        _ before: YAMLNode?, _ after: YAMLNode?, path: ArraySlice<YAMLKeyPath.Component>, value: YAMLEditValue
    ) -> Bool {
        guard let component = path.first else { return after.map { matches($0, value) } ?? false }
        guard let before else { return after.map { matches($0, nested(path, value)) } ?? (value == .remove) }
        guard let after else { return false }
        let rest = path.dropFirst()
        switch (before.value, after.value) {
        case (.mapping(let old), .mapping(let new)):
            let key = YAMLLineEditor.name(component)
            let others = { (pairs: [(key: YAMLNode, value: YAMLNode)]) in pairs.filter { $0.key.scalar != key } }
            guard same(.mapping(others(old)), .mapping(others(new))) else { return false }
            let oldValue = old.first { $0.key.scalar == key }?.value
            let newValue = new.first { $0.key.scalar == key }?.value
            if value == .remove, rest.isEmpty || oldValue == nil { return newValue == nil }
            guard let newValue else { return false }
            return oldValue.map { sameExcept($0, newValue, path: rest, value: value) } ?? matches(newValue, nested(rest, value))
        case (.sequence(let old), .sequence(let new)):
            guard case .index(let index) = component else { return false }
            if rest.isEmpty, value == .remove {
                guard index < old.count, new.count == old.count - 1 else { return old.count <= index && same(before, after) }
                var kept = old
                kept.remove(at: index)
                return same(.sequence(kept), .sequence(new))
            }
            if index == old.count {
                return new.count == old.count + 1 && same(.sequence(old), .sequence(Array(new.dropLast())))
                    && matches(new[index], nested(rest, value))
            }
            guard index < old.count, new.count == old.count else { return false }
            let others = { (items: [YAMLNode]) in items.enumerated().filter { $0.offset != index }.map(\.element) }
            return same(.sequence(others(old)), .sequence(others(new)))
                && sameExcept(old[index], new[index], path: rest, value: value)
        default:
            // Nothing to remove past a text; an empty value (`key:`) that the edit filled.
            if value == .remove { return same(before, after) }
            return before.isNull && matches(after, nested(path, value))
        }
    }

    /// Whether a node read back is the value written.
    static func matches(_ node: YAMLNode, _ value: YAMLEditValue) -> Bool {
        switch (node.value, value) {
        case (.scalar(let text, _), .scalar(let expected)): return text == expected
        case (.sequence(let items), .sequence(let expected)):
            return items.count == expected.count && zip(items, expected).allSatisfy { matches($0, $1) }
        case (.mapping(let pairs), .mapping(let expected)):
            return pairs.count == expected.count
                && zip(pairs, expected).allSatisfy { $0.key.scalar == $1.key && matches($0.value, $1.value) }
        default: return false
        }
    }

    /// The value a path that does not exist yet is created with.
    private static func nested(_ path: ArraySlice<YAMLKeyPath.Component>, _ value: YAMLEditValue) -> YAMLEditValue {
        path.reversed().reduce(value) { inner, component in
            if case .index = component { return .sequence([inner]) }
            return .mapping([YAMLEditPair(key: YAMLLineEditor.name(component), value: inner)])
        }
    }

    private static func same(_ a: YAMLNode.Value, _ b: YAMLNode.Value) -> Bool {
        switch (a, b) {
        case (.scalar(let x, let plainX), .scalar(let y, let plainY)): return x == y && plainX == plainY
        case (.sequence(let x), .sequence(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { same($0.value, $1.value) }
        case (.mapping(let x), .mapping(let y)):
            guard x.count == y.count else { return false }
            let byKey = Dictionary(y.map { ($0.key.scalar ?? "", $0.value) }, uniquingKeysWith: { first, _ in first })
            return x.allSatisfy { pair in byKey[pair.key.scalar ?? ""].map { same(pair.value.value, $0.value) } ?? false }
        default: return false
        }
    }

    private static func same(_ a: YAMLNode, _ b: YAMLNode) -> Bool { same(a.value, b.value) }
}
