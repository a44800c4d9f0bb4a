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

/// Issue 21: the editor's forms for the measures and the progress reports of a year, and a new
/// year started from the agency page as `oit new year` starts it.
extension ServeTests {
    static let cycleMeasures = """
        # มาตรการของผู้ดูแล
        measures:
          - id: M1
            title: จัดทำคู่มือการปฏิบัติงาน
            questions: [i1, e1]   # ประเด็นที่ 1
            steps:
              - จัดทำคู่มือ
              - เผยแพร่คู่มือ
            period: ตลอดปีงบประมาณ 2566
            units: [สำนักปลัด]
          - id: M2
            title: เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง
            items: [o12]
          - id: M3
            title: อบรมคุณธรรม
            questions: [i3]

        """

    static let cycleReport = """
        # รายงานของผู้ดูแล
        round: 12-month
        date: 2023-08-11
        entries:
          - measure: M1
            status: in-progress   # ยังไม่ครบ
            summary: เริ่มจัดทำคู่มือแล้ว
          - measure: M2
            status: done

        """

    /// `oit serve` on agency `test` with year 2566 (`year.yaml`) and `extra` files.
    func startedCycleEditor(_ extra: [String: String]) async throws -> (fixture: Fixture, server: Server, origin: String) {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        var files = ["agencies/test/agency.yaml": Fixture.agencyYAML, "agencies/test/2566/year.yaml": Self.editorYear]
        files.merge(extra) { _, new in new }
        let fixture = try Fixture(files)
        let server = try Server(in: fixture.content)
        _ = try await waitFor(server) { ($0["version"] as? Int ?? 0) >= 1 }
        let port = try #require(URL(string: server.address)?.port)
        return (fixture, server, "http://127.0.0.1:\(port)")
    }

    @Test func theMeasuresFormSavesOnlyChangedLinesAndRefusesUnknownCodes() async throws {
        let (fixture, server, origin) = try await startedCycleEditor(["agencies/test/2566/measures.yaml": Self.cycleMeasures])
        let form = server.address + "_edit/test/2566/measures/"
        let file = fixture.content.appending(path: "agencies/test/2566/measures.yaml")
        let yearPage = try await get(server.address + "_edit/test/2566/")
        #expect(yearPage.body.contains("<a href=\"measures/\">มาตรการ (3 มาตรการ)</a>"))
        #expect(yearPage.body.contains("<a href=\"progress/\">"))

        var page = try await get(form)
        #expect(page.status == 200)
        for name in [
            "m-0-id", "m-0-title", "m-0-indicators", "m-0-questions", "m-0-items", "m-0-issue", "m-0-steps", "m-0-period",
            "m-0-units", "m-new-title",
        ] {
            #expect(page.body.contains("name=\"\(name)\""), "\(name)")
        }
        #expect(page.body.contains(">i1\ne1</textarea>"))
        #expect(page.body.contains("value=\"M4\""), "the new measure's suggested id")
        let token = try hidden("token", in: page.body)
        var sha = try hidden("sha", in: page.body)
        var fields = try Self.formFields(page.body)
        #expect(fields.contains { $0 == ("sha", sha) } && fields.contains { $0 == ("m-count", "3") })

        // An unknown question code is refused beside its field; nothing is written.
        var bad = fields.filter { $0.0 != "m-2-questions" }
        bad.append(("m-2-questions", "i3\ni999"))
        let refused = try await post(form, fields: bad, origin: origin)
        #expect(refused.status == 422)
        #expect(refused.body.contains("id=\"p-measure-2-questions\""))
        #expect(refused.body.contains("aria-describedby=\"p-measure-2-questions\""))
        #expect(refused.body.contains("i999"), "the typed value is kept")
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.cycleMeasures)

        // A changed title and a changed list: only their lines.
        fields = fields.map { $0.0 == "m-1-title" ? ($0.0, "เผยแพร่แผนการจัดซื้อจัดจ้าง") : $0 }
        fields = fields.map { $0.0 == "m-0-units" ? ($0.0, "สำนักปลัด\r\nกองคลัง") : $0 }
        let saved = try await post(form, fields: fields, origin: origin)
        #expect(saved.status == 200)
        #expect(saved.body.contains("บันทึกแล้ว"))
        var text = try String(contentsOf: file, encoding: .utf8)
        var changed = LineDiffProbe.changedLines(Self.cycleMeasures, text)
        #expect(changed.removed == ["    units: [สำนักปลัด]", "    title: เผยแพร่ข้อมูลการจัดซื้อจัดจ้าง"], "\(text)")
        #expect(changed.added == ["    units: [สำนักปลัด, กองคลัง]", "    title: เผยแพร่แผนการจัดซื้อจัดจ้าง"], "\(text)")

        // Remove the second measure: exactly its lines go.
        page = try await get(form)
        sha = try hidden("sha", in: page.body)
        let before = text
        let removed = try await post(form, fields: try Self.formFields(page.body) + [("action", "remove-1")], origin: origin)
        #expect(removed.status == 200)
        text = try String(contentsOf: file, encoding: .utf8)
        changed = LineDiffProbe.changedLines(before, text)
        #expect(changed.removed == ["  - id: M2", "    title: เผยแพร่แผนการจัดซื้อจัดจ้าง", "    items: [o12]"], "\(text)")
        #expect(changed.added.isEmpty)

        // A stale form is refused with the difference.
        let stale = try await post(form, fields: [("token", token), ("sha", sha), ("m-count", "0")], origin: origin)
        #expect(stale.status == 409)
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    /// The fields a page's form posts as it shows them: hidden and text inputs, text areas.
    static func formFields(_ page: String) throws -> [(String, String)] {
        let patterns = [
            "<input type=\"(?:hidden|text)\"[^>]*? name=\"([^\"]+)\" value=\"([^\"]*)\"",
            "<textarea [^>]*?name=\"([^\"]+)\"[^>]*>([^<]*)</textarea>",
        ]
        var fields: [(String, String)] = []
        for pattern in patterns {
            let expression = try NSRegularExpression(pattern: pattern)
            let whole = NSRange(page.startIndex..., in: page)
            for match in expression.matches(in: page, range: whole) {
                guard let name = Range(match.range(at: 1), in: page), let value = Range(match.range(at: 2), in: page) else {
                    continue
                }
                let text = String(page[value]).replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(
                    of: "&lt;", with: "<"
                )
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
                // A browser posts a text area's line ends as CRLF (HTML's form submission).
                fields.append(
                    (
                        String(page[name]),
                        pattern.hasPrefix("<textarea") ? text.replacingOccurrences(of: "\n", with: "\r\n") : text
                    ))
            }
        }
        return fields
    }

    @Test func theFirstSaveOfMeasuresCreatesTheFileWithAHeader() async throws {
        let (fixture, server, origin) = try await startedCycleEditor([:])
        let form = server.address + "_edit/test/2566/measures/"
        let file = fixture.content.appending(path: "agencies/test/2566/measures.yaml")
        let page = try await get(form)
        #expect(page.status == 200)
        let fields = [
            ("token", try hidden("token", in: page.body)), ("sha", try hidden("sha", in: page.body)), ("m-count", "0"),
            ("m-new-id", "M1"), ("m-new-title", "จัดทำคู่มือ"), ("m-new-questions", "i1, e1"), ("action", "add"),
        ]
        let saved = try await post(form, fields: fields, origin: origin)
        #expect(saved.status == 200, "\(saved.body)")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# มาตรการของ"))
        #expect(text.contains("measures:\n  - id: M1\n    title: จัดทำคู่มือ\n    questions:\n      - i1\n      - e1\n"), "\(text)")
    }

    @Test func theProgressFormSavesStatusesAndShowsTheDateWarning() async throws {
        let (fixture, server, origin) = try await startedCycleEditor([
            "agencies/test/2566/measures.yaml": Self.cycleMeasures, "agencies/test/2566/progress/12-month.yaml": Self.cycleReport,
        ])
        let list = try await get(server.address + "_edit/test/2566/progress/")
        #expect(list.body.contains("<a href=\"12-month/\">"))
        let form = server.address + "_edit/test/2566/progress/12-month/"
        let file = fixture.content.appending(path: "agencies/test/2566/progress/12-month.yaml")
        var page = try await get(form)
        #expect(page.status == 200)
        #expect(page.body.contains("name=\"e-0-status\"") && page.body.contains("name=\"e-2-status\""), "one entry per measure")
        #expect(page.body.contains("ดำเนินการแล้ว"))
        #expect(page.body.contains("value=\"11/08/2566\""), "the date in the Buddhist Era")
        let token = try hidden("token", in: page.body)
        var sha = try hidden("sha", in: page.body)
        func fields(_ sha: String, date: String, status: String) -> [(String, String)] {
            [
                ("token", token), ("sha", sha), ("round", "12-month"), ("date", date), ("title", ""), ("e-count", "3"),
                ("e-0-measure", "M1"), ("e-0-origin", "0"), ("e-0-status", status), ("e-0-summary", "เริ่มจัดทำคู่มือแล้ว"),
                ("e-1-measure", "M2"), ("e-1-origin", "1"), ("e-1-status", "done"),
                ("e-2-measure", "M3"), ("e-2-origin", ""), ("e-2-status", ""),
            ]
        }
        let refused = try await post(form, fields: fields(sha, date: "พรุ่งนี้", status: "done"), origin: origin)
        #expect(refused.status == 422)
        #expect(refused.body.contains("id=\"p-date\""))
        #expect(try String(contentsOf: file, encoding: .utf8) == Self.cycleReport)

        // A date after the year is saved; the check's warning is then shown at the date.
        let saved = try await post(form, fields: fields(sha, date: "1/2/2567", status: "done"), origin: origin)
        #expect(saved.status == 200)
        let text = try String(contentsOf: file, encoding: .utf8)
        let changed = LineDiffProbe.changedLines(Self.cycleReport, text)
        #expect(changed.removed == ["date: 2023-08-11", "    status: in-progress   # ยังไม่ครบ"], "\(text)")
        #expect(changed.added.contains("date: 2024-02-01") && changed.added.contains { $0.contains("status: done") }, "\(text)")
        page = try await get(form)
        #expect(page.body.contains("id=\"p-date\""), "the warning beside the date")

        sha = try hidden("sha", in: page.body)
        try Data((text + "# แก้ที่อื่น\n").utf8).write(to: file)
        let stale = try await post(form, fields: fields(sha, date: "1/2/2567", status: "not-started"), origin: origin)
        #expect(stale.status == 409)
    }

    @Test func aNewReportListsEveryMeasureAndNeverOverwrites() async throws {
        let (fixture, server, origin) = try await startedCycleEditor(["agencies/test/2566/measures.yaml": Self.cycleMeasures])
        let url = server.address + "_edit/test/2566/progress/"
        let page = try await get(url)
        let token = try hidden("token", in: page.body)
        let created = try await post(url, fields: [("token", token), ("round", "6-month"), ("name", "6-month")], origin: origin)
        #expect(created.status == 200)
        #expect(created.body.contains("name=\"e-2-status\""))
        let file = fixture.content.appending(path: "agencies/test/2566/progress/6-month.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.contains("round: 6-month\n") && text.contains("  - measure: M3\n    status: not-started\n"))
        let again = try await post(url, fields: [("token", token), ("round", "12-month"), ("name", "6-month")], origin: origin)
        #expect(again.status == 422)
        #expect(again.body.contains("id=\"p-report-name\""))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    @Test func aNewYearStartsAsOitNewYearStartsIt() async throws {
        let (fixture, server, origin) = try await startedCycleEditor([:])
        let agency = try await get(server.address + "_edit/test/")
        #expect(agency.body.contains("เริ่มปีงบประมาณใหม่"))
        #expect(agency.body.contains("name=\"year\" value=\"2567\""))
        let token = try hidden("token", in: agency.body)
        let url = server.address + "_edit/test/new-year/"
        let started = try await post(url, fields: [("token", token), ("year", "2567")], origin: origin)
        #expect(started.status == 200)
        #expect(started.body.contains("เริ่มปีงบประมาณ 2567 แล้ว"))
        let file = fixture.content.appending(path: "agencies/test/2567/year.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let planned = YearScaffold.plan(fixture.load(), agency: "test", year: 2567, content: fixture.content)
        let scaffold = try #require(try? planned.get())
        #expect(text == scaffold.text, "the same file as oit new year writes")
        #expect(text.contains("status: not-started"))
        let again = try await post(url, fields: [("token", token), ("year", "2567")], origin: origin)
        #expect(again.status == 422)
        #expect(again.body.contains("id=\"p-new-year\""))
        #expect(try String(contentsOf: file, encoding: .utf8) == text)
    }

    /// A partial round's item the framework does not list (o2 of 2569) is added from the year page
    /// with its title and opens its own form; a bad code, an item that exists or no title is refused
    /// beside the field and writes nothing; a round the framework knows whole offers no such form.
    @Test func anItemThePartialFrameworkLacksIsAddedFromTheYearPage() async throws {
        let (fixture, server, origin) = try await startedCycleEditor([
            "agencies/test/2569/year.yaml": "round: 2569\nitems:\n  # ข้อแรก\n  o1:\n    status: done\n"
        ])
        let url = server.address + "_edit/test/2569/"
        let page = try await get(url)
        #expect(page.body.contains("เพิ่มข้อที่กรอบยังไม่มี"))
        let token = try hidden("token", in: page.body)
        let file = fixture.content.appending(path: "agencies/test/2569/year.yaml")
        let before = try String(contentsOf: file, encoding: .utf8)
        for (code, title) in [("x2", "ชื่อ"), ("o1", "ชื่อ"), ("o2", "")] {
            let refused = try await post(url, fields: [("token", token), ("code", code), ("title", title)], origin: origin)
            #expect(refused.status == 422, "\(code)")
            #expect(refused.body.contains("id=\"p-new-item\""), "\(code)")
        }
        #expect(try String(contentsOf: file, encoding: .utf8) == before)
        let added = try await post(url, fields: [("token", token), ("code", " O2 "), ("title", "ข้อมูลผู้บริหาร")], origin: origin)
        #expect(added.status == 200)
        #expect(added.body.contains("ข้อมูลผู้บริหาร") && added.body.contains("name=\"def-title\""), "the new item's form")
        let after = try String(contentsOf: file, encoding: .utf8)
        #expect(after.hasPrefix(before), "\(after)")
        let new = after.dropFirst(before.count)
        #expect(
            new.contains("  o2:\n") && new.contains("    title: ข้อมูลผู้บริหาร\n") && new.contains("    status: not-started\n"),
            "\(new)")
        #expect(try await !get(server.address + "_edit/test/2566/").body.contains("เพิ่มข้อที่กรอบยังไม่มี"))
    }
}
