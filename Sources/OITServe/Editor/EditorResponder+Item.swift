import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension EditorResponder {
    /// What an item's form is made from: the item as the year is assessed on it, its entry, and
    /// the file the entry is written in (`year.yaml`, or the item's own `items/oNN.md`).
    struct ItemContext {
        var item: FrameworkItem
        var framework: Framework
        var entry: ItemEntry?
        var file: URL
        var name: String
        var failures: [ItemFailure]

        /// Whether the entry is kept in `items/oNN.md` (front matter and a Markdown body).
        var isMarkdown: Bool { file.pathExtension == "md" }
        /// The year's folder, which uploads and evidence `file:` paths are relative to.
        var yearFolder: URL {
            isMarkdown ? file.deletingLastPathComponent().deletingLastPathComponent() : file.deletingLastPathComponent()
        }
    }

    func itemContext(_ checked: EditorContent.Checked, year: Int, code: String) -> ItemContext? {
        guard let agencyYear = checked.agency?.year(year), let assessment = checked.assessment.year(year, of: checked.slug),
            let item = assessment.items.first(where: { $0.code == code }),
            var file = content.file(["agencies", checked.slug, String(year), "year.yaml"])
        else { return nil }
        if let entry = agencyYear.entries[code], entry.code.location.file.path.hasSuffix(".md") {
            // The loader names an item file after its code, so the entry's file is items/<code>.md.
            guard let own = content.file(["agencies", checked.slug, String(year), "items", code + ".md"]) else { return nil }
            file = own
        }
        let failures = assessment.oit?.verdicts.first { $0.code == code }?.failures ?? []
        return ItemContext(
            item: item, framework: assessment.framework, entry: agencyYear.entries[code], file: file,
            name: checked.agency?.profile.name ?? checked.slug, failures: failures)
    }

    /// The item's form, with the build's problems next to their fields; `submitted` and `refusals`
    /// show a refused post again as it was typed.
    func itemPage(
        _ checked: EditorContent.Checked, year: Int, code: String, notice: String,
        submitted: ItemValues? = nil, refusals: [String: String] = [:], preview: String? = nil, postedHash: String? = nil,
        status: Int = 200
    ) async -> EditorAnswer {
        guard let context = itemContext(checked, year: year, code: code) else { return notFound() }
        let path = agencyHref(checked.slug) + "\(year)/\(code)/"
        let trail =
            crumbs + [
                EditorPage.Crumb(label: context.name, href: agencyHref(checked.slug)),
                EditorPage.Crumb(label: String(year), href: agencyHref(checked.slug) + "\(year)/"),
                EditorPage.Crumb(label: code, href: nil),
            ]
        let title = "\(code) \(context.item.title)"
        let data = FileManager.default.contents(atPath: context.file.path) ?? Data()
        let text = String(decoding: data, as: UTF8.self)
        let hash = SHA256.hex(data)
        await snapshots.keep(text, hash: hash)
        var form = ItemForm(
            item: context.item, framework: context.framework, entry: context.entry, year: year, language: language)
        if let submitted { form.values = submitted }
        var problems = fieldProblems(checked.diagnostics, text: text, file: context.file, code: code)
        problems["readiness", default: []] += context.failures.map {
            (th ? "ยังไม่ผ่าน: " : "would not pass: ") + $0.text(in: language)
        }
        for (field, message) in refusals { problems[field, default: []].insert(message, at: 0) }
        let page = ItemPage(
            form: form, problems: problems.filter { !$0.value.isEmpty }, token: guardian.token, fileHash: postedHash ?? hash,
            action: path, language: language, preview: preview == "body" ? (id: "body", text: form.values.body) : nil)
        let preview = "/" + Route.item(year: year, code: code).href(inAgency: checked.slug)
        let link =
            "<p><a href=\"\(HTML.escape(preview))\">\(th ? "ดูหน้านี้ในตัวอย่างเว็บไซต์" : "See this page in the preview")</a></p>\n"
        return .page(
            EditorPage.html(
                fonts: fontSlug, title: title, crumbs: trail, body: link + page.body(notice: notice), language: language),
            status: status)
    }

    /// The build's problems in the item's lines of `year.yaml` (or in its own `.md` file), by the
    /// field they belong to.
    func fieldProblems(_ diagnostics: Diagnostics, text: String, file: URL, code: String) -> [String: [String]] {
        let path = content.sourcePath(file)
        let locate: (SourceLocation?) -> String?
        if file.pathExtension == "md" {
            locate = FrontMatterFieldLocator(text: text, file: path).field(for:)
        } else {
            locate = FieldLocator(text: text, file: path, code: code).field(for:)
        }
        var problems: [String: [String]] = [:]
        for diagnostic in diagnostics.sorted where diagnostic.severity != .note {
            guard let field = locate(diagnostic.location) else { continue }
            problems[field, default: []].append(line(for: diagnostic))
        }
        return problems
    }
}
