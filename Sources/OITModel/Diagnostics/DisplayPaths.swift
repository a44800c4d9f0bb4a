import Foundation

/// Shows the files named in messages as the user would type them: relative to the current folder
/// and starting with the content folder as it was given (`--content ../site/Content`), so a
/// terminal, an editor or a CI annotation can open them.
///
/// The loader names content files `<content folder name>/<path inside it>`, and theme files by
/// their full path; both are turned into paths from the current folder.
public struct DisplayPaths: Sendable {
    package let contentArgument: String
    package let contentName: String
    package let currentFolder: String

    /// - Parameter contentArgument: the content folder exactly as given on the command line.
    public init(contentArgument: String, currentFolder: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.contentArgument = contentArgument
        let base = URL(fileURLWithPath: currentFolder.path, isDirectory: true)
        contentName = URL(fileURLWithPath: contentArgument, relativeTo: base).standardizedFileURL.lastPathComponent
        let current = currentFolder.standardizedFileURL.path
        self.currentFolder = current.hasSuffix("/") ? current : current + "/"
    }

    public func display(_ source: SourceFile) -> String {
        let file = source.path
        if file.hasPrefix("/") {
            let standard = URL(fileURLWithPath: file).standardizedFileURL.path
            if standard + "/" == currentFolder { return "." }
            return standard.hasPrefix(currentFolder) ? String(standard.dropFirst(currentFolder.count)) : standard
        }
        let prefix = contentName + "/"
        guard file.hasPrefix(prefix) else { return file }
        let inside = String(file.dropFirst(prefix.count))
        var typed = contentArgument
        while typed.hasPrefix("./") { typed.removeFirst(2) }
        while typed.count > 1 && typed.hasSuffix("/") { typed.removeLast() }
        if typed.isEmpty || typed == "." { return inside }
        return typed + "/" + inside
    }
}
