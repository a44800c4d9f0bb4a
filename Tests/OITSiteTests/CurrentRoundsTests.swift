import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Rounds 2567–2569: partial frameworks still publish everything the agency wrote.
@Suite struct CurrentRoundsTests {
    func site(_ files: [String: String]) throws -> (Fixture, SiteBuilder.Outcome) { try Fixture.built(files) }

    func text(_ fixture: Fixture, _ path: String) throws -> String {
        try String(contentsOf: fixture.output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test(arguments: [2567, 2568, 2569])
    func itemsTheFrameworkDoesNotListArePublishedWithTheirTitles(round: Int) throws {
        let (fixture, outcome) = try site([
            "agencies/test/\(round)/year.yaml": """
            items:
              o1:
                status: done
                updated: \(round - 1)-11-01
              o77:
                status: done
                title: ข้อที่หน่วยงานกำหนดเอง
                group: "9.1"
                elements: [มีแผนผังองค์กร, มีชื่อผู้บริหาร]
            """
        ])
        #expect(outcome.wrote, "\(outcome.diagnostics.sorted.map { $0.formatted() })")
        #expect(outcome.diagnostics.warnings.contains { $0.message == .itemsFromContent(codes: ["o77"], round: round) })
        let page = try text(fixture, "test/\(round)/o77/index.html")
        #expect(page.contains("ข้อที่หน่วยงานกำหนดเอง") && page.contains("มีชื่อผู้บริหาร"))
        let sheet = try text(fixture, "test/\(round)/submission.csv")
        #expect(sheet.contains("o77,ข้อที่หน่วยงานกำหนดเอง,https://www.example.go.th/\(round)/o77/"))
        #expect(sheet.contains("o1,"))
        let overview = try text(fixture, "test/\(round)/index.html")
        #expect(overview.contains("o77/index.html"))
    }

    @Test func anItemWithoutATitleInAPartialRoundIsAnErrorNotASilentDrop() throws {
        let (_, outcome) = try site(["agencies/test/2568/year.yaml": "items:\n  o99:\n    status: done\n"])
        #expect(!outcome.wrote)
        #expect(
            outcome.diagnostics.places { if case .itemNeedsTitle("o99", 2568) = $0 { true } else { false } } == [
                "2568/year.yaml:2:3"
            ])
    }

    @Test func datesOnA2567PageSpeakOfFiscal2567AndNoFrameworkNoteIsPublic() throws {
        let (fixture, outcome) = try site(["agencies/test/2567/year.yaml": "items:\n  o1: {status: done}\n"])
        #expect(outcome.wrote)
        let overview = try text(fixture, "test/2567/index.html")
        let nbsp = "\u{00A0}"  // dates never break
        #expect(overview.contains("ปีงบประมาณ พ.ศ. 2567 (1\(nbsp)ตุลาคม\(nbsp)2566 – 30\(nbsp)กันยายน\(nbsp)2567)"))
        #expect(!overview.contains("2565"))
        let framework = try #require(fixture.load().frameworks[2567])
        let note = try #require(framework.note)
        for path in try FileManager.default.subpathsOfDirectory(atPath: fixture.output.path) where path.hasSuffix(".html") {
            let page = try text(fixture, path)
            #expect(!page.contains(String(note.prefix(40))), "\(path)")
            #expect(!page.contains("year.yaml") && !page.contains("frameworks/"), "\(path)")
        }
    }

    @Test func aResultsOnlyYearGetsResultsPagesAndNoChecklist() throws {
        let (fixture, outcome) = try site([
            "agencies/test/2566/results.yaml": "tools: {IIT: 90, EIT: 90, OIT: 90}\n",
            "agencies/test/2567/year.yaml": "items:\n  o1: {status: done}\n",
        ])
        #expect(outcome.wrote, "\(outcome.diagnostics.sorted.map { $0.formatted() })")
        #expect(!outcome.diagnostics.all.contains { $0.message == .missingFile("Content/agencies/test/2566/year.yaml") })
        let overview = try text(fixture, "test/2566/index.html")
        #expect(overview.contains("2566/results/index.html"))
        #expect(!overview.contains("ดำเนินการแล้ว") && !overview.contains("ยังไม่มีข้อมูล"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("test/2566/o1").path))
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("test/2566/submission.csv").path))
        #expect(
            FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("test/2566/results/index.html").path))
    }

    @Test func aChristianEraYearFolderFailsWithTheBuddhistEraName() throws {
        let (_, outcome) = try site(["agencies/test/2024/year.yaml": "items:\n  o1: {status: done}\n"])
        #expect(!outcome.wrote)
        #expect(outcome.diagnostics.errors.contains { $0.message == .christianEraYearFolder("2024", buddhistYear: 2567) })
    }

    @Test func filesTheBuildDoesNotReadAreErrors() throws {
        let (_, outcome) = try site([
            "agencies/test/2566/year.yaml": "items:\n  o1: {status: done}\n",
            "agencies/test/2566/items/notes.txt": "จดไว้",
            "agencies/test/2566/result.yaml": "tools: {IIT: 90}\n",
        ])
        #expect(!outcome.wrote)
        #expect(
            outcome.diagnostics.errors.contains {
                if case .strayFile(let file) = $0.message { file.path.hasSuffix("items/notes.txt") } else { false }
            })
        #expect(
            outcome.diagnostics.errors.contains {
                if case .unknownContentFile(_, "results.yaml") = $0.message { true } else { false }
            })
    }

    @Test func aYearWithNoItemToPublishIsAnError() throws {
        let (fixture, _) = try site([
            "agencies/test/2567/year.yaml": "round: 2567\n",
            "frameworks/2567.yaml":
                "round: 2567\nreplace: true\npartial: true\ntools: [{code: OIT, name: x, weight: 1}]\nindicators: [{number: 9, name: x, tool: OIT}]\n",
        ])
        let diagnostics = fixture.check()
        #expect(diagnostics.errors.contains { $0.message == .emptyYear(year: 2567, round: 2567) })
    }
}
