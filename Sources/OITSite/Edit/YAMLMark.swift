import OITLoad
import OITModel
import OITRender

/// A place in the text: a 0-based line and a column counted in Unicode scalars.
struct YAMLMark: Hashable, Comparable {
    var line: Int
    var column: Int

    static func < (a: YAMLMark, b: YAMLMark) -> Bool { (a.line, a.column) < (b.line, b.column) }
}
