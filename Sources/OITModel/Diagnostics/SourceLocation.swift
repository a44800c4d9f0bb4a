/// A place in a content file: the file (see `SourceFile`), and a 1-based line and column.
public struct SourceLocation: Hashable, Comparable, Sendable, CustomStringConvertible {
    public var file: SourceFile
    public var line: Int
    public var column: Int

    public init(file: SourceFile, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public init(file: String, line: Int, column: Int) {
        self.init(file: SourceFile(file), line: line, column: column)
    }

    /// The start of a file, for problems that belong to the file as a whole.
    public static func file(_ path: String) -> SourceLocation {
        SourceLocation(file: SourceFile(path), line: 1, column: 1)
    }

    /// The start of a file, for problems that belong to the file as a whole.
    public static func file(_ file: SourceFile) -> SourceLocation {
        SourceLocation(file: file, line: 1, column: 1)
    }

    public var description: String { shown { $0.path } }

    /// `file:line:col`, with the file shown by `show`.
    public func shown(_ show: ShowFile) -> String { "\(show(file)):\(line):\(column)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}
