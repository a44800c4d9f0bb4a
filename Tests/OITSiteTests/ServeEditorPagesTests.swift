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

/// Issue 21: the editor's pages as a clerk reads them (agencies by name, a year's table that stacks
/// on a phone), a refused profile save that keeps what was typed, and `--commit`.
extension ServeTests {
    @Test func agenciesAreListedByNameAndTheYearTableStacksOnAPhone() async throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let hostile = """
            name: อบต.<i>ลอง</i> & "ทดสอบ"
            province: ลพบุรี
            website: https://www.example.go.th/

            """
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML, "agencies/test/2566/year.yaml": Self.editorYear,
            "agencies/other/agency.yaml": hostile,
        ])
        let server = try Server(in: fixture.content)
        _ = try await waitFor(server) { ($0["version"] as? Int ?? 0) >= 1 }

        let list = try await get(server.address + "_edit/")
        #expect(list.status == 200)
        #expect(
            list.body.contains(
                "<a href=\"/_edit/test/\">องค์การบริหารส่วนตำบลทดสอบ</a> <small class=\"slug\">test</small>"), "\(list.body)")
        #expect(list.body.contains("อบต.&lt;i&gt;ลอง&lt;/i&gt; &amp; &quot;ทดสอบ&quot;</a> <small class=\"slug\">other</small>"))
        #expect(!list.body.contains("<i>ลอง"), "the name is escaped")

        // Below 40em each row is a block whose cells carry their column's label; the roles keep a table.
        let year = try await get(server.address + "_edit/test/2566/")
        #expect(year.status == 200)
        #expect(year.body.contains("@media (max-width:40em)"))
        #expect(year.body.contains("content:attr(data-label)"))
        #expect(year.body.contains("<table class=\"items\" role=\"table\">"))
        #expect(year.body.contains("<th scope=\"row\" role=\"rowheader\"><a href=\"o7/\">o7</a>"))
        for label in ["สถานะ", "วันที่", "หลักฐาน", "ปัญหา"] {
            #expect(year.body.contains("<td role=\"cell\" data-label=\"\(label)\">"), "\(label)")
        }
    }

    @Test func aRefusedProfileSaveShowsWhatWasTypedWith422() async throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let fixture = try Self.editorFixture()
        let server = try Server(in: fixture.content)
        _ = try await waitFor(server) { ($0["version"] as? Int ?? 0) >= 1 }
        let port = try #require(URL(string: server.address)?.port)
        let form = server.address + "_edit/test/"
        let file = fixture.content.appending(path: "agencies/test/agency.yaml")

        let page = try await get(form)
        let fields = [
            ("token", try hidden("token", in: page.body)), ("sha", try hidden("sha", in: page.body)), ("name", ""),
            ("province", "เชียงใหม่"), ("phone", "0 3641 <1234>"),
        ]
        let refused = try await post(form, fields: fields, origin: "http://127.0.0.1:\(port)")
        #expect(refused.status == 422)
        #expect(refused.body.contains("ยังไม่ได้บันทึก"))
        #expect(refused.body.contains("name=\"name\" value=\"\" aria-describedby=\"p-name\" aria-invalid=\"true\""))
        #expect(refused.body.contains("id=\"p-name\""))
        #expect(refused.body.contains("name=\"province\" value=\"เชียงใหม่\""), "what the clerk typed, not the file's ลพบุรี")
        #expect(refused.body.contains("name=\"phone\" value=\"0 3641 &lt;1234&gt;\""))
        #expect(try String(contentsOf: file, encoding: .utf8) == Fixture.agencyYAML, "nothing was written")
    }

    @Test func withCommitASaveIsOneCommitOfItsFileOnly() async throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let fixture = try Self.editorFixture()
        let repository = fixture.root
        func git(_ arguments: String...) throws -> String {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["git", "-C", repository.path] + arguments
            let pipe = Pipe()
            process.standardOutput = pipe
            process.standardError = pipe
            try process.run()
            let data = pipe.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            let text = String(decoding: data, as: UTF8.self)
            try #require(process.terminationStatus == 0, "git \(arguments.joined(separator: " ")): \(text)")
            return text
        }
        _ = try git("init", "--quiet")
        _ = try git("config", "user.name", "Test")
        _ = try git("config", "user.email", "test@example.invalid")
        _ = try git("config", "commit.gpgsign", "false")
        _ = try git("add", "--", "Content")
        _ = try git("commit", "--quiet", "-m", "start")
        // Something the clerk staged themselves: the editor's commit must leave it staged, not take it.
        let profile = fixture.content.appending(path: "agencies/test/agency.yaml")
        try Data((Fixture.agencyYAML + "phone: 0 3641 1234\n").utf8).write(to: profile)
        _ = try git("add", "--", "Content/agencies/test/agency.yaml")

        let server = try Server(in: fixture.content, arguments: ["--commit"])
        _ = try await waitFor(server) { ($0["version"] as? Int ?? 0) >= 1 }
        let port = try #require(URL(string: server.address)?.port)
        let form = server.address + "_edit/test/2566/o7/"
        let page = try await get(form)
        let saved = try await post(
            form,
            fields: [
                ("token", try hidden("token", in: page.body)), ("sha", try hidden("sha", in: page.body)), ("status", "done"),
            ],
            origin: "http://127.0.0.1:\(port)")
        #expect(saved.status == 200)
        #expect(saved.body.contains("บันทึกแล้ว"))

        #expect(try git("rev-list", "--count", "HEAD") == "2\n", "exactly one commit")
        let message = try git("log", "-1", "--format=%s")
        #expect(message == "แก้ไข องค์การบริหารส่วนตำบลทดสอบ ปีงบประมาณ 2566 ข้อ o7 ด้วยตัวแก้ไขของ oit serve\n", "\(message)")
        #expect(try git("show", "--name-only", "--format=", "HEAD") == "Content/agencies/test/2566/year.yaml\n")
        #expect(try git("show", "HEAD:Content/agencies/test/2566/year.yaml").contains("status: done"))
        #expect(try git("diff", "--cached", "--name-only") == "Content/agencies/test/agency.yaml\n", "still staged")
        #expect(try git("status", "--porcelain", "--", "Content/agencies/test/2566") == "")
    }
}

/// The agency list's names, read from `agency.yaml` alone.
@Suite struct EditorAgencyNameTests {
    @Test func theNameComesFromAgencyYAMLAndIsNilWithoutOne() throws {
        let fixture = try Fixture([
            "agencies/named/agency.yaml": "name: \"  เทศบาลตำบลทดสอบ \"\nprovince: ลพบุรี\n",
            "agencies/unnamed/agency.yaml": "province: ลพบุรี\n",
            "agencies/broken/agency.yaml": "name: [\n",
            "agencies/empty/2566/year.yaml": "round: 2566\n",
        ])
        let content = EditorContent(root: fixture.content)
        #expect(content.agencyName("named") == "เทศบาลตำบลทดสอบ")
        #expect(content.agencyName("unnamed") == nil)
        #expect(content.agencyName("broken") == nil)
        #expect(content.agencyName("empty") == nil)
        #expect(content.agencyName("../named") == nil)
    }
}
