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
    /// The same templates compiled for the fast renderer; nil when one of them uses Mustache it
    /// does not run, and then every page renders through swift-mustache (`library`).
    var compiled: CompiledLibrary?

    public init(library: MustacheLibrary, sources: [String: URL], assets: [String: URL], texts: [String: String]) {
        self.library = library
        self.sources = sources
        self.assets = assets
        self.texts = texts
    }

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
        var library = MustacheLibrary()
        var parsed: [String: MustacheTemplate] = [:]
        var texts: [String: String] = [:]
        for (name, file) in sources.sorted(by: { $0.key < $1.key }) {
            guard let text = readTemplate(file, into: &diagnostics) else {
                failed = true
                continue
            }
            texts[name] = text
            do {
                let template = try ThemeTemplate.parse(text)
                library.register(template, named: name)
                parsed[name] = template
            } catch let error as MustacheTemplate.ParserError {
                let located = TemplateErrorLocator.locate(error, in: text)
                diagnostics.error(
                    .templateProblem(located.problem, detail: nil),
                    at: SourceLocation(file: file.path, line: located.line, column: located.column))
                failed = true
            } catch {
                diagnostics.error(.templateSyntax(String(describing: error)), at: .file(file.path))
                failed = true
            }
        }
        if failed { return nil }
        var theme = Theme(library: library, sources: sources, assets: assets, texts: texts)
        theme.compiled = CompiledLibrary(parsed)
        return theme
    }

    /// Renders `template` with `model`; nil, with a diagnostic, when the template does not exist.
    /// - Parameter audit: when given, the render is checked for names the model does not provide.
    func render<Model: Encodable>(
        _ template: String, _ model: Model, audit: TemplateAudit? = nil, into diagnostics: inout Diagnostics
    )
        -> String?
    {
        renderUTF8(template, model, audit: audit, into: &diagnostics).map { String(decoding: $0, as: UTF8.self) }
    }

    /// `render`, as UTF-8 bytes ready to write.
    func renderUTF8<Model: Encodable>(
        _ template: String, _ model: Model, audit: TemplateAudit? = nil, into diagnostics: inout Diagnostics
    )
        -> [UInt8]?
    {
        audit?.audit(template, model)
        if let compiled {
            return render(template, compiled: compiled, TemplateEncoder.encode(model), into: &diagnostics)
        }
        guard let text = library.render(MustacheBox.box(model), withTemplate: template) else {
            diagnostics.error(.missingTemplate(template), at: nil)
            return nil
        }
        return Array(text.utf8)
    }

    /// Renders with a value already reflected (parts of it shared between pages).
    func render(_ template: String, compiled: CompiledLibrary, _ value: TemplateValue, into diagnostics: inout Diagnostics)
        -> [UInt8]?
    {
        guard let bytes = compiled.render(template, value) else {
            diagnostics.error(.missingTemplate(template), at: nil)
            return nil
        }
        return bytes
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

/// Walks an `assets/` folder: links are followed once, a folder reached twice (a link loop) is not
/// walked again, and a file or folder whose real path leaves `root` is reported, not published.
struct AssetWalker {
    struct Problem {
        var message: Message
        var path: String
    }

    let root: String
    private(set) var problems: [Problem] = []
    private var visited = Set<String>()

    init(root: String) { self.root = root }

    /// Whether `url`, links resolved, lies inside the root; records a problem when not.
    mutating func isInside(_ url: URL) -> Bool {
        switch RealPath.of(url) {
        case .failure(.loop):
            problems.append(Problem(message: .linkLoop(SourceFile(url.path)), path: url.path))
            return false
        case .failure(.missing):
            problems.append(Problem(message: .missingFile(SourceFile(url.path)), path: url.path))
            return false
        case .success(let real):
            guard RealPath.isInside(real, root) else {
                problems.append(Problem(message: .outsideContent(SourceFile(url.path)), path: url.path))
                return false
            }
            return true
        }
    }

    mutating func walk(_ folder: URL, prefix: String) -> [(String, URL)] {
        guard ContentFolder.exists(folder, directory: true) else { return [] }
        guard isInside(folder), case .success(let real) = RealPath.of(folder) else { return [] }
        guard visited.insert(real).inserted else {
            problems.append(Problem(message: .linkLoop(SourceFile(folder.path)), path: folder.path))
            return []
        }
        guard (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) != nil else {
            problems.append(Problem(message: .unreadableFolder(SourceFile(folder.path)), path: folder.path))
            return []
        }
        var found: [(String, URL)] = []
        for child in ContentFolder.children(of: folder) {
            let relative = prefix + child.lastPathComponent
            if ContentFolder.exists(child, directory: true) {
                found += walk(child, prefix: relative + "/")
            } else if isInside(child) {
                found.append((relative, child))
            }
        }
        return found
    }
}

/// Finds where a template error really is. swift-mustache reports an unclosed section at the end
/// of the file and some malformed tags at 1:1; scanning the tags (default `{{ }}` delimiters)
/// finds the opening tag of the unclosed section, the wrong closing tag or the unfinished tag.
enum TemplateErrorLocator {
    struct Located {
        var problem: TemplateProblem
        var line: Int
        var column: Int
    }

    struct Tag {
        var sigil: Character?
        var name: String
        var line: Int
        var column: Int
        /// No `}}` before the next `{{` or the end.
        var unfinished: Bool
    }

    static func locate(_ error: MustacheTemplate.ParserError, in text: String) -> Located {
        let generic = TemplateProblem(error.error as? MustacheTemplate.Error ?? .unfinishedName)
        let fallback = Located(
            problem: error.error is MustacheTemplate.Error ? generic : .other(String(describing: error.error)),
            line: error.context.lineNumber, column: error.context.columnNumber)
        // A template that changes its delimiters is beyond this simple scan.
        guard !text.contains("{{=") else { return fallback }
        let tags = scan(text)
        if let bad = tags.first(where: { $0.unfinished || ($0.name.isEmpty && $0.sigil != "!") }) {
            if case .unfinishedTag = generic { return Located(problem: .unfinishedTag, line: bad.line, column: bad.column) }
        }
        var open: [Tag] = []
        for tag in tags where !tag.unfinished {
            switch tag.sigil {
            case "#", "^", "$", "<":
                open.append(tag)
            case "/":
                guard let last = open.last, last.name == tag.name else {
                    return Located(
                        problem: .wrongSectionClose(expected: open.last?.name, found: tag.name),
                        line: tag.line, column: tag.column)
                }
                open.removeLast()
            default:
                break
            }
        }
        if let unclosed = open.last, case .unclosedSection = generic {
            return Located(problem: .unclosedSection(unclosed.name), line: unclosed.line, column: unclosed.column)
        }
        return fallback
    }

    /// Every `{{ }}` tag with its sigil, name and 1-based position (columns count characters).
    static func scan(_ text: String) -> [Tag] {
        let scalars = Array(text.unicodeScalars)
        var tags: [Tag] = []
        var line = 1
        var column = 1
        var index = 0
        func advance() {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        while index < scalars.count {
            guard scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" else {
                advance()
                continue
            }
            let (tagLine, tagColumn) = (line, column)
            advance()
            advance()
            var inner = ""
            var closed = false
            while index < scalars.count {
                if scalars[index] == "}", index + 1 < scalars.count, scalars[index + 1] == "}" {
                    advance()
                    advance()
                    if index < scalars.count, scalars[index] == "}", inner.hasPrefix("{") { advance() }
                    closed = true
                    break
                }
                if scalars[index] == "{", index + 1 < scalars.count, scalars[index + 1] == "{" { break }
                inner.unicodeScalars.append(scalars[index])
                advance()
            }
            let trimmed = inner.trimmingCharacters(in: .whitespaces)
            let sigil = trimmed.first.flatMap { "#^/!>&{$<".contains($0) ? $0 : nil }
            var name = sigil == nil ? trimmed : String(trimmed.dropFirst())
            if sigil == "{" { name = String(name.dropLast(name.hasSuffix("}") ? 1 : 0)) }
            name = name.trimmingCharacters(in: .whitespaces)
            tags.append(Tag(sigil: sigil, name: name, line: tagLine, column: tagColumn, unfinished: !closed))
        }
        return tags
    }
}
