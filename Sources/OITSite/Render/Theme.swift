import Foundation
import Mustache

/// The templates and assets pages are rendered with: the theme folder, with any file of the same
/// name in the content's `templates/` folder taking its place.
public struct Theme: Sendable {
    public var library: MustacheLibrary
    /// Template name → the file it came from, for messages and the template check.
    public var sources: [String: URL]
    /// Asset path relative to `assets/` → file to copy.
    public var assets: [String: URL]
    /// The text of every template, for the audit.
    public var texts: [String: String]

    /// - Parameter base: the built-in theme, under everything else; a theme folder then needs only
    ///   the files it changes.
    public static func load(base: URL? = nil, themeFolder: URL?, overrides: URL?, into diagnostics: inout Diagnostics) -> Theme? {
        var sources: [String: URL] = [:]
        var assets: [String: URL] = [:]
        for folder in [base, themeFolder, overrides].compactMap({ $0 }) where ContentFolder.exists(folder, directory: true) {
            for file in ContentFolder.files(in: folder, withExtension: "mustache") {
                sources[file.deletingPathExtension().lastPathComponent] = file
            }
            let assetFolder = folder.appendingPathComponent("assets")
            for (relative, file) in walk(assetFolder, prefix: "") { assets[relative] = file }
        }
        if sources.isEmpty {
            diagnostics.error(.missingTemplate("layout"), at: (themeFolder ?? overrides).map { .file($0.path) })
            return nil
        }
        var library = MustacheLibrary()
        var texts: [String: String] = [:]
        var failed = false
        for (name, file) in sources.sorted(by: { $0.key < $1.key }) {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                diagnostics.error(.unreadableFile(file.path), at: .file(file.path))
                failed = true
                continue
            }
            texts[name] = text
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.error(.templateSyntax(String(describing: error.error)),
                                  at: SourceLocation(file: file.path, line: error.context.lineNumber,
                                                     column: error.context.columnNumber))
                failed = true
            } catch {
                diagnostics.error(.templateSyntax(String(describing: error)), at: .file(file.path))
                failed = true
            }
        }
        return failed ? nil : Theme(library: library, sources: sources, assets: assets, texts: texts)
    }

    /// Renders `template` with `model`; nil, with a diagnostic, when the template does not exist.
    /// - Parameter audit: when given, the render is checked for names the model does not provide.
    func render(_ template: String, _ model: Any, audit: TemplateAudit? = nil, into diagnostics: inout Diagnostics) -> String? {
        audit?.audit(template, model)
        guard let text = library.render(MustacheBox.box(model), withTemplate: template) else {
            diagnostics.error(.missingTemplate(template), at: nil)
            return nil
        }
        return text
    }

    private static func walk(_ folder: URL, prefix: String) -> [(String, URL)] {
        ContentFolder.children(of: folder).flatMap { child -> [(String, URL)] in
            let relative = prefix + child.lastPathComponent
            if ContentFolder.exists(child, directory: true) { return walk(child, prefix: relative + "/") }
            return [(relative, child)]
        }
    }
}
