import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// Edits YAML text in place: each change rewrites only the lines of its value, and the result is
/// read back before it is returned, so that no caller writes a file that would not read back.
public enum YAMLTextEditor {
    /// The text with each edit applied, every other byte unchanged (comments, key order, quoting, blank
    /// lines). A missing key is inserted where `order` puts it (the documented key order of the file kind),
    /// creating missing parent mappings. Throws YAMLEditError (located, Thai/English wording through the
    /// project's Message/Diagnostics system) when the text does not parse or a path crosses a scalar.
    public static func apply(_ edits: [YAMLEdit], to text: String, order: YAMLKeyOrder) throws -> String {
        try apply(edits, to: text, order: order, file: "")
    }

    /// `apply` with messages placed in `file` (as the build names it).
    public static func apply(_ edits: [YAMLEdit], to text: String, order: YAMLKeyOrder, file: String) throws -> String {
        do {
            var whole = YAMLLines(text)
            let region = try yamlRegion(of: whole, frontMatter: order.frontMatter)
            var editor = YAMLLineEditor(
                lines: YAMLLines(
                    lines: Array(whole.lines[region]), ends: Array(whole.ends[region]), newline: whole.newline),
                order: order, lineOffset: region.lowerBound)
            for edit in edits {
                let before = try? YAMLComposer.compose(editor.lines.parsed, file: "").get()
                try editor.apply(edit)
                try verify(edit, from: before, in: editor)
            }
            whole.lines.replaceSubrange(region, with: editor.lines.lines)
            whole.ends.replaceSubrange(region, with: editor.lines.ends)
            return whole.text
        } catch let error as YAMLEditError {
            throw error.located(in: file)
        }
    }

    /// The lines that hold the YAML: all of them, or a Markdown file's front matter.
    private static func yamlRegion(of lines: YAMLLines, frontMatter: Bool) throws -> Range<Int> {
        guard frontMatter else { return 0..<lines.count }
        guard lines.count > 0, lines.lines[0].trimmingCharacters(in: .whitespaces) == "---",
            let close = lines.lines.indices.dropFirst().first(where: { ["---", "..."].contains(lines.lines[$0]) })
        else {
            throw YAMLEditError.refused(.unclosedFrontMatter, at: SourceLocation(file: "", line: 1, column: 1))
        }
        return 1..<close
    }

    /// Reads the edited text and makes sure the path holds the intended value (or is gone) and
    /// that every other value reads as it did.
    private static func verify(_ edit: YAMLEdit, from before: YAMLNode?, in editor: YAMLLineEditor) throws {
        let path = edit.path.description
        let after: YAMLNode?
        switch YAMLComposer.compose(editor.lines.parsed, file: "") {
        case .success(let node): after = node
        case .failure(let problem):
            throw YAMLEditError.refused(
                .edit(.resultUnreadable(path: path, problem: YAMLEditValue.problem(editor.lines.parsed, problem))), at: nil)
        }
        guard YAMLReadBack.sameExcept(before, after, path: edit.path.components[...], value: edit.value) else {
            throw YAMLEditError.refused(.edit(.readBackDiffers(path: path)), at: nil)
        }
    }

    static func find(_ path: ArraySlice<YAMLKeyPath.Component>, in node: YAMLNode) -> YAMLNode? {
        guard let component = path.first else { return node }
        switch node.value {
        case .mapping(let pairs):
            let name = YAMLLineEditor.name(component)
            guard let pair = pairs.first(where: { $0.key.scalar == name }) else { return nil }
            return find(path.dropFirst(), in: pair.value)
        case .sequence(let items):
            guard case .index(let index) = component, index < items.count else { return nil }
            return find(path.dropFirst(), in: items[index])
        case .scalar:
            return nil
        }
    }
}
