import Foundation
import OITModel
import OITSite

extension EditorResponder {
    /// Saves an item kept in `items/oNN.md`: the changed front-matter values through the writer
    /// (only their lines change), then the body, when it changed, byte for byte after the closing
    /// `---` (`MarkdownItemFile`). One write of the whole result, refused with 409 when the file
    /// changed meanwhile.
    ///
    /// - Parameter body: the body as posted, or nil when it did not change.
    func writeMarkdownItem(
        _ edits: [YAMLEdit], body: String?, to file: URL, expected: Data, extra: [URL], back: String, subject: String
    ) async -> EditorAnswer {
        let front = MarkdownItemFile.frontMatterEdits(edits)
        guard !front.isEmpty || body != nil else { return .redirect(back + (extra.isEmpty ? "?saved=0" : "?saved=1")) }
        let path = content.sourcePath(file)
        return await write(to: file, expected: expected, extra: extra, back: back, subject: subject) { text in
            var edited = text
            if !front.isEmpty {
                edited = try YAMLTextEditor.apply(front, to: text, order: YAMLKeyOrder.forFile(file), file: path)
            }
            if let body {
                guard let replaced = MarkdownItemFile.replacingBody(in: edited, with: body) else {
                    throw YAMLEditError.refused(
                        .unclosedFrontMatter, at: SourceLocation(file: SourceFile(path), line: 1, column: 1))
                }
                edited = replaced
            }
            return edited
        }
    }
}
