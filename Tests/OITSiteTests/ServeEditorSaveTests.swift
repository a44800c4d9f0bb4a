import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Issue 21: saves through the editor change only the lines of the changed values, are refused
/// over a file changed on disk (409, with the difference), and store uploads inside `files/`.
extension ServeTests {
    @Test func aSaveChangesOnlyItsLinesAndIsRefusedOverAChangedFile() async throws {
        let (fixture, server, origin) = try await startedEditor()
        let form = server.address + "_edit/test/2566/o7/"
        let file = fixture.content.appending(path: "agencies/test/2566/year.yaml")

        var page = try await get(form)
        let token = try hidden("token", in: page.body)
        var sha = try hidden("sha", in: page.body)
        // A date that is no date is refused before anything is written, next to its field.
        let refused = try await post(form, fields: [("token", token), ("sha", sha), ("updated", "พรุ่งนี้")], origin: origin)
        #expect(refused.status == 422)
        #expect(refused.body.contains("id=\"p-updated\""))
        #expect(refused.body.contains("aria-describedby=\"h-updated p-updated\""))
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.editorYear)

        let saved = try await post(
            form,
            fields: [
                ("token", token), ("sha", sha), ("status", "done"), ("updated", "15/3/2566"), ("elements-shown", "1"),
                ("element", "1"), ("element", "2"),
            ], origin: origin)
        #expect(saved.status == 200)
        #expect(saved.body.contains("บันทึกแล้ว"))
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = LineDiffProbe.changedLines(Self.editorYear, text)
        #expect(changed.removed == ["    status: in-progress   # ยังไม่ครบ", "    elements: [1]"], "\(text)")
        #expect(changed.added.contains { $0.contains("status: done") })
        #expect(changed.added.contains("    updated: 2023-03-15"))
        #expect(changed.added.contains { $0.contains("elements: all") })
        #expect(text.contains("# ปีงบประมาณ 2566: ความเห็นของผู้ดูแล\n") && text.contains("  # ข่าวประชาสัมพันธ์\n"))

        // The file changes on disk (a text editor) after the form was opened: refused, shown, kept.
        page = try await get(form)
        sha = try hidden("sha", in: page.body)
        let meanwhile = text.replacingOccurrences(of: "unit: สำนักปลัด", with: "unit: กองคลัง")
        try Data(meanwhile.utf8).write(to: file)
        let conflict = try await post(form, fields: [("token", token), ("sha", sha), ("unit", "กองช่าง")], origin: origin)
        #expect(conflict.status == 409)
        #expect(conflict.body.contains("class=\"removed\">-     unit: สำนักปลัด"))
        #expect(conflict.body.contains("class=\"added\">+     unit: กองคลัง"))
        #expect(try String(contentsOf: file, encoding: .utf8) == meanwhile, "never overwritten")
    }

    @Test func uploadsLandInFilesWhateverTheirName() async throws {
        let (fixture, server, origin) = try await startedEditor()
        let form = server.address + "_edit/test/2566/o8/"
        let year = fixture.content.appending(path: "agencies/test/2566")
        let pdf = Data("%PDF-1.4\n%%EOF\n".utf8)
        for (name, data, stored) in [("../../x.pdf", pdf, "x.pdf"), (".htaccess", pdf + Data("1".utf8), "htaccess.pdf")] {
            let page = try await get(form)
            let fields = [
                ("token", try hidden("token", in: page.body)), ("sha", try hidden("sha", in: page.body)),
            ]
            let answer = try await post(form, fields: fields, file: (name, data), origin: origin)
            #expect(answer.status == 200, "\(answer.body)")
            #expect(FileManager.default.contents(atPath: year.appending(path: "files/\(stored)").path) == data, "\(name)")
            #expect(try String(contentsOf: year.appending(path: "year.yaml"), encoding: .utf8).contains("file: files/\(stored)"))
        }
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appending(path: "x.pdf").path))
        #expect(!FileManager.default.fileExists(atPath: year.appending(path: ".htaccess").path))
        let page = try await get(form)
        let notPDF = try await post(
            form,
            fields: [("token", try hidden("token", in: page.body)), ("sha", try hidden("sha", in: page.body))],
            file: ("a.pdf", Data("<html><script>alert(1)</script>".utf8)), origin: origin)
        #expect(notPDF.status == 422)
        #expect(notPDF.body.contains("id=\"p-upload\""))
        #expect(!notPDF.body.contains("<script>alert"), "every echoed value is escaped")
    }
}

/// The lines removed and added between two texts, as a reviewer reads a diff.
enum LineDiffProbe {
    static func changedLines(_ old: String, _ new: String) -> (removed: [String], added: [String]) {
        var removed: [String] = []
        var added: [String] = []
        for line in LineDiff.lines(old, new) {
            switch line {
            case .removed(let text): removed.append(text)
            case .added(let text): added.append(text)
            case .same: break
            }
        }
        return (removed, added)
    }
}
