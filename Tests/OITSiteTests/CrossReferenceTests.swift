import Foundation
import Testing

@testable import OITLoad
@testable import OITRender
@testable import OITSite

@Suite struct CrossReferenceTests {
    func fixture(measures: String, progress: String? = nil, analysis: String? = nil) throws -> Fixture {
        var extra = ["agencies/test/2566/measures.yaml": measures, "agencies/test/2565/year.yaml": "round: 2566\n"]
        if let progress { extra["agencies/test/2566/progress/6-month.yaml"] = progress }
        if let analysis { extra["agencies/test/2565/analysis.yaml"] = analysis }
        return try Fixture(year: "round: 2566\n", extra: extra)
    }

    @Test func measureThatAddressesNothingIsAnError() throws {
        let diagnostics = try fixture(measures: "measures:\n  - id: M1\n    title: มาตรการ\n").check()
        #expect(
            diagnostics.places { if case .measureAddressesNothing("M1") = $0 { true } else { false } } == [
                "2566/measures.yaml:2:9"
            ])
    }

    @Test func unknownIndicatorAndQuestionAreErrors() throws {
        let diagnostics = try fixture(
            measures: """
                measures:
                  - id: M1
                    title: มาตรการ
                    indicators: [11, "9.4", "9.9"]
                    questions: [i3, i31, x1]
                    items: [o44]
                """
        ).check()
        #expect(
            diagnostics.places { if case .unknownIndicator = $0 { true } else { false } } == [
                "2566/measures.yaml:4:18", "2566/measures.yaml:4:29",
            ])
        #expect(
            diagnostics.places { if case .unknownQuestion = $0 { true } else { false } } == [
                "2566/measures.yaml:5:21", "2566/measures.yaml:5:26",
            ])
        #expect(
            diagnostics.places { if case .unknownItem("o44", _, _) = $0 { true } else { false } } == ["2566/measures.yaml:6:13"])
    }

    @Test func reportEntryForUnknownMeasureIsAnErrorAndMissingOneAWarning() throws {
        let diagnostics = try fixture(
            measures: "measures:\n  - {id: M1, title: ก, indicators: [1]}\n  - {id: M2, title: ข, items: [o42]}\n",
            progress: "round: 6-month\nentries:\n  - measure: M3\n    status: done\n  - measure: M1\n    status: ยังไม่ได้ดำเนินการ\n"
        ).check()
        #expect(
            diagnostics.places { if case .unknownMeasure("M3", _, 2566) = $0 { true } else { false } } == [
                "progress/6-month.yaml:3:14"
            ]
        )
        #expect(diagnostics.warnings.contains { $0.message == .measureNotReported(measure: "M2", report: "6-month") })
        #expect(!diagnostics.warnings.contains { $0.message == .measureNotReported(measure: "M1", report: "6-month") })
    }

    @Test func analysisPointingAtUnknownMeasureOfNextYearIsAnError() throws {
        let diagnostics = try fixture(
            measures: "measures:\n  - {id: M1, title: ก, indicators: [1]}\n",
            analysis: "entries:\n  - indicator: 1\n    measure: M9\n  - question: e99\n"
        ).check()
        #expect(
            diagnostics.places { if case .unknownMeasure("M9", _, 2566) = $0 { true } else { false } } == [
                "2565/analysis.yaml:3:14"
            ])
        #expect(
            diagnostics.places { if case .unknownQuestion("e99", _) = $0 { true } else { false } } == ["2565/analysis.yaml:4:15"])
    }

    @Test func duplicateMeasureIdIsAnError() throws {
        let diagnostics = try fixture(
            measures: "measures:\n  - {id: M1, title: ก, indicators: [1]}\n  - {id: M1, title: ข, indicators: [2]}\n"
        ).check()
        #expect(
            diagnostics.places { if case .duplicateCode("M1", _) = $0 { true } else { false } } == ["2566/measures.yaml:3:10"])
    }

    @Test func measuresAndProgressLinkBothWays() throws {
        let fixture = try fixture(
            measures: "measures:\n  - {id: M1, title: มาตรการหนึ่ง, indicators: [1]}\n",
            progress: "round: 6-month\ndate: 2023-04-30\nentries:\n  - measure: M1\n    status: done\n    summary: ทำแล้ว\n")
        try fixture.write("tools: {IIT: 90, EIT: 90, OIT: 90}\nindicators: {1: 70}\n", to: "agencies/test/2565/results.yaml")
        let outcome = fixture.build()
        #expect(outcome.wrote)
        let site = fixture.output.appendingPathComponent("test/2566")
        let measures = try String(contentsOf: site.appendingPathComponent("measures/index.html"), encoding: .utf8)
        let progress = try String(contentsOf: site.appendingPathComponent("progress/6-month/index.html"), encoding: .utf8)
        let results = try String(
            contentsOf: fixture.output.appendingPathComponent("test/2565/results/index.html"), encoding: .utf8)
        #expect(measures.contains("href=\"../../2566/progress/6-month/index.html#entry-M1\""))
        #expect(measures.contains("href=\"../../2565/results/index.html#ind-1\""))
        #expect(progress.contains("href=\"../../../2566/measures/index.html#measure-M1\""))
        #expect(results.contains("href=\"../../2566/measures/index.html#measure-M1\""))
        #expect(progress.contains("รายงานแล้ว 1 จาก 1 มาตรการ"))
    }

    @Test func aBrokenMeasureIsOneErrorNotOneForEveryReferenceToIt() throws {
        let diagnostics = try fixture(
            measures: "measures:\n  - {id: M1, title: ก, indicators: [1]}\n  - {id: M2, titel: ข, indicators: [2]}\n",
            progress: "round: 6-month\nentries:\n  - {measure: M1, status: done}\n  - {measure: M2, status: done}\n",
            analysis: "entries:\n  - indicator: 2\n    measure: M2\n"
        ).check()
        #expect(
            diagnostics.errors.allSatisfy { $0.location?.file.path.hasSuffix("2566/measures.yaml") == true },
            "\(diagnostics.errors.map { $0.formatted() })")
        #expect(
            diagnostics.places { if case .unknownKey("titel", _) = $0 { true } else { false } } == ["2566/measures.yaml:3:14"])
        #expect(diagnostics.errors.count == 2, "the unknown key and the missing title, nothing else")
    }
}
