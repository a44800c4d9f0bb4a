import OITCheck
import OITLoad
import OITModel
import OITRender

/// A small line diff (longest common subsequence), for showing a clerk how a file changed on
/// disk since the form was opened. Content files are small (a few hundred lines); a longer pair
/// is compared only around its changed middle.
public enum LineDiff {
    public enum Line: Equatable, Sendable {
        case same(String), removed(String), added(String)
    }

    /// The lines of `old` and `new` as kept, removed and added, with at most `context` unchanged
    /// lines kept around each change (nil keeps all).
    public static func lines(_ old: String, _ new: String, context: Int? = 2) -> [Line] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var prefix = 0
        while prefix < min(a.count, b.count), a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < min(a.count, b.count) - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let middle = common(Array(a[prefix..<(a.count - suffix)]), Array(b[prefix..<(b.count - suffix)]))
        let all = a[..<prefix].map(Line.same) + middle + a[(a.count - suffix)...].map(Line.same)
        guard let context else { return all }
        let changed = all.indices.filter { if case .same = all[$0] { return false } else { return true } }
        return all.indices.filter { index in changed.contains { abs($0 - index) <= context } }.map { all[$0] }
    }

    private static func common(_ a: [String], _ b: [String]) -> [Line] {
        // Too long to compare line by line: all of it removed, then all added.
        guard a.count * b.count <= 4_000_000 else { return a.map(Line.removed) + b.map(Line.added) }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i][j] = a[i] == b[j] ? table[i + 1][j + 1] + 1 : max(table[i + 1][j], table[i][j + 1])
            }
        }
        var (i, j) = (0, 0)
        var result: [Line] = []
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                result.append(.same(a[i]))
                (i, j) = (i + 1, j + 1)
            } else if i < a.count, j == b.count || table[i + 1][j] >= table[i][j + 1] {
                result.append(.removed(a[i]))
                i += 1
            } else {
                result.append(.added(b[j]))
                j += 1
            }
        }
        return result
    }
}
