import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// Routes of the year's cycle beyond its items: the measures (`<agency>/<year>/measures/`), the
/// progress reports (`<agency>/<year>/progress/[<name>/]`) and a new year (`<agency>/new-year/`).
extension EditorResponder {
    /// The answer for a cycle route, nil for any other path (items and pages keep their routes).
    func cycleAnswer(_ route: [String], query: String, post: PostedForm?) async -> EditorAnswer? {
        guard route.count >= 2 else { return nil }
        if route.count == 2, route[1] == "new-year" {
            guard let checked = content.check(route[0]) else { return notFound() }
            guard let post else { return .redirect(agencyHref(checked.slug)) }
            return await startYear(checked, post)
        }
        if route.count == 2, post == nil, query == "started=1", let checked = content.check(route[0]),
            let year = Int(route[1]), let started = checked.agency?.year(year)
        {
            return yearPage(checked, year, notice: startedNotice(started))
        }
        guard route.count >= 3, ["measures", "progress"].contains(route[2]) else { return nil }
        guard let checked = content.check(route[0]), let year = Int(route[1]), checked.agency?.year(year) != nil else {
            return notFound()
        }
        switch (route[2], route.count) {
        case ("measures", 3):
            if let post { return await saveMeasures(checked, year: year, post) }
            return await measuresPage(checked, year: year, notice: cycleNotice(query))
        case ("progress", 3):
            if let post { return await createReport(checked, year: year, post) }
            return reportsPage(checked, year: year, notice: cycleNotice(query))
        case ("progress", 4):
            let name = route[3]
            guard ProgressFileName.isValid(name) else { return notFound() }
            if let post { return await saveReport(checked, year: year, name: name, post) }
            return await reportPage(checked, year: year, name: name, notice: cycleNotice(query))
        default:
            return notFound()
        }
    }

    /// The message after a save or a creation, from the redirect's query.
    func cycleNotice(_ query: String) -> String {
        switch query {
        case "saved=1":
            return EditorPage.notice(
                th ? "บันทึกแล้ว ตัวอย่างเว็บไซต์จะสร้างใหม่ภายในไม่กี่วินาที" : "Saved; the preview rebuilds in a few seconds.", kind: "ok")
        case "saved=0": return EditorPage.notice(th ? "ไม่มีค่าที่เปลี่ยน ไม่ได้บันทึก" : "Nothing changed; nothing saved.", kind: "ok")
        case "created=1":
            return EditorPage.notice(th ? "สร้างไฟล์แล้ว" : "The file was created.", kind: "ok")
        default: return ""
        }
    }

    /// The year page's message after the year was started from the agency page.
    func startedNotice(_ year: AgencyYear) -> String {
        let text =
            th
            ? "เริ่มปีงบประมาณ \(year.year) แล้ว: year.yaml มี \(year.entries.count) ข้อของรอบการประเมิน \(year.round.value) "
                + "ทุกข้อสถานะ not-started ยกหน่วยงานผู้รับผิดชอบ สรุป และหลักฐานมาจากปีก่อน (ถ้ามี)"
            : "Fiscal year \(year.year) started: year.yaml lists \(year.entries.count) items of round \(year.round.value), "
                + "every one not-started, with units, summaries and evidence carried from the year before (if any)."
        return EditorPage.notice(text, kind: "ok")
    }

    /// The path back up to a year page, then `last`.
    func yearTrail(_ checked: EditorContent.Checked, year: Int, _ last: [EditorPage.Crumb]) -> [EditorPage.Crumb] {
        let name = checked.agency?.profile.name ?? checked.slug
        return crumbs + [
            EditorPage.Crumb(label: name, href: agencyHref(checked.slug)),
            EditorPage.Crumb(label: String(year), href: agencyHref(checked.slug) + "\(year)/"),
        ] + last
    }

    /// The build's problems in `file` by the field of a list form they belong to (`ListFieldLocator`);
    /// those before any key under `file`.
    func listProblems(
        _ diagnostics: Diagnostics, text: String, file: URL, list: String, prefix: String
    ) -> [String: [String]] {
        let path = content.sourcePath(file)
        let locator = ListFieldLocator(text: text, file: path, list: list, prefix: prefix)
        var problems: [String: [String]] = [:]
        for diagnostic in diagnostics.sorted where diagnostic.severity != .note && diagnostic.location?.file.path == path {
            problems[locator.field(for: diagnostic.location) ?? "file", default: []].append(line(for: diagnostic))
        }
        return problems
    }

    /// Writes a new file made of `base` with `edits` applied; never over a file that exists.
    func create(_ edits: [YAMLEdit], base: String, file: URL, back: String, subject: String) -> EditorAnswer {
        let path = content.sourcePath(file)
        do {
            let text = try YAMLTextEditor.apply(edits, to: base, order: YAMLKeyOrder.forFile(file), file: path)
            try CycleFileText.create(text, at: file)
        } catch {
            let exists = FileManager.default.fileExists(atPath: file.path)
            let reason =
                (error as? YAMLEditError)?.diagnostic(file: path).message.text(in: language) ?? error.localizedDescription
            let message =
                exists
                ? (th
                    ? "ไม่ได้บันทึก: มีไฟล์ \(path) อยู่แล้ว (สร้างจากที่อื่น) จึงไม่เขียนทับ" : "Not saved: \(path) exists now; not overwritten.")
                : (th ? "บันทึกไม่ได้: " : "Cannot save: ") + reason
            let body =
                EditorPage.notice(message, kind: "error")
                + "<p><a href=\"\(HTML.escape(back))\">\(th ? "กลับไปที่ฟอร์ม" : "Back to the form")</a></p>\n"
            return .page(
                EditorPage.html(fonts: fontSlug, title: subject, crumbs: crumbs, body: body, language: language),
                status: exists ? 409 : 422)
        }
        if settings.commit {
            let message = th ? "สร้าง \(subject) ด้วยตัวแก้ไขของ oit serve" : "Create \(subject) in the oit serve editor"
            _ = GitCommit.commit([file], message: message, in: file.deletingLastPathComponent())
        }
        return .redirect(back + "?saved=1")
    }
}

/// The names a progress report file may have (`12-month`, `6-month-2567`): lower-case letters,
/// digits and `-`, so that a name never leaves `progress/` and reads as the report's folder.
enum ProgressFileName {
    static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 60 && !name.hasPrefix("-")
            && name.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
    }
}

extension EditorResponder {
    /// The year's forms besides its items, in the order of the cycle the seeds show: last round's
    /// results, their analysis, the measures, the progress reports on them.
    func cycleLinks(_ year: AgencyYear) -> String {
        let links: [(String, String)] = [
            (
                "results/",
                th ? "ผลการประเมิน ITA รอบ \(year.year) (results.yaml)" : "ITA results of round \(year.year) (results.yaml)"
            ),
            (
                "analysis/",
                th
                    ? "การวิเคราะห์ผลการประเมินรอบ \(year.year) (analysis.yaml)"
                    : "Analysis of the results of round \(year.year) (analysis.yaml)"
            ),
            ("measures/", th ? "มาตรการ (\(year.measures.count) มาตรการ)" : "Measures (\(year.measures.count))"),
            (
                "progress/",
                th
                    ? "รายงานความก้าวหน้าของมาตรการ (\(year.reports.count) ฉบับ)"
                    : "Progress reports on the measures (\(year.reports.count))"
            ),
        ]
        let items = links.map { "<li><a href=\"\($0.0)\">\(HTML.escape($0.1))</a></li>" }.joined()
        let heading = th ? "ผลการประเมิน การวิเคราะห์ มาตรการ และรายงานความก้าวหน้า" : "Results, analysis, measures and progress"
        return "<h2>\(heading)</h2>\n<ul class=\"cycle\">\(items)</ul>\n"
    }
}
