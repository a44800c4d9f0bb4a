/// A file a message names, or that a place is in: the path as the loader names it, which is
/// `<content folder name>/<path inside it>` for content files and the full path for theme and
/// output files (a path the content wrote, such as `files/report.pdf`, stays as written).
///
/// Only `DisplayPaths` turns it into text for the user, as typed from the current folder, so a
/// message shows every file it names the way it shows its leading location.
public struct SourceFile: Hashable, Comparable, Sendable, Codable, CustomStringConvertible, ExpressibleByStringLiteral {
    public var path: String

    public init(_ path: String) {
        self.path = path
    }

    public init(stringLiteral path: String) {
        self.path = path
    }

    /// No file yet: a place inside a text, whose file the reader of that text fills in.
    public var isEmpty: Bool { path.isEmpty }

    /// The path as the loader named it; messages shown to a user go through `DisplayPaths`.
    public var description: String { path }

    public static func < (a: SourceFile, b: SourceFile) -> Bool { a.path < b.path }

    /// A path on its own (the form caches and `--format json` have always used).
    public init(from decoder: any Decoder) throws {
        path = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(path)
    }
}

/// How a message shows the files it names: `DisplayPaths.display` for a user, the loader's path
/// as it is for tests and logs.
public typealias ShowFile = (SourceFile) -> String
