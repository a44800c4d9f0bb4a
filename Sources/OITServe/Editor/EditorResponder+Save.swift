import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite
import OITWrite

extension EditorResponder {
    /// Saves an item: refused with 409 and the difference when `year.yaml` changed since the form
    /// was made; refused with 422, nothing written, when a value cannot be saved; else only the
    /// changed values are written (`ItemEdits`, `YAMLTextEditor`), an upload stored first.
    ///
    /// Policy: a save whose file still parses is written even when the build then reports errors
    /// (a missing reason, a date outside the period): the clerk's typing is never lost, the errors
    /// are shown next to their fields, and the preview keeps the last good build until they are
    /// fixed, as it does for any edit.
    func saveItem(_ checked: EditorContent.Checked, year: Int, code: String, _ post: PostedForm) async -> EditorAnswer {
        guard let context = itemContext(checked, year: year, code: code) else { return notFound() }
        if let preview = previewField(post) {
            // A preview saves nothing: the form again as typed, with the body rendered below it.
            let old = ItemValues(context.entry, elementCount: context.item.elements.count)
            let typed = ItemSubmission(fields: post.fields, old: old, language: language)
            return await itemPage(
                checked, year: year, code: code, notice: "", submitted: typed.values, refusals: typed.refusals,
                preview: preview, postedHash: post.fields["sha"]?.last ?? "")
        }
        let current: Data
        switch await unchanged(context.file, post, back: agencyHref(checked.slug) + "\(year)/\(code)/") {
        case .success(let data): current = data
        case .failure(let refusal): return refusal.answer
        }
        let old = ItemValues(context.entry, elementCount: context.item.elements.count)
        let upload = post.files.first { $0.field == "upload" }
        var submission = ItemSubmission(fields: post.fields, old: old, language: language, hasUpload: upload != nil)
        var written: [URL] = []
        if submission.refusals.isEmpty, let upload {
            let store = UploadStore(yearFolder: context.yearFolder, limit: settings.maxUpload)
            do {
                let stored = try store.store(upload.data, named: upload.name)
                let typed = (post.fields["ev-new-title"]?.last ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
                let stem = URL(fileURLWithPath: stored.path).deletingPathExtension().lastPathComponent
                if !submission.values.evidence.contains(where: { $0.file == stored.path }) {
                    submission.values.evidence.append(ItemValues.Evidence(title: typed.isEmpty ? stem : typed, file: stored.path))
                }
                if !stored.reused { written.append(context.yearFolder.appending(path: stored.path)) }
            } catch {
                submission.refusals["upload"] = error.text(in: language)
            }
        }
        guard submission.refusals.isEmpty else {
            return await itemPage(
                checked, year: year, code: code, notice: refusedNotice, submitted: submission.values,
                refusals: submission.refusals, status: 422)
        }
        let edits = ItemEdits.edits(from: old, to: submission.values, code: code, elementCount: context.item.elements.count)
        let back = agencyHref(checked.slug) + "\(year)/\(code)/"
        let subject = th ? "\(context.name) ปีงบประมาณ \(year) ข้อ \(code)" : "\(context.name), fiscal year \(year), item \(code)"
        if context.isMarkdown {
            // The loader trims the body; the form's value ends in one newline: compare the text itself.
            let same = old.body.trimmingSpacesAndNewlines() == submission.values.body.trimmingSpacesAndNewlines()
            let body = same ? nil : post.fields["body"]?.last ?? ""
            return await writeMarkdownItem(
                edits, body: body, to: context.file, expected: current, extra: written, back: back, subject: subject)
        }
        return await write(edits, to: context.file, expected: current, extra: written, back: back, subject: subject)
    }

    var refusedNotice: String {
        EditorPage.notice(th ? "ยังไม่ได้บันทึก: แก้ค่าที่ทำเครื่องหมายไว้ก่อน" : "Not saved: correct the marked values first.", kind: "error")
    }

    /// A refusal as an answer.
    struct Refusal: Error {
        var answer: EditorAnswer
    }

    /// The file's bytes when the form was made from them (the posted SHA-256 matches); else a 409
    /// page showing what changed on disk meanwhile.
    func unchanged(_ file: URL, _ post: PostedForm, back: String) async -> Result<Data, Refusal> {
        let current = FileManager.default.contents(atPath: file.path) ?? Data()
        let posted = post.fields["sha"]?.last ?? ""
        guard SHA256.hex(current) == posted else {
            let before = await snapshots.text(posted)
            return .failure(Refusal(answer: conflict(before: before, now: String(decoding: current, as: UTF8.self), back: back)))
        }
        return .success(current)
    }

    /// 409: the file changed since the form was opened; nothing was written.
    func conflict(before: String?, now: String, back: String) -> EditorAnswer {
        let intro =
            th
            ? "ไม่ได้บันทึก: ไฟล์ถูกแก้ไขที่อื่นหลังจากเปิดฟอร์มนี้ (หน้าต่างอื่น git pull หรือโปรแกรมแก้ไขข้อความ) จึงไม่เขียนทับ"
            : "Not saved: the file was changed elsewhere after this form was opened (another window, git pull, a text editor), so it was not overwritten."
        var body = EditorPage.notice(intro, kind: "error")
        if let before {
            let lines = LineDiff.lines(before, now).map { line -> String in
                switch line {
                case .same(let text): return "<span>  \(HTML.escape(text))</span>\n"
                case .removed(let text): return "<span class=\"removed\">- \(HTML.escape(text))</span>\n"
                case .added(let text): return "<span class=\"added\">+ \(HTML.escape(text))</span>\n"
                }
            }
            body += "<h2>\(th ? "สิ่งที่เปลี่ยนในไฟล์" : "What changed in the file")</h2>\n<div class=\"diff\">\(lines.joined())</div>\n"
        }
        body +=
            "<p><a href=\"\(HTML.escape(back))\">\(th ? "เปิดฟอร์มใหม่จากไฟล์ปัจจุบัน" : "Open the form again from the file as it is now")</a></p>\n"
        let title = th ? "ไฟล์ถูกแก้ไขระหว่างนั้น" : "The file changed meanwhile"
        return .page(EditorPage.html(fonts: fontSlug, title: title, crumbs: crumbs, body: body, language: language), status: 409)
    }

    /// Applies `edits` to the file as it was read, writes it unless it changed meanwhile, commits
    /// with `--commit`, and redirects to the form.
    func write(_ edits: [YAMLEdit], to file: URL, expected: Data, extra: [URL], back: String, subject: String) async
        -> EditorAnswer
    {
        guard !edits.isEmpty else { return .redirect(back + (extra.isEmpty ? "?saved=0" : "?saved=1")) }
        let path = content.sourcePath(file)
        return await write(to: file, expected: expected, extra: extra, back: back, subject: subject) { text in
            try YAMLTextEditor.apply(edits, to: text, order: YAMLKeyOrder.forFile(file), file: path)
        }
    }

    /// Writes `edit` of the file as it was read unless it changed meanwhile (409), commits with
    /// `--commit`, and redirects to the form; a refused edit answers 422 and writes nothing.
    func write(
        to file: URL, expected: Data, extra: [URL], back: String, subject: String, edit: (String) throws -> String
    ) async -> EditorAnswer {
        let text = String(decoding: expected, as: UTF8.self)
        let path = content.sourcePath(file)
        do {
            let edited = try edit(text)
            try ContentFileSave.write(edited, to: file, expected: expected)
        } catch YAMLEditError.changedOnDisk(let current) {
            return conflict(before: text, now: String(decoding: current, as: UTF8.self), back: back)
        } catch {
            let reason = (error as? YAMLEditError)?.diagnostic(file: path).message.text(in: language) ?? "\(error)"
            let message = (th ? "บันทึกไม่ได้: " : "Cannot save: ") + reason
            let body =
                EditorPage.notice(message, kind: "error")
                + "<p><a href=\"\(HTML.escape(back))\">\(th ? "กลับไปที่ฟอร์ม" : "Back to the form")</a></p>\n"
            return .page(
                EditorPage.html(fonts: fontSlug, title: subject, crumbs: crumbs, body: body, language: language), status: 422)
        }
        if settings.commit {
            let message = th ? "แก้ไข \(subject) ด้วยตัวแก้ไขของ oit serve" : "Edit \(subject) in the oit serve editor"
            _ = GitCommit.commit([file] + extra, message: message, in: file.deletingLastPathComponent())
        }
        return .redirect(back + "?saved=1")
    }
}
