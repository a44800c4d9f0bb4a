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

/// Issue 21, the editor's gaps: an item kept in `items/oNN.md` is edited like one in `year.yaml`,
/// its front matter through the same writer and its body byte for byte.
extension ServeTests {
    static let markdownItem = """
        ---
        status: in-progress   # ยังไม่ครบ
        unit: สำนักปลัด
        elements: [1]
        evidence:
          - title: รายงาน
            url: https://www.example.go.th/o12
        ---
        รายงานรอบ 6 เดือน

        - ข้อแรก

        """

    @Test func anItemInItsOwnMarkdownFileIsEditedLineByLine() async throws {
        let (fixture, server, origin) = try await startedEditor(with: ["agencies/test/2566/items/o12.md": Self.markdownItem])
        let form = server.address + "_edit/test/2566/o12/"
        let file = fixture.content.appending(path: "agencies/test/2566/items/o12.md")

        let page = try await get(form)
        #expect(page.status == 200)
        #expect(page.body.contains("<form"), "a form, not the read-only notice")
        #expect(page.body.contains("value=\"สำนักปลัด\""))
        #expect(page.body.contains("รายงานรอบ 6 เดือน"), "the body in its textarea")
        let token = try hidden("token", in: page.body)
        let sha = try hidden("sha", in: page.body)

        let refused = try await post(form, fields: [("token", token), ("sha", sha), ("updated", "พรุ่งนี้")], origin: origin)
        #expect(refused.status == 422)
        #expect(refused.body.contains("id=\"p-updated\""))
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.markdownItem, "nothing written")

        // The body posted back as shown (a browser's CRLF, no final newline) is no change.
        let unchanged = try await post(
            form, fields: [("token", token), ("sha", sha), ("body", "รายงานรอบ 6 เดือน\r\n\r\n- ข้อแรก")], origin: origin)
        #expect(unchanged.body.contains("ไม่มีค่าที่เปลี่ยน"), "\(unchanged.body)")

        let saved = try await post(
            form,
            fields: [("token", token), ("sha", sha), ("unit", "กองคลัง"), ("body", "รายงานรอบ 6 เดือน\r\n\r\n- ข้อแรก\r\n- ข้อสอง")],
            origin: origin)
        #expect(saved.status == 200, "\(saved.body)")
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = LineDiffProbe.changedLines(Self.markdownItem, text)
        #expect(changed.removed == ["unit: สำนักปลัด"], "\(text)")
        #expect(changed.added == ["unit: กองคลัง", "- ข้อสอง"], "\(text)")
        #expect(text.hasPrefix("---\nstatus: in-progress   # ยังไม่ครบ\n"))
        #expect(!text.contains("\r"), "the browser's CRLF became the file's LF")

        // The form made before that save is stale now: refused with the difference, file kept.
        let conflict = try await post(form, fields: [("token", token), ("sha", sha), ("unit", "กองช่าง")], origin: origin)
        #expect(conflict.status == 409)
        #expect(conflict.body.contains("class=\"added\">+ unit: กองคลัง"))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func aMarkdownItemKeptWithCRLFKeepsItsLineEnds() async throws {
        let crlf = Self.markdownItem.replacingOccurrences(of: "\n", with: "\r\n")
        let (fixture, server, origin) = try await startedEditor(with: ["agencies/test/2566/items/o12.md": crlf])
        let form = server.address + "_edit/test/2566/o12/"
        let file = fixture.content.appending(path: "agencies/test/2566/items/o12.md")
        let page = try await get(form)
        let fields = [("token", try hidden("token", in: page.body)), ("sha", try hidden("sha", in: page.body))]
        let saved = try await post(form, fields: fields + [("body", "บรรทัดใหม่\r\nบรรทัดที่สอง")], origin: origin)
        #expect(saved.status == 200, "\(saved.body)")
        let bytes = try #require(FileManager.default.contents(atPath: file.path))
        let expected =
            crlf.components(separatedBy: "---\r\n")[0...1].joined(separator: "---\r\n") + "---\r\nบรรทัดใหม่\r\nบรรทัดที่สอง\r\n"
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }
}

extension ServeTests {
    @Test func theChecksProblemsInAMarkdownItemAreShownAtTheirFields() async throws {
        let dated = Self.markdownItem.replacingOccurrences(of: "unit: สำนักปลัด\n", with: "unit: สำนักปลัด\nupdated: 2019-01-05\n")
        let (fixture, server, _) = try await startedEditor(with: ["agencies/test/2566/items/o12.md": dated])
        let page = try await get(server.address + "_edit/test/2566/o12/")
        #expect(page.body.contains("id=\"p-updated\""), "the check's problem with the date beside the date")
        withExtendedLifetime(fixture) {}
    }
}

/// The body replacement on its own, without a server.
@Suite struct MarkdownItemFileTests {
    @Test func theBodyIsReplacedAfterTheClosingMarkerOnly() {
        let text = "---\nstatus: done\n---\nold\n"
        #expect(MarkdownItemFile.replacingBody(in: text, with: "new\r\ntext") == "---\nstatus: done\n---\nnew\ntext\n")
        #expect(MarkdownItemFile.replacingBody(in: "---\nstatus: done\n---", with: "b") == "---\nstatus: done\n---\nb\n")
        #expect(MarkdownItemFile.replacingBody(in: text, with: "  \r\n") == "---\nstatus: done\n---\n")
        #expect(MarkdownItemFile.replacingBody(in: "---\nstatus: done\n", with: "b") == nil, "unclosed")
    }

    @Test func frontMatterEditsLoseTheItemsPrefixAndTheBody() {
        let edits = [
            YAMLEdit(path: YAMLKeyPath([.key("items"), .key("o12"), .key("unit")]), value: .scalar("x")),
            YAMLEdit(path: YAMLKeyPath([.key("items"), .key("o12"), .key("body")]), value: .scalar("y")),
        ]
        let front = MarkdownItemFile.frontMatterEdits(edits)
        #expect(front.map(\.path.description) == ["unit"])
    }
}

/// Issue 21, the editor's gaps: the profile's social links (added, removed, reordered) and logo
/// (uploaded, kept, removed; SVG refused).
extension ServeTests {
    static let profileWithLinks = """
        name: องค์การบริหารส่วนตำบลทดสอบ
        province: ลพบุรี
        website: https://www.example.go.th/
        phone: 036-123456
        social:
          - name: Facebook
            url: https://www.facebook.com/test
          - name: YouTube
            url: https://www.youtube.com/test
        digits: arabic   # เลขอารบิก

        """

    @Test func theProfileFormEditsSocialLinksLineByLine() async throws {
        let (fixture, server, origin) = try await startedEditor(with: ["agencies/test/agency.yaml": Self.profileWithLinks])
        let form = server.address + "_edit/test/"
        let file = fixture.content.appending(path: "agencies/test/agency.yaml")
        let page = try await get(form)
        #expect(page.body.contains("name=\"social-0-url\" value=\"https://www.facebook.com/test\""))
        #expect(page.body.contains("name=\"social-count\" value=\"2\""))
        #expect(page.body.contains("value=\"social-down-0\"") && page.body.contains("value=\"social-up-1\""))
        let firstButton = try #require(page.body.range(of: "<button type=\"submit\"")).upperBound
        #expect(page.body[firstButton...].hasPrefix(" name=\"action\" value=\"save\""), "Enter in a text field saves")
        #expect(page.body.contains("name=\"logo\"") && page.body.contains("ยังไม่มีโลโก้"))
        let token = try hidden("token", in: page.body)
        let sha = try hidden("sha", in: page.body)
        let kept = [
            ("social-count", "2"), ("social-0-name", "Facebook"), ("social-0-url", "https://www.facebook.com/test"),
            ("social-1-name", "YouTube"), ("social-1-url", "https://www.youtube.com/test"),
        ]

        let refused = try await post(
            form, fields: [("token", token), ("sha", sha)] + kept + [("social-new-name", "LINE"), ("social-new-url", "line")],
            origin: origin)
        #expect(refused.status == 422)
        #expect(refused.body.contains("id=\"p-social-new\""))
        #expect(refused.body.contains("aria-describedby=\"p-social-new\""))
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.profileWithLinks, "nothing written")

        let saved = try await post(
            form,
            fields: [("token", token), ("sha", sha)] + kept + [
                ("social-1-remove", "1"), ("social-new-name", "LINE"), ("social-new-url", "https://line.me/ti/p/test"),
            ], origin: origin)
        #expect(saved.status == 200, "\(saved.body)")
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = LineDiffProbe.changedLines(Self.profileWithLinks, text)
        #expect(changed.removed == ["  - name: YouTube", "    url: https://www.youtube.com/test"], "\(text)")
        #expect(changed.added == ["  - name: LINE", "    url: https://line.me/ti/p/test"], "\(text)")

        let again = try await get(form)
        let moved = try await post(
            form,
            fields: [("token", token), ("sha", try hidden("sha", in: again.body))] + [
                ("social-count", "2"), ("social-0-name", "Facebook"), ("social-0-url", "https://www.facebook.com/test"),
                ("social-1-name", "LINE"), ("social-1-url", "https://line.me/ti/p/test"), ("action", "social-up-1"),
            ], origin: origin)
        #expect(moved.status == 200)
        let reordered = try String(contentsOf: file, encoding: .utf8)
        #expect(
            reordered.contains("social:\n  - name: LINE\n    url: https://line.me/ti/p/test\n  - name: Facebook\n"),
            "\(reordered)")
        #expect(reordered.hasSuffix("digits: arabic   # เลขอารบิก\n"))

        let stale = try await post(form, fields: [("token", token), ("sha", sha), ("phone", "036-000000")], origin: origin)
        #expect(stale.status == 409)
        #expect(try String(contentsOf: file, encoding: .utf8) == reordered)
    }

    @Test func theLogoIsUploadedShownAndRemovedAndSVGIsRefused() async throws {
        let (fixture, server, origin) = try await startedEditor()
        let form = server.address + "_edit/test/"
        let folder = fixture.content.appending(path: "agencies/test")
        let file = folder.appending(path: "agency.yaml")
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) + Data("IHDR0000".utf8)

        var page = try await get(form)
        let token = try hidden("token", in: page.body)
        let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>".utf8)
        let refused = try await postFile(
            form, fields: [("token", token), ("sha", try hidden("sha", in: page.body))], file: ("logo.svg", svg), origin: origin)
        #expect(refused.status == 422)
        #expect(refused.body.contains("id=\"p-logo\"") && refused.body.contains("ไม่รับโลโก้แบบ SVG เพราะไฟล์ SVG ใส่สคริปต์ได้"))
        #expect(!FileManager.default.fileExists(atPath: folder.appending(path: "logo.svg").path))
        #expect(try String(contentsOf: file, encoding: .utf8) == Fixture.agencyYAML, "nothing written")

        let saved = try await postFile(
            form, fields: [("token", token), ("sha", try hidden("sha", in: page.body))], file: ("โลโก้.PNG", png), origin: origin)
        #expect(saved.status == 200, "\(saved.body)")
        #expect(FileManager.default.contents(atPath: folder.appending(path: "logo.png").path) == png)
        #expect(try String(contentsOf: file, encoding: .utf8) == Fixture.agencyYAML + "logo: logo.png\n")
        page = try await get(form)
        #expect(page.body.contains("alt=\"โลโก้ขององค์การบริหารส่วนตำบลทดสอบ\""))
        #expect(page.body.contains("<code>logo.png</code>"))

        let removed = try await post(
            form, fields: [("token", token), ("sha", try hidden("sha", in: page.body)), ("logo-remove", "1")], origin: origin)
        #expect(removed.status == 200)
        #expect(try String(contentsOf: file, encoding: .utf8) == Fixture.agencyYAML)
        #expect(FileManager.default.fileExists(atPath: folder.appending(path: "logo.png").path), "the file itself is kept")
    }

    /// `post` with the file in the field `field` (`logo`, `e-1-upload`), as those forms send it.
    func postFile(
        _ url: String, fields: [(String, String)], field: String = "logo", file: (name: String, data: Data), origin: String
    ) async throws -> Answer {
        var request = URLRequest(url: try #require(URL(string: url)))
        request.httpMethod = "POST"
        let boundary = "----oit\(UUID().uuidString)"
        request.setValue("multipart/form-data; boundary=\(boundary)", forHTTPHeaderField: "Content-Type")
        request.setValue(origin, forHTTPHeaderField: "Origin")
        var body = Data()
        for (name, value) in fields {
            body.append(Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8))
        }
        body.append(
            Data(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(file.name)\"\r\nContent-Type: image/png\r\n\r\n"
                    .utf8))
        body.append(file.data + Data("\r\n--\(boundary)--\r\n".utf8))
        request.httpBody = body
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = try #require(response as? HTTPURLResponse)
        return Answer(
            status: http.statusCode, type: http.value(forHTTPHeaderField: "Content-Type") ?? "",
            body: String(decoding: data, as: UTF8.self))
    }
}

/// Issue 21, the editor's gaps: a progress report's entry takes an uploaded file as evidence.
extension ServeTests {
    @Test func aProgressEntryTakesAnUploadedFileAsEvidence() async throws {
        let (fixture, server, origin) = try await startedCycleEditor([
            "agencies/test/2566/measures.yaml": Self.cycleMeasures, "agencies/test/2566/progress/12-month.yaml": Self.cycleReport,
        ])
        let form = server.address + "_edit/test/2566/progress/12-month/"
        let year = fixture.content.appending(path: "agencies/test/2566")
        let file = year.appending(path: "progress/12-month.yaml")
        var page = try await get(form)
        #expect(page.body.contains("name=\"e-1-upload\"") && page.body.contains("aria-describedby=\"h-entry-1-upload\""))
        let token = try hidden("token", in: page.body)
        func fields(_ sha: String) -> [(String, String)] {
            [
                ("token", token), ("sha", sha), ("round", "12-month"), ("date", "11/08/2566"), ("title", ""), ("e-count", "3"),
                ("e-0-measure", "M1"), ("e-0-origin", "0"), ("e-0-status", "in-progress"),
                ("e-0-summary", "เริ่มจัดทำคู่มือแล้ว"), ("e-1-measure", "M2"), ("e-1-origin", "1"), ("e-1-status", "done"),
                ("e-1-ev-new-title", "ประกาศผู้ชนะ"), ("e-2-measure", "M3"), ("e-2-origin", ""), ("e-2-status", ""),
            ]
        }
        let html = Data("<html><script>alert(1)</script>".utf8)
        let refused = try await postFile(
            form, fields: fields(try hidden("sha", in: page.body)), field: "e-1-upload", file: ("a.pdf", html), origin: origin)
        #expect(refused.status == 422)
        #expect(refused.body.contains("id=\"p-entry-1-upload\""))
        #expect(!refused.body.contains("<script>alert"))
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.cycleReport, "nothing written")

        let pdf = Data("%PDF-1.4\n%%EOF\n".utf8)
        let saved = try await postFile(
            form, fields: fields(try hidden("sha", in: page.body)), field: "e-1-upload", file: ("ประกาศ.pdf", pdf),
            origin: origin)
        #expect(saved.status == 200, "\(saved.body)")
        #expect(FileManager.default.contents(atPath: year.appending(path: "files/ประกาศ.pdf").path) == pdf)
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = LineDiffProbe.changedLines(Self.cycleReport, text)
        #expect(changed.removed.isEmpty, "\(text)")
        #expect(changed.added == ["    evidence:", "      - title: ประกาศผู้ชนะ", "        file: files/ประกาศ.pdf"], "\(text)")
        page = try await get(form)
        #expect(page.body.contains("<code>files/ประกาศ.pdf</code>"))
    }
}

/// Issue 21, the editor's gaps: a progress report's memo (บันทึกข้อความ) is edited in its form.
extension ServeTests {
    static let reportWithMemo =
        cycleReport + """
            memo:
              office: สำนักปลัด
              number: ลบ 123/45   # เลขหนังสือ
              date: 2023-08-11
              subject: รายงานผลการดำเนินการ
              to: นายก
              signatures:
                - name: (นางสาวทดสอบ)
                  position: นักวิเคราะห์นโยบายและแผน

            """

    @Test func aProgressReportsMemoIsEditedLineByLine() async throws {
        let (fixture, server, origin) = try await startedCycleEditor([
            "agencies/test/2566/measures.yaml": Self.cycleMeasures,
            "agencies/test/2566/progress/12-month.yaml": Self.reportWithMemo,
        ])
        let form = server.address + "_edit/test/2566/progress/12-month/"
        let file = fixture.content.appending(path: "agencies/test/2566/progress/12-month.yaml")
        let page = try await get(form)
        #expect(page.body.contains("name=\"memo-subject\" value=\"รายงานผลการดำเนินการ\""))
        #expect(page.body.contains("name=\"memo-date\" value=\"11/08/2566\""), "the memo's date in the Buddhist Era")
        #expect(page.body.contains("name=\"memo-sig-0-position\" value=\"นักวิเคราะห์นโยบายและแผน\""))
        let token = try hidden("token", in: page.body)
        let sha = try hidden("sha", in: page.body)
        func fields(subject: String, to: String) -> [(String, String)] {
            [
                ("token", token), ("sha", sha), ("e-count", "3"), ("e-0-measure", "M1"), ("e-0-origin", "0"),
                ("e-0-status", "in-progress"), ("e-0-summary", "เริ่มจัดทำคู่มือแล้ว"), ("e-1-measure", "M2"), ("e-1-origin", "1"),
                ("e-1-status", "done"), ("e-2-measure", "M3"), ("e-2-origin", ""), ("e-2-status", ""), ("memo-shown", "1"),
                ("memo-office", "สำนักปลัด"), ("memo-number", "ลบ 123/45"), ("memo-date", "11/8/2566"),
                ("memo-subject", subject), ("memo-to", to), ("memo-body", ""), ("memo-sig-count", "1"),
                ("memo-sig-0-name", "(นางสาวทดสอบ)"), ("memo-sig-0-position", "นักวิเคราะห์นโยบายและแผน"),
            ]
        }
        let refused = try await post(form, fields: fields(subject: "รายงาน", to: ""), origin: origin)
        #expect(refused.status == 422)
        #expect(refused.body.contains("id=\"p-memo-to\"") && refused.body.contains("aria-describedby=\"p-memo-to\""))
        #expect(refused.body.contains("value=\"รายงาน\""), "the typed values kept")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.reportWithMemo, "nothing written")

        let saved = try await post(
            form, fields: fields(subject: "รายงานผลรอบ 12 เดือน", to: "นายก") + [("memo-sig-new-name", "(นายสอง)")], origin: origin
        )
        #expect(saved.status == 200, "\(saved.body)")
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = LineDiffProbe.changedLines(Self.reportWithMemo, text)
        #expect(changed.removed.contains("  subject: รายงานผลการดำเนินการ"), "\(text)")
        #expect(changed.added.contains("  subject: รายงานผลรอบ 12 เดือน"), "\(text)")
        #expect(changed.added.contains { $0.contains("name: (นายสอง)") }, "\(text)")
        #expect(!changed.removed.contains { $0.contains("number:") || $0.contains("status:") }, "\(text)")
    }

    @Test func aMemoStartedInTheFormIsWrittenWhole() async throws {
        let (fixture, server, origin) = try await startedCycleEditor([
            "agencies/test/2566/measures.yaml": Self.cycleMeasures, "agencies/test/2566/progress/12-month.yaml": Self.cycleReport,
        ])
        let form = server.address + "_edit/test/2566/progress/12-month/"
        let file = fixture.content.appending(path: "agencies/test/2566/progress/12-month.yaml")
        let page = try await get(form)
        // The page's own fields as it shows them (the memo's all empty), the statuses chosen, then the memo typed.
        let fields =
            try Self.formFields(page.body) + [
                ("e-0-status", "in-progress"), ("e-1-status", "done"), ("memo-office", "สำนักปลัด"), ("memo-subject", "รายงาน"),
                ("memo-to", "นายก"), ("memo-date", "16/10/2566"),
            ]
        let saved = try await post(form, fields: fields, origin: origin)
        #expect(saved.status == 200, "\(saved.body)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(
            text == Self.cycleReport + "memo:\n  office: สำนักปลัด\n  date: 2023-10-16\n  subject: รายงาน\n  to: นายก\n", "\(text)")
    }
}
