import Foundation

/// State shared while loading one build's content: where it is and what went wrong.
final class LoadContext {
    let root: URL
    var diagnostics = Diagnostics()

    init(root: URL) {
        self.root = root
    }

    /// The path shown in messages: relative to the folder the user pointed at.
    func displayPath(_ url: URL) -> String {
        let rootPath = root.standardizedFileURL.path
        let path = url.standardizedFileURL.path
        let base = rootPath.hasSuffix("/") ? rootPath : rootPath + "/"
        let relative = path.hasPrefix(base) ? String(path.dropFirst(base.count)) : path
        let name = root.lastPathComponent
        return relative == path ? path : "\(name)/\(relative)"
    }

    func readText(_ url: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: url.path),
            let text = String(data: data, encoding: .utf8)
        else {
            diagnostics.error(.unreadableFile(displayPath(url)), at: .file(displayPath(url)))
            return nil
        }
        return text
    }

    /// Reads and parses a YAML file; nil (with a diagnostic) when it is unreadable or invalid.
    func loadYAML(_ url: URL) -> YAMLNode? {
        guard let text = readText(url) else { return nil }
        let path = displayPath(url)
        let node = YAMLParser.parse(text, file: path, into: &diagnostics)
        if node == nil && !diagnostics.hasErrors(in: path) {
            // An empty file: treat as an empty mapping so required keys are reported.
            return YAMLNode(value: .mapping([]), location: .file(path))
        }
        return node
    }
}

extension Diagnostics {
    func hasErrors(in file: String) -> Bool {
        all.contains { $0.severity == .error && $0.location?.file == file }
    }
}
