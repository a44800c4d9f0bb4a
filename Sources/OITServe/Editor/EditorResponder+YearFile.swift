import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension EditorResponder {
    /// A file of a year's folder the results and analysis forms edit, as the form is made from it.
    struct YearFile {
        var url: URL
        /// Empty for a file not written yet.
        var text: String
        var exists: Bool
        /// The path diagnostics name it by.
        var shown: String
        var yaml: ContentYAML
    }

    /// `<year>/<name>` of the agency, read (and kept for a later 409's difference).
    func yearFile(_ checked: EditorContent.Checked, year: Int, name: String) async -> YearFile? {
        guard let url = content.file(["agencies", checked.slug, String(year), name]) else { return nil }
        let data = FileManager.default.contents(atPath: url.path)
        let text = String(decoding: data ?? Data(), as: UTF8.self)
        await snapshots.keep(text, hash: SHA256.hex(data ?? Data()))
        let shown = content.sourcePath(url)
        return YearFile(url: url, text: text, exists: data != nil, shown: shown, yaml: ContentYAML(text: text, file: shown))
    }

    /// The round the results of `year` are of: the one named by the folder, else the year's own.
    func resultsFramework(_ checked: EditorContent.Checked, year: Int) -> Framework? {
        checked.frameworks[year] ?? checked.assessment.year(year, of: checked.slug)?.framework
    }

    /// The path back up to a year's form.
    func yearCrumbs(_ checked: EditorContent.Checked, year: Int, label: String) -> [EditorPage.Crumb] {
        let name = checked.agency?.profile.name ?? checked.slug
        return crumbs + [
            EditorPage.Crumb(label: name, href: agencyHref(checked.slug)),
            EditorPage.Crumb(label: String(year), href: agencyHref(checked.slug) + "\(year)/"),
            EditorPage.Crumb(label: label, href: nil),
        ]
    }

    /// The build's problems in `file`, by the dotted path of the value they are at; `rename`
    /// turns a path into the form's field id.
    func pathProblems(_ checked: EditorContent.Checked, file: YearFile, rename: (String) -> String) -> [String: [String]] {
        var problems: [String: [String]] = [:]
        for diagnostic in checked.diagnostics.sorted where diagnostic.severity != .note {
            guard diagnostic.location?.file.path == file.shown else { continue }
            let field = file.yaml.field(for: diagnostic.location).map(rename) ?? "file"
            problems[field, default: []].append(line(for: diagnostic))
        }
        return problems
    }

    /// The Markdown field whose preview button was pressed (`action=preview-summary`), nil for a save.
    func previewField(_ post: PostedForm) -> String? {
        guard let action = post.fields["action"]?.last, action.hasPrefix("preview-") else { return nil }
        return String(action.dropFirst("preview-".count))
    }

    /// Writes the edits: into the file as it was read (`expected`; `base` when its lines were
    /// already moved), or, for a file not written yet, into a new file that starts with the Thai
    /// header (never over a file that appeared meanwhile).
    func saveYearFile(
        _ edits: [YAMLEdit], file: YearFile, expected: Data, base: String? = nil, header: String, back: String,
        subject: String
    ) async -> EditorAnswer {
        let before = file.exists ? String(decoding: expected, as: UTF8.self) : header
        let start = base ?? before
        guard !edits.isEmpty || start != before else { return .redirect(back + "?saved=0") }
        do {
            let text = try YAMLTextEditor.apply(edits, to: start, order: YAMLKeyOrder.forFile(file.url), file: file.shown)
            if file.exists {
                try ContentFileSave.write(text, to: file.url, expected: expected)
            } else {
                try NewContentFile.create(text, at: file.url)
            }
        } catch YAMLEditError.changedOnDisk(let current) {
            return conflict(before: file.exists ? before : "", now: String(decoding: current, as: UTF8.self), back: back)
        } catch {
            let reason = (error as? YAMLEditError)?.diagnostic(file: file.shown).message.text(in: language) ?? "\(error)"
            let body =
                EditorPage.notice((th ? "บันทึกไม่ได้: " : "Cannot save: ") + reason, kind: "error")
                + "<p><a href=\"\(HTML.escape(back))\">\(th ? "กลับไปที่ฟอร์ม" : "Back to the form")</a></p>\n"
            return .page(
                EditorPage.html(fonts: fontSlug, title: subject, crumbs: crumbs, body: body, language: language), status: 422)
        }
        if settings.commit {
            let message = th ? "แก้ไข \(subject) ด้วยตัวแก้ไขของ oit serve" : "Edit \(subject) in the oit serve editor"
            _ = GitCommit.commit([file.url], message: message, in: file.url.deletingLastPathComponent())
        }
        return .redirect(back + "?saved=1")
    }
}

extension EditorResponder {
    /// The results and analysis forms of a year (`/_edit/<agency>/<year>/results/`); nil for
    /// any other name (an item's code).
    func yearFileAnswer(_ checked: EditorContent.Checked, year: Int, form: String, post: PostedForm?, notice: String) async
        -> EditorAnswer?
    {
        switch (form, post) {
        case ("results", let post?): return await saveResults(checked, year: year, post)
        case ("results", nil): return await resultsPage(checked, year: year, notice: notice)
        case ("analysis", let post?): return await saveAnalysis(checked, year: year, post)
        case ("analysis", nil): return await analysisPage(checked, year: year, notice: notice)
        default: return nil
        }
    }
}
