import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

@Suite struct LoadingTests {
    @Test func reportsEveryProblemWithItsExactPlaceInOneRun() throws {
        let fixture = try Fixture(
            year: """
                round: 2566
                items:
                  o1:
                    status: done
                    updatd: 2023-01-10
                  o99:
                    status: done
                  o2:
                    status: finished
                  o3:
                    status: done
                    elements: [1, 7]
                    evidence:
                      - title: ไฟล์
                        file: files/missing.pdf
                  o4:
                    status: done
                    covers: ปีนี้
                """)
        let diagnostics = fixture.check()
        #expect(
            diagnostics.places { if case .unknownKey("updatd", "updated") = $0 { true } else { false } } == ["2566/year.yaml:5:5"]
        )
        #expect(
            diagnostics.places { if case .unknownItem("o99", 2566, _) = $0 { true } else { false } } == ["2566/year.yaml:6:3"])
        #expect(
            diagnostics.places { if case .unknownChoice("finished", _, suggestion: 0) = $0 { true } else { false } } == [
                "2566/year.yaml:9:13"
            ])
        #expect(diagnostics.places { if case .elementOutOfRange(7, 1) = $0 { true } else { false } } == ["2566/year.yaml:12:19"])
        #expect(
            diagnostics.places { if case .missingFile("files/missing.pdf") = $0 { true } else { false } } == [
                "2566/year.yaml:15:15"
            ])
        #expect(diagnostics.places { if case .invalidCoverage("ปีนี้") = $0 { true } else { false } } == ["2566/year.yaml:18:13"])
        #expect(diagnostics.errorCount == 6)
    }

    @Test func invalidYAMLNamesLineAndColumn() throws {
        let fixture = try Fixture(year: "round: 2566\nitems:\n  o1:\n    status: done\n   bad: [\n")
        let places = fixture.check().places { $0 == .yamlMistake(.indentation(key: "bad", deeper: false)) }
        #expect(places.count == 1)
        #expect(places.first?.hasPrefix("2566/year.yaml:") == true)
        #expect(places.first != "2566/year.yaml:1:1", "the error must point into the file, not at its start")
    }

    @Test func wrongTypeIsReportedAtTheValue() throws {
        let fixture = try Fixture(
            year: """
                round: 2566
                items:
                  o1:
                    status: done
                    evidence: ลิงก์
                    elements: {one: 1}
                """)
        let diagnostics = fixture.check()
        #expect(
            diagnostics.places { if case .wrongType("evidence", .mapping) = $0 { true } else { false } } == [
                "2566/year.yaml:5:15"
            ])
        #expect(
            diagnostics.places { if case .wrongType("elements", .list) = $0 { true } else { false } } == ["2566/year.yaml:6:15"])
    }

    @Test func markdownItemFileKeepsTrueLineNumbers() throws {
        let fixture = try Fixture(
            year: "round: 2566\n",
            extra: [
                "agencies/test/2566/items/o12.md": """
                ---
                status: done
                unit: กองคลัง
                colour: red
                ---
                # รายงาน

                | เดือน | จำนวน |
                |---|---|
                | ต.ค. | 3 |
                """
            ])
        let diagnostics = fixture.check()
        #expect(diagnostics.places { if case .unknownKey("colour", _) = $0 { true } else { false } } == ["items/o12.md:4:1"])
        let project = fixture.load()
        let entry = try #require(project.agencies.first?.year(2566)?.entries["o12"])
        #expect(entry.unit == "กองคลัง")
        #expect(entry.body?.hasPrefix("# รายงาน") == true)
        #expect(Markdown.html(entry.body!).contains("<table>"))
    }

    @Test func itemDefinedTwiceIsAnError() throws {
        let fixture = try Fixture(
            year: "items:\n  o12:\n    status: done\n",
            extra: [
                "agencies/test/2566/items/o12.md": "---\nstatus: done\n---\n"
            ])
        let places = fixture.check().places { if case .duplicateCode("o12", _) = $0 { true } else { false } }
        #expect(places.count == 1)
    }

    @Test func notApplicableNeedsAReason() throws {
        let fixture = try Fixture(year: "items:\n  o18:\n    status: n/a\n")
        #expect(fixture.check().places { if case .reasonRequired("o18") = $0 { true } else { false } } == ["2566/year.yaml:3:13"])
    }

    @Test func thaiStatusWordsAndBuddhistDatesAreAccepted() throws {
        let fixture = try Fixture(year: "items:\n  o7:\n    status: ดำเนินการแล้ว\n    updated: 2566-03-15\n")
        let entry = try #require(fixture.load().agencies.first?.year(2566)?.entries["o7"])
        #expect(entry.status == .done)
        #expect(entry.updated?.value == CivilDate(year: 2023, month: 3, day: 15))
    }

    @Test func agencyProfileRequiresNameProvinceAndWebsite() throws {
        let fixture = try Fixture(["agencies/test/agency.yaml": "name: ทดสอบ\nwebsite: www.example.go.th\n"])
        let diagnostics = fixture.check()
        #expect(diagnostics.places { if case .missingKey("province") = $0 { true } else { false } } == ["test/agency.yaml:1:1"])
        #expect(diagnostics.places { if case .invalidURL = $0 { true } else { false } } == ["test/agency.yaml:2:10"])
    }

    @Test func messagesAreThaiByDefaultWithEnglishAvailable() {
        let diagnostic = Diagnostic(
            .error, .unknownKey("updatd", suggestion: "updated"),
            at: SourceLocation(file: "Content/x.yaml", line: 5, column: 5))
        #expect(diagnostic.formatted() == "Content/x.yaml:5:5: error: ไม่รู้จักชื่อ \"updatd\" หมายถึง \"updated\" หรือไม่?")
        #expect(
            diagnostic.formatted(in: .english) == "Content/x.yaml:5:5: error: unknown key \"updatd\". Did you mean \"updated\"?")
    }
}
