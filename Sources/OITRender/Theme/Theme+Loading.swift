import Foundation
import OITLoad
import OITModel

extension Theme {
    /// Loads the templates and assets of a theme, each template parsed once.
    /// - Parameters:
    ///   - base: the built-in theme, under everything else; a theme folder then needs only the
    ///     files it changes.
    ///   - overrides: the content's `templates/` folder; its files must stay inside the content
    ///     folder (its parent), as a theme's files must stay inside the theme folder.
    public static func load(base: URL? = nil, themeFolder: URL?, overrides: URL?, into diagnostics: inout Diagnostics) -> Theme? {
        if let themeFolder, !ContentFolder.exists(themeFolder, directory: true) {
            diagnostics.error(.missingFolder(SourceFile(themeFolder.path)), at: nil)
            return nil
        }
        var sources: [String: URL] = [:]
        var assets: [String: URL] = [:]
        var failed = false
        let roots = [base.map { ($0, $0) }, themeFolder.map { ($0, $0) }, overrides.map { ($0, $0.deletingLastPathComponent()) }]
            .compactMap { $0 }
        for (folder, root) in roots where ContentFolder.exists(folder, directory: true) {
            var walker = AssetWalker(root: RealPath.ofPossiblyMissing(root))
            for file in ContentFolder.files(in: folder, withExtension: "mustache") where walker.isInside(file) {
                sources[file.deletingPathExtension().lastPathComponent] = file
            }
            for (relative, file) in walker.walk(folder.appending(path: "assets"), prefix: "") { assets[relative] = file }
            for problem in walker.problems {
                diagnostics.error(problem.message, at: .file(problem.path))
                failed = true
            }
        }
        if sources.isEmpty {
            diagnostics.error(.missingTemplate("layout"), at: (themeFolder ?? overrides).map { .file($0.path) })
            return nil
        }
        guard let (templates, texts) = parseTemplates(sources, into: &diagnostics), !failed else { return nil }
        return Theme(library: TemplateLibrary(templates: templates), sources: sources, assets: assets, texts: texts)
    }

    /// Reads and parses every template; nil when one could not be read or has a syntax error
    /// (each reported at its place).
    private static func parseTemplates(_ sources: [String: URL], into diagnostics: inout Diagnostics) -> (
        [String: Template], [String: String]
    )? {
        var templates: [String: Template] = [:]
        var texts: [String: String] = [:]
        var failed = false
        for (name, file) in sources.sorted(by: { $0.key < $1.key }) {
            guard let text = readTemplate(file, into: &diagnostics) else {
                failed = true
                continue
            }
            texts[name] = text
            do {
                templates[name] = try TemplateParser.parse(text)
            } catch {
                diagnostics.error(
                    .templateProblem(error.problem, detail: nil),
                    at: SourceLocation(file: file.path, line: error.place.line, column: error.place.column))
                failed = true
            }
        }
        return failed ? nil : (templates, texts)
    }

    /// A template's text, with the same limits as content files (size, UTF-8, control characters).
    private static func readTemplate(_ file: URL, into diagnostics: inout Diagnostics) -> String? {
        let bytes: [UInt8]
        switch TextFile.read(file.path) {
        case .success(let read): bytes = read
        case .failure(.tooLarge):
            diagnostics.error(.fileTooLarge(SourceFile(file.path), limit: TextFile.sizeLimit), at: .file(file.path))
            return nil
        case .failure(.unreadable):
            diagnostics.error(.unreadableFile(SourceFile(file.path)), at: .file(file.path))
            return nil
        }
        switch TextFile.decode(bytes) {
        case .success(let text): return text
        case .failure(let problem):
            diagnostics.error(problem.message, at: SourceLocation(file: file.path, line: problem.line, column: problem.column))
            return nil
        }
    }
}
