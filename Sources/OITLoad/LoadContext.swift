import Foundation
import OITModel

/// State shared while loading one build's content: where it is and what went wrong.
package final class LoadContext {
    package let root: URL
    /// The content folder with links resolved: every file read must lie inside it.
    package let realRoot: String
    package var diagnostics = Diagnostics()

    /// `root`'s standardized path with a slash at the end, and its name: for `sourcePath`.
    private let rootBase: String
    private let rootName: String

    package init(root: URL) {
        self.root = root
        realRoot = RealPath.ofPossiblyMissing(root)
        let rootPath = root.standardizedFileURL.path
        rootBase = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
        rootName = root.lastPathComponent
    }

    /// `url` as messages name it (see `SourceFile`).
    package func sourceFile(_ url: URL) -> SourceFile { SourceFile(sourcePath(url)) }

    /// The path a `SourceFile` or location records: from the folder the user pointed at, that
    /// folder's name first (`Content/agencies/x/agency.yaml`). `DisplayPaths` decides how a message
    /// shows it.
    package func sourcePath(_ url: URL) -> String {
        let path = url.standardizedFileURL.path
        let relative = path.hasPrefix(rootBase) ? String(path.dropFirst(rootBase.count)) : path
        return relative == path ? path : "\(rootName)/\(relative)"
    }

    /// Whether `url`, links resolved, lies inside the content folder; reports a loop or a file
    /// outside (at `location`, or at the file itself) when not.
    @discardableResult
    package func checkInside(_ url: URL, at location: SourceLocation? = nil) -> Bool {
        switch realPath(of: url) {
        case .failure(.loop):
            diagnostics.error(.linkLoop(sourceFile(url)), at: location ?? .file(sourcePath(url)))
            return false
        case .failure(.missing):
            diagnostics.error(.missingFile(sourceFile(url)), at: location ?? .file(sourcePath(url)))
            return false
        case .success(let real):
            guard RealPath.isInside(real, realRoot) else {
                diagnostics.error(.outsideContent(sourceFile(url)), at: location ?? .file(sourcePath(url)))
                return false
            }
            return true
        }
    }

    /// Real paths of the folders resolved so far (`realPath(of:)`).
    private var realFolders: [String: String] = [:]

    /// `RealPath.of(url)`, with the folders' real paths remembered: an entry that is not a link
    /// is its folder's real path and its name, so that the files of one folder cost one `lstat`
    /// each rather than a `readlink` of every component of their path.
    package func realPath(of url: URL) -> Result<String, RealPath.Failure> {
        let path = url.path
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK,
            let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")), slash != path.utf8.startIndex
        else { return RealPath.of(url) }
        let name = path[path.utf8.index(after: slash)...]
        guard !name.isEmpty, name != ".", name != ".." else { return RealPath.of(url) }
        let folder = String(path[..<slash])
        if let real = realFolders[folder] { return .success(Self.joined(real, name)) }
        guard case .success(let real) = RealPath.of(URL(fileURLWithPath: folder, isDirectory: true)) else {
            return RealPath.of(url)
        }
        realFolders[folder] = real
        return .success(Self.joined(real, name))
    }

    private static func joined(_ folder: String, _ name: Substring) -> String { folder == "/" ? "/" + name : folder + "/" + name }

    /// The text of a content file: inside the content folder, at most `TextFile.sizeLimit` bytes,
    /// UTF-8 without NUL or control characters; BOM dropped and CRLF read as LF.
    package func readText(_ url: URL) -> String? {
        let path = sourcePath(url)
        guard checkInside(url) else { return nil }
        let bytes: [UInt8]
        switch TextFile.read(url.path) {
        case .success(let read): bytes = read
        case .failure(.tooLarge):
            diagnostics.error(.fileTooLarge(SourceFile(path), limit: TextFile.sizeLimit), at: .file(path))
            return nil
        case .failure(.unreadable):
            diagnostics.error(.unreadableFile(SourceFile(path)), at: .file(path))
            return nil
        }
        switch TextFile.decode(bytes) {
        case .success(let text): return text
        case .failure(let problem):
            diagnostics.error(problem.message, at: SourceLocation(file: path, line: problem.line, column: problem.column))
            return nil
        }
    }

    /// Reads and parses a YAML file; nil (with a diagnostic) when it is unreadable or invalid.
    package func loadYAML(_ url: URL) -> YAMLNode? {
        guard let text = readText(url) else { return nil }
        let path = sourcePath(url)
        let node = YAMLParser.parse(text, file: path, into: &diagnostics)
        if node == nil && !diagnostics.hasErrors(in: SourceFile(path)) {
            // An empty file: treat as an empty mapping so required keys are reported.
            return YAMLNode(value: .mapping([]), location: .file(path))
        }
        return node
    }

    /// Reads a YAML file whose top is a mapping, with `body`; see `MappingReader.read`.
    package func readMapping<T>(_ url: URL, _ body: (MappingReader) -> T?) -> T? {
        guard let node = loadYAML(url) else { return nil }
        return MappingReader.read(node, self, body)
    }
}

extension Diagnostics {
    package func hasErrors(in file: SourceFile) -> Bool {
        all.contains { $0.severity == .error && $0.location?.file == file }
    }
}
