import CCmarkGFM
import Foundation
import OITLoad

/// Markdown to HTML through cmark-gfm, with GFM tables, strikethrough and autolinks.
///
/// cmark's safe default is kept: raw HTML is dropped and `javascript:` links are removed.
///
/// One document at a time: while cmark-gfm finishes a document it adds its extensions'
/// characters to a table every parser shares and removes them after (`finalize_document` in
/// blocks.c), so a page finished on another thread meanwhile lost its autolinks and two builds of
/// the same content differed. Markdown is about 1 % of a build's time; the lock costs little.
public enum Markdown {
    private static let extensionNames = ["table", "strikethrough", "autolink"]
    private static let lock = NSLock()

    public static func html(_ markdown: String) -> String {
        lock.withLock { render(markdown) }
    }

    private static func render(_ markdown: String) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        let options = CMARK_OPT_DEFAULT
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensionNames {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        cmark_parser_feed(parser, markdown, markdown.utf8.count)
        guard let document = cmark_parser_finish(parser) else { return "" }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(html) }
        return String(cString: html)
    }
}
