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

/// Issue 21: the forms of a year's `results.yaml` and `analysis.yaml` show the fields the round's
/// framework names, save only the lines of the changed values, refuse a bad value (422, nothing
/// written) and a stale form (409); a Markdown field's preview shows the build's HTML and saves nothing.
extension ServeTests {
    static let editorResults = """
        # คะแนนรอบ 2566 ตามประกาศ
        indicators:
          1: 94.14
          2: 88.05   # ตามประกาศ
        questions:
          i1: 87.19
        stated:
          overall: 80.42

        """

    static let editorAnalysis = """
        # การวิเคราะห์ผลรอบ 2566
        threshold: 80
        summary: |
          ย่อหน้าแรก

          ย่อหน้าที่สอง
        entries:
          - question: i1
            # แถวนี้ครอบคลุมข้อ i1–i6
            issue: ประเด็นที่ 1
            analysis: ปรับปรุงคะแนน
          - indicator: 2
            issue: ประเด็นที่ 2
          - question: e1
            issue: ประเด็นที่ 3
        constraints:
          staff: บุคลากรเพียงพอ

        """

    /// `oit serve` on the editor's fixture with `files` added (content paths and their text).
    func startedEditor(with files: [String: String]) async throws -> (fixture: Fixture, server: Server, origin: String) {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        var all = ["agencies/test/agency.yaml": Fixture.agencyYAML, "agencies/test/2566/year.yaml": Self.editorYear]
        all.merge(files) { _, new in new }
        let fixture = try Fixture(all)
        let server = try Server(in: fixture.content)
        _ = try await waitFor(server) { ($0["version"] as? Int ?? 0) >= 1 }
        let port = try #require(URL(string: server.address)?.port)
        return (fixture, server, "http://127.0.0.1:\(port)")
    }

    @Test func theResultsFormSavesOnlyTheChangedScoreAndRefusesBadOnes() async throws {
        let (fixture, server, origin) = try await startedEditor(with: ["agencies/test/2566/results.yaml": Self.editorResults])
        let form = server.address + "_edit/test/2566/results/"
        let file = fixture.content.appending(path: "agencies/test/2566/results.yaml")
        let year = try await get(server.address + "_edit/test/2566/")
        #expect(year.body.contains("<a href=\"results/\">") && year.body.contains("<a href=\"analysis/\">"))

        let page = try await get(form)
        #expect(page.status == 200)
        #expect(page.body.contains("ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่"), "the framework's indicator titles")
        #expect(page.body.contains("name=\"indicators.10\" value=\"\""), "every indicator of the round, written or not")
        #expect(page.body.contains("i1 เจ้าหน้าที่ของหน่วยงานท่าน"), "the framework's question texts")
        #expect(page.body.contains("name=\"indicators.2\" value=\"88.05\""))
        #expect(page.body.contains("name=\"stated.label\""))
        let token = try hidden("token", in: page.body)
        let sha = try hidden("sha", in: page.body)

        for bad in ["120", "สูง", "-1"] {
            let refused = try await post(
                form, fields: [("token", token), ("sha", sha), ("indicators.2", bad), ("indicators.3", "๗๐")], origin: origin)
            #expect(refused.status == 422, "\(bad)")
            #expect(refused.body.contains("id=\"p-indicators.2\""), "\(bad)")
            #expect(refused.body.contains("aria-describedby=\"p-indicators.2\" aria-invalid=\"true\""), "\(bad)")
            #expect(try String(contentsOf: file, encoding: .utf8) == Self.editorResults, "nothing written for \(bad)")
        }

        // Thai digits are accepted; 94.140 is the score already there, so its line is left alone.
        let saved = try await post(
            form,
            fields: [
                ("token", token), ("sha", sha), ("indicators.1", "94.140"), ("indicators.2", "๙๐.๕"), ("questions.i2", "75"),
            ], origin: origin)
        #expect(saved.status == 200)
        #expect(saved.body.contains("บันทึกแล้ว"))
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = LineDiffProbe.changedLines(Self.editorResults, text)
        #expect(changed.removed == ["  2: 88.05   # ตามประกาศ"], "\(text)")
        #expect(changed.added == ["  2: 90.5   # ตามประกาศ", "  i2: 75"], "\(text)")

        // A form made from the file before that save is stale: 409, nothing written.
        let stale = try await post(form, fields: [("token", token), ("sha", sha), ("indicators.3", "50")], origin: origin)
        #expect(stale.status == 409)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func aYearWithoutResultsGetsTheFileOnItsFirstSave() async throws {
        let (fixture, server, origin) = try await startedEditor(with: [:])
        let form = server.address + "_edit/test/2566/results/"
        let file = fixture.content.appending(path: "agencies/test/2566/results.yaml")
        let page = try await get(form)
        #expect(page.status == 200)
        #expect(page.body.contains("ยังไม่มี results.yaml"))
        let fields = [("token", try hidden("token", in: page.body)), ("sha", try hidden("sha", in: page.body))]
        let saved = try await post(form, fields: fields + [("indicators.1", "๘๐.๕"), ("stated.label", "ผ่าน")], origin: origin)
        #expect(saved.status == 200)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# results.yaml: คะแนน ITA ที่องค์การบริหารส่วนตำบลทดสอบได้รับในรอบการประเมิน 2566"), "\(text)")
        #expect(text.contains("indicators:\n  1: 80.5\n") && text.contains("stated:\n  label: ผ่าน\n"), "\(text)")
        // The same empty form again: the file exists now, so it is not overwritten.
        let again = try await post(form, fields: fields + [("indicators.1", "10")], origin: origin)
        #expect(again.status == 409)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func theAnalysisFormEditsRemovesAndRefusesEntries() async throws {
        let (fixture, server, origin) = try await startedEditor(with: [
            "agencies/test/2566/results.yaml": Self.editorResults, "agencies/test/2566/analysis.yaml": Self.editorAnalysis,
        ])
        let form = server.address + "_edit/test/2566/analysis/"
        let file = fixture.content.appending(path: "agencies/test/2566/analysis.yaml")
        var page = try await get(form)
        #expect(page.status == 200)
        #expect(page.body.contains("ตามกรอบการประเมิน: i1 เจ้าหน้าที่ของหน่วยงานท่าน"), "the question's text from the framework")
        #expect(page.body.contains("ตามกรอบการประเมิน: การใช้งบประมาณ"), "the indicator's name from the framework")
        #expect(page.body.contains("name=\"e-count\" value=\"3\""))
        let token = try hidden("token", in: page.body)
        var sha = try hidden("sha", in: page.body)

        let refused = try await post(
            form, fields: [("token", token), ("sha", sha), ("threshold", "๑๒๐"), ("issue", "x")], origin: origin)
        #expect(refused.status == 422)
        #expect(refused.body.contains("id=\"p-threshold\""))
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.editorAnalysis)

        // One entry's issue changes, the second entry is removed: only those lines change.
        let entries = Self.postedEntries([
            ["kind": "question", "code": "i1", "issue": "ประเด็นที่ 1 แก้แล้ว", "analysis": "ปรับปรุงคะแนน"],
            ["kind": "indicator", "code": "2", "issue": "ประเด็นที่ 2"], ["kind": "question", "code": "e1", "issue": "ประเด็นที่ 3"],
        ])
        let saved = try await post(
            form, fields: [("token", token), ("sha", sha)] + entries + [("e-1-remove", "1")], origin: origin)
        #expect(saved.status == 200)
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = LineDiffProbe.changedLines(Self.editorAnalysis, text)
        #expect(changed.removed == ["    issue: ประเด็นที่ 1", "  - indicator: 2", "    issue: ประเด็นที่ 2"], "\(text)")
        #expect(changed.added == ["    issue: ประเด็นที่ 1 แก้แล้ว"], "\(text)")
        #expect(text.contains("    # แถวนี้ครอบคลุมข้อ i1–i6\n"))
        let stale = try await post(form, fields: [("token", token), ("sha", sha), ("threshold", "70")], origin: origin)
        #expect(stale.status == 409, "a form made before the save is stale")
        #expect(try String(contentsOf: file, encoding: .utf8) == text)

        // A subject that is no question code is refused beside its field.
        page = try await get(form)
        sha = try hidden("sha", in: page.body)
        let badCode = Self.postedEntries([
            ["kind": "question", "code": "i1", "issue": "ประเด็นที่ 1 แก้แล้ว", "analysis": "ปรับปรุงคะแนน"],
            ["kind": "question", "code": "ข้อสาม", "issue": "ประเด็นที่ 3"],
        ])
        let refusedCode = try await post(form, fields: [("token", token), ("sha", sha)] + badCode, origin: origin)
        #expect(refusedCode.status == 422)
        #expect(refusedCode.body.contains("id=\"p-e-1-code\""))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)

        // Moved down one place: the entry's lines move, its comment with it.
        let both = Self.postedEntries([
            ["kind": "question", "code": "i1", "issue": "ประเด็นที่ 1 แก้แล้ว", "analysis": "ปรับปรุงคะแนน"],
            ["kind": "question", "code": "e1", "issue": "ประเด็นที่ 3"],
        ])
        let moved = try await post(form, fields: [("token", token), ("sha", sha), ("action", "down-0")] + both, origin: origin)
        #expect(moved.status == 200)
        let after = try String(contentsOf: file, encoding: .utf8)
        let block = "  - question: i1\n    # แถวนี้ครอบคลุมข้อ i1–i6\n    issue: ประเด็นที่ 1 แก้แล้ว\n    analysis: ปรับปรุงคะแนน\n"
        #expect(after.contains("entries:\n  - question: e1\n    issue: ประเด็นที่ 3\n" + block + "constraints:"), "\(after)")
    }

    @Test func aMarkdownPreviewShowsTheBuildsHTMLAndSavesNothing() async throws {
        let (fixture, server, origin) = try await startedEditor(with: ["agencies/test/2566/analysis.yaml": Self.editorAnalysis])
        let form = server.address + "_edit/test/2566/analysis/"
        let file = fixture.content.appending(path: "agencies/test/2566/analysis.yaml")
        let page = try await get(form)
        #expect(page.body.contains("value=\"preview-summary\" formaction=\"/_edit/test/2566/analysis/#v-summary\""))
        let typed = "**ตัวหนา** <script>alert(1)</script>\n\n| ก | ข |\n|---|---|\n| 1 | 2 |"
        let fields = [("token", try hidden("token", in: page.body)), ("sha", try hidden("sha", in: page.body))]
        let preview = try await post(form, fields: fields + [("summary", typed), ("action", "preview-summary")], origin: origin)
        #expect(preview.status == 200)
        #expect(preview.body.contains("id=\"v-summary\""))
        #expect(preview.body.contains(Markdown.html(typed)), "the build's own rendering")
        #expect(preview.body.contains("<strong>ตัวหนา</strong>") && preview.body.contains("<table>"))
        #expect(!preview.body.contains("<script>alert"), "raw HTML is dropped, the typed text escaped")
        #expect(preview.body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the textarea keeps what was typed")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.editorAnalysis, "a preview saves nothing")

        // An entry's preview when an entry before it is ticked for removal: shown where the entry now is.
        let entries = Self.postedEntries([
            ["kind": "question", "code": "i1"], ["kind": "indicator", "code": "2"],
            ["kind": "question", "code": "e1", "analysis": "**สาม**"],
        ])
        let moved = try await post(
            form, fields: fields + entries + [("e-0-remove", "1"), ("action", "preview-e-2-analysis")], origin: origin)
        #expect(moved.status == 200)
        #expect(moved.body.contains("id=\"v-e-1-analysis\"") && moved.body.contains("<strong>สาม</strong>"))
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.editorAnalysis)

        // The item form's body has the same preview.
        let item = server.address + "_edit/test/2566/o7/"
        let itemPage = try await get(item)
        let itemFields = [("token", try hidden("token", in: itemPage.body)), ("sha", try hidden("sha", in: itemPage.body))]
        let itemPreview = try await post(
            item, fields: itemFields + [("body", "# หัวข้อ\n\nข้อความ"), ("action", "preview-body")], origin: origin)
        #expect(itemPreview.status == 200)
        #expect(itemPreview.body.contains("<h1>หัวข้อ</h1>"))
        let year = try String(contentsOf: fixture.content.appending(path: "agencies/test/2566/year.yaml"), encoding: .utf8)
        #expect(year == Self.editorYear)
    }

    /// The entries of the analysis form as it posts them, each from its place in the file: the
    /// fields named, every other field empty (as a browser posts an empty input).
    static func postedEntries(_ entries: [[String: String]]) -> [(String, String)] {
        var fields = [("e-count", String(entries.count))]
        for (index, entry) in entries.enumerated() {
            fields.append(("e-\(index)-origin", String(index)))
            for key in ["kind", "code"] + AnalysisValues.Entry.texts + ["steps"] {
                fields.append(("e-\(index)-\(key)", entry[key] ?? ""))
            }
        }
        return fields
    }
}

/// A file the editor writes for the first time is never written over one that appeared meanwhile.
@Test func aNewContentFileNeverReplacesAnExistingOne() throws {
    let folder = FileManager.default.temporaryDirectory.appending(path: "oit-new-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appending(path: "results.yaml")
    try NewContentFile.create("indicators:\n  1: 80\n", at: file)
    #expect(try String(contentsOf: file, encoding: .utf8) == "indicators:\n  1: 80\n")
    #expect(throws: YAMLEditError.changedOnDisk(current: Data("indicators:\n  1: 80\n".utf8))) {
        try NewContentFile.create("indicators:\n  1: 10\n", at: file)
    }
    #expect(try String(contentsOf: file, encoding: .utf8) == "indicators:\n  1: 80\n")
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["results.yaml"], "no temporary file left")
}

/// An entry that changes from a question to an indicator keeps its line: the new key takes the
/// old one's place on the `- ` line, its comment stays below it.
@Test func anAnalysisEntrysSubjectChangesOnItsOwnLine() throws {
    let text = ServeTests.editorAnalysis
    let old = AnalysisValues(ContentYAML(text: text, file: ""))
    var new = old
    new.entries[0].kind = "indicator"
    new.entries[0].code = "1"
    let edits = AnalysisEdits.edits(from: old, to: new)
    let after = try YAMLTextEditor.apply(edits, to: text, order: .forFile(URL(fileURLWithPath: "analysis.yaml")))
    let changed = LineDiffProbe.changedLines(text, after)
    #expect(changed.removed == ["  - question: i1"], "\(after)")
    #expect(changed.added == ["  - indicator: 1"], "\(after)")
}
