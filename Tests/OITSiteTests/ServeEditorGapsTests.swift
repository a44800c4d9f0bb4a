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

        let saved = try await post(
            form, fields: [("token", token), ("sha", sha), ("unit", "กองคลัง"), ("body", "รายงานรอบ 6 เดือน\r\n\r\n- ข้อแรก\r\n- ข้อสอง")],
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
        let expected = crlf.components(separatedBy: "---\r\n")[0...1].joined(separator: "---\r\n") + "---\r\nบรรทัดใหม่\r\nบรรทัดที่สอง\r\n"
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
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
