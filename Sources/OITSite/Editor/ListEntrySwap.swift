import OITCheck
import OITLoad
import OITModel
import OITRender

/// Moves an entry of a top-level block list (`entries:` of `analysis.yaml`) one place down by
/// swapping its lines with the next entry's, so each entry keeps its own comments and quoting.
/// Returns nil when the list is not written as plain block entries (`- key: value` on the entry's
/// first line); the caller then rewrites the entries' values in place instead.
public enum ListEntrySwap {
    /// - Parameters:
    ///   - key: the top-level key that holds the list.
    ///   - index: the entry that moves down (it and the next swap places).
    public static func swap(_ text: String, key: String, index: Int) -> String? {
        var diagnostics = Diagnostics()
        guard let root = YAMLParser.parse(text, file: "", into: &diagnostics), case .mapping(let pairs) = root.value,
            let position = pairs.firstIndex(where: { $0.key.scalar == key }),
            case .sequence(let items) = pairs[position].value.value, index >= 0, index + 1 < items.count
        else { return nil }
        var lines = YAMLLines(text)
        // 0-based lines: each entry from its `-` line to the line before the next entry.
        let first = items[index].location.line - 1
        let second = items[index + 1].location.line - 1
        var end = position + 1 < pairs.count ? pairs[position + 1].key.location.line - 2 : lines.count - 1
        if index + 2 < items.count { end = items[index + 2].location.line - 2 }
        // Blank lines and comments at the top level after the list belong to what follows it.
        while end > second, Self.belongsAfter(lines.lines[end]) { end -= 1 }
        let starts = [first, second].map { lines.lines[$0].drop { $0 == " " } }
        guard starts.allSatisfy({ $0.hasPrefix("- ") }), first < second, second <= end,
            !lines.ends[first...end].contains("")
        else { return nil }
        let upper = first..<second
        let lower = second..<(end + 1)
        lines.lines.replaceSubrange(first...end, with: Array(lines.lines[lower]) + Array(lines.lines[upper]))
        lines.ends.replaceSubrange(first...end, with: Array(lines.ends[lower]) + Array(lines.ends[upper]))
        let swapped = lines.text
        // The result must read as the same list with the two entries swapped.
        guard let check = YAMLParser.parse(swapped, file: "", into: &diagnostics), case .mapping(let after) = check.value,
            let list = after.first(where: { $0.key.scalar == key }), case .sequence(let moved) = list.value.value,
            moved.map(YAMLEditValue.init) == items.indices.map({ YAMLEditValue(items[Self.swapped($0, index)]) })
        else { return nil }
        return swapped
    }

    /// Position `at` after the entries `index` and `index + 1` swapped places.
    static func swapped(_ at: Int, _ index: Int) -> Int { at == index ? index + 1 : at == index + 1 ? index : at }

    private static func belongsAfter(_ line: String) -> Bool {
        line.allSatisfy { $0 == " " || $0 == "\t" } || line.hasPrefix("#")
    }
}
