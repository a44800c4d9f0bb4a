import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The traps a clerk met in fiscal 2570 (issue 17): a year without criteria, last year's files in
/// this year's folder, mistyped years, a year with measures only, gaps in a partial round.
@Suite struct FiscalYearTrapTests {
    /// 6 December 2569 (2026), in fiscal 2570: round 2569 is assessed, round 2570 is not.
    static let december2569 = CivilDate(year: 2026, month: 12, day: 6)!

    static func check(_ fixture: Fixture, today: CivilDate = december2569) -> Diagnostics {
        let (project, loaded) = ContentLoader.load(from: fixture.content)
        var diagnostics = loaded
        diagnostics.append(contentsOf: Checker.check(project, today: today).1)
        return diagnostics
    }

    static let results = "indicators: {1: 90, 2: 90, 3: 90, 4: 90, 5: 90, 6: 80, 7: 80, 8: 80, 9: 70, 10: 70}\n"

    @Test func aYearWithoutCriteriaRunsOnTheLatestRoundWithOneNote() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2570/year.yaml": "items:\n  o1:\n    status: done\n    updated: 2569-11-02\n",
        ])
        let diagnostics = Self.check(fixture)
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.sorted.map { $0.formatted() })")
        let notes = diagnostics.sorted.filter { $0.message == .fiscalYear(.roundAssumed(year: 2570, round: 2569)) }
        #expect(notes.count == 1 && notes[0].severity == .note)
        #expect(!diagnostics.sorted.contains { $0.message.ruleID == "unknown-framework" })
        // The gaps of round 2569's list are named once, as a note.
        #expect(
            diagnostics.sorted.filter { $0.message == .fiscalYear(.unlistedItems(codes: ["o2", "o6", "o7"], round: 2569)) }
                .count == 1)
    }

    @Test func aStatedRoundWithoutAFrameworkIsStillAnError() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2570/year.yaml": "round: 2570\nitems: {}\n",
        ])
        #expect(Self.check(fixture).places { $0.ruleID == "unknown-framework" } == ["2570/year.yaml:1:8"])
    }

    @Test func resultsAndAnalysisOfARoundNotAssessedYetNameTheFolderTheyBelongIn() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2570/year.yaml": "items: {}\n",
            "agencies/test/2570/results.yaml": Self.results,
            "agencies/test/2570/analysis.yaml": "entries:\n  - indicator: 9\n    measure: M1\n",
        ])
        let diagnostics = Self.check(fixture)
        let wrongYear = diagnostics.errors.filter { $0.message.ruleID == "round-not-assessed-yet" }
        #expect(wrongYear.map { $0.location?.file.path.hasSuffix("2570/results.yaml") ?? false } == [false, true])
        #expect(wrongYear.map { $0.location?.file.path.hasSuffix("2570/analysis.yaml") ?? false } == [true, false])
        #expect(wrongYear.first?.formatted(in: .english).contains("move ") == true)
        #expect(wrongYear.first?.formatted().contains("ย้าย") == true)
        // One mistake, one message: the analysis's measures of 2571 are not reported on top.
        #expect(!diagnostics.sorted.contains { $0.message.ruleID == "measures-year-missing" })
        // On 1 April 2570 the 2570 assessment counts as begun: the same files are accepted.
        let april2570 = CivilDate(year: 2027, month: 4, day: 1)!
        #expect(!Self.check(fixture, today: april2570).sorted.contains { $0.message.ruleID == "round-not-assessed-yet" })
    }

    @Test func theCheckDateComesFromSourceDateEpoch() throws {
        // 2027-03-31T17:00:00Z is 1 April 2027 00:00 in Thailand.
        let fixed = CheckDate.today(environment: ["SOURCE_DATE_EPOCH": "1806512400"])
        #expect(fixed == CivilDate(year: 2027, month: 4, day: 1))
        #expect(CheckDate.latestAssessedRound(on: fixed) == 2570)
        #expect(CheckDate.latestAssessedRound(on: Self.december2569) == 2569)
        #expect(CheckDate.latestAssessedRound(on: CivilDate(year: 2027, month: 3, day: 31)!) == 2569)
    }

    @Test func anAnalysisWhoseMeasuresYearHasNoMeasuresSaysSoOnce() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2569/results.yaml": Self.results,
            "agencies/test/2569/analysis.yaml":
                "entries:\n  - indicator: 9\n    measure: M1\n  - indicator: 10\n    measure: M2\n",
        ])
        let diagnostics = Self.check(fixture)
        #expect(
            diagnostics.places { $0 == .fiscalYear(.measuresYearMissing(measure: "M1", year: 2570)) }
                == ["2569/analysis.yaml:3:14"])
        #expect(diagnostics.sorted.filter { $0.message.ruleID == "measures-year-missing" }.count == 1)
    }

    @Test func anUnknownMeasureOfAnAnalysisNamesTheYearOfItsFile() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2568/results.yaml": Self.results,
            "agencies/test/2568/analysis.yaml": "entries:\n  - indicator: 9\n    measure: M4\n",
            "agencies/test/2569/measures.yaml": "measures:\n  - {id: M1, title: ก, indicators: [9]}\n",
        ])
        let found = Self.check(fixture).sorted.first { $0.message.ruleID == "unknown-measure" }
        #expect(found?.formatted().contains("ใน measures.yaml ของปี 2569") == true)
    }

    @Test func datesNoYearCanHaveAreFound() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2566/year.yaml": """
            items:
              o1:
                status: done
                updated: 2596-11-20
              o7:
                status: done
                updated: 2023-01-10
                covers: 2565
              o20:
                status: in-progress
                updated: 2021-05-01
              o4:
                status: done
                covers: 2566-2599
            """,
            "agencies/test/2566/measures.yaml": "measures:\n  - {id: M1, title: ก, indicators: [9]}\n",
            "agencies/test/2566/progress/6-month.yaml":
                "round: 6-month\ndate: 2024-06-01\nentries:\n  - measure: M1\n    status: done\n",
            "agencies/test/2566/progress/12-month.yaml":
                "round: 12-month\ndate: 2023-11-15\nentries:\n  - measure: M1\n    status: done\n",
        ])
        let diagnostics = Self.check(fixture)
        // A mistyped year, on the date itself; a plan's period ending decades later.
        #expect(diagnostics.places { $0.ruleID == "date-far-after-year" } == ["2566/year.yaml:4:14", "2566/year.yaml:14:13"])
        let far = diagnostics.sorted.first { $0.message.ruleID == "date-far-after-year" }
        #expect(
            far?.formatted()
                == "\(far?.location.map { "\($0)" } ?? ""): error: วันที่ 20 พฤศจิกายน 2596 อยู่หลังปีงบประมาณ 2566 เกินหนึ่งปี พิมพ์ปีผิดหรือไม่?")
        // Last year's period on an in-year item; an in-progress item dated outside the year.
        let period = diagnostics.places { if case .periodMismatch = $0 { true } else { false } }
        #expect(period.contains("2566/year.yaml:8:13") && period.contains("2566/year.yaml:11:14"), "\(period)")
        // A progress report dated after its year (a 12-month report signed in November is fine).
        #expect(diagnostics.places { $0.ruleID == "report-date-outside-year" } == ["progress/6-month.yaml:2:7"])
    }

    @Test func anInProgressItemWithoutADateIsNotAPeriodMismatch() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2566/year.yaml": "items:\n  o20:\n    status: in-progress\n",
        ])
        #expect(!Self.check(fixture).sorted.contains { $0.message.ruleID == "period-mismatch" })
    }

    @Test func aYearWithMeasuresOnlyBuildsWithoutAChecklist() throws {
        // Seed 003 publishes its 2565 measures without a checklist; no round is as early as 2565.
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2565/measures.yaml": "measures:\n  - {id: M1, title: เผยแพร่ข้อมูล, indicators: [9]}\n",
            "agencies/test/2566/year.yaml": "items:\n  o1:\n    status: done\n    updated: 2023-01-10\n",
        ])
        let outcome = fixture.build()
        #expect(outcome.wrote, "\(outcome.diagnostics.sorted.map { $0.formatted() })")
        #expect(outcome.diagnostics.errors.isEmpty)
        let page = try String(
            contentsOf: fixture.output.appendingPathComponent("test/2565/measures/index.html"), encoding: .utf8)
        #expect(page.contains("เผยแพร่ข้อมูล"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("test/2565/o1").path))
        // Every location names a file that exists.
        for diagnostic in outcome.diagnostics.sorted {
            guard let file = diagnostic.location?.file.path else { continue }
            let path = fixture.root.appendingPathComponent(file).path
            #expect(FileManager.default.fileExists(atPath: path), "\(diagnostic.formatted())")
        }
    }

    @Test func theExampleNameAndAnAbtInBangkokAreWarnings() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": """
            name: องค์การบริหารส่วนตำบลตัวอย่าง
            kind: องค์การบริหารส่วนตำบล
            province: กรุงเทพมหานคร
            website: https://www.example.go.th/

            """,
            "agencies/test/2566/year.yaml": "items: {}\n",
        ])
        let diagnostics = Self.check(fixture)
        #expect(diagnostics.places { $0.ruleID == "placeholder-value" } == ["test/agency.yaml:1:7"])
        #expect(diagnostics.places { $0.ruleID == "province-unlikely" } == ["test/agency.yaml:3:11"])
    }

    @Test func theSubmissionLineOfAnAnnualReportNamesThePreviousYear() throws {
        // o24 of round 2569 is last year's report: in fiscal 2570 it is 2569's.
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2570/year.yaml": "items:\n  o24:\n    status: done\n    covers: 2569\n  o23:\n    status: done\n",
        ])
        #expect(fixture.build().wrote)
        let csv = try String(contentsOf: fixture.output.appendingPathComponent("test/2570/submission.csv"), encoding: .utf8)
        let line = { (code: String) in csv.components(separatedBy: "\r\n").first { $0.hasPrefix(code + ",") } ?? "" }
        #expect(line("o24").contains("ปีงบประมาณ พ.ศ. 2569"), "\(line("o24"))")
        #expect(line("o23").contains("ปีงบประมาณ พ.ศ. 2570"), "\(line("o23"))")
    }
}
