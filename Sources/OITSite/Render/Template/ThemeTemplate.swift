import Mustache

/// Parses a theme's templates for swift-mustache so that its escaping is `HTML.escape`'s, on
/// UTF-8 bytes.
///
/// swift-mustache escapes `{{name}}` through the content type of its render context, which is its
/// own HTML type at the start of every template and partial; that type walks characters and
/// leaves a sign joined by a mark (`"` before U+0301) unescaped (issue 18). A content-type pragma
/// on a line of its own before each template's text switches to `ByteEscapedHTML` before anything
/// renders: sections and blocks keep their template's content type, and a partial begins with its
/// own pragma. A line holding only a pragma renders nothing and leaves the lines after it parsed
/// as they were, so pages are unchanged byte for byte except where escaping differs.
///
/// The type is registered as "HTML" as well, so a theme's own `{{% CONTENT_TYPE: HTML }}` escapes
/// on bytes too; a theme that asks for `TEXT` gets no escaping, as with `{{{name}}}`.
enum ThemeTemplate {
    /// The name the pragma asks for: a name of its own, so that a template parsed before the
    /// registration fails rather than falling back to swift-mustache's escaping.
    static let contentTypeName = "OIT_BYTES_HTML"
    private static let pragma = "{{% CONTENT_TYPE: \(contentTypeName) }}\n"

    private static let registered: Void = {
        MustacheContentTypes.register(ByteEscapedHTML(), named: contentTypeName)
        MustacheContentTypes.register(ByteEscapedHTML(), named: "HTML")
    }()

    static func parse(_ text: String) throws -> MustacheTemplate {
        _ = registered
        do {
            return try MustacheTemplate(string: pragma + text)
        } catch {
            // The error of the text as written, whose lines are the file's own.
            _ = try MustacheTemplate(string: text)
            throw error
        }
    }
}

/// HTML escaping for swift-mustache's `{{name}}`, on UTF-8 bytes as in the compiled renderer.
struct ByteEscapedHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { HTML.escape(text) }
}
