import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The assessment of an agency-year, computed once in Check and read by checks and pages alike.
@Suite struct AssessmentTests {
    /// Two years of one agency: 2565 results, 2566 results with a stated figure, measures and a report.
    static let fixture: Fixture = try! Fixture([
        "agencies/test/agency.yaml": Fixture.agencyYAML,
        "agencies/test/2565/year.yaml": "round: 2566\n",
        "agencies/test/2565/results.yaml":
            "indicators: {1: 90, 2: 85, 3: 88, 4: 79, 5: 82, 6: 76, 7: 81, 8: 70, 9: 92, 10: 60}\n",
        "agencies/test/2566/year.yaml":
            "items:\n  o1: {status: done}\n  o2: {status: n/a, reason: ไม่มี}\n  o3: {status: in-progress}\n",
        "agencies/test/2566/results.yaml": """
        indicators: {1: 92, 2: 84, 3: 88, 4: 85, 5: 80, 6: 79, 7: 83, 8: 74, 9: 95, 10: 70}
        questions: {i3: 70, e2: 95}
        stated: {overall: 84.00, grade: A}
        """,
        "agencies/test/2566/analysis.yaml": "threshold: 80\n",
        "agencies/test/2567/year.yaml": "round: 2566\n",
        "agencies/test/2567/measures.yaml":
            "measures:\n  - {id: M1, title: ก, indicators: [\"10.1\"]}\n  - {id: M2, title: ข, questions: [i3]}\n",
        "agencies/test/2566/measures.yaml":
            "measures:\n  - {id: A, title: ก, indicators: [1]}\n  - {id: B, title: ข, indicators: [2]}\n",
        "agencies/test/2566/progress/6-month.yaml": "round: 6-month\nentries:\n  - {measure: A, status: done}\n",
    ])

    static let checked = SiteBuilder(options: fixture.options).check()

    func year(_ year: Int) throws -> YearAssessment {
        try #require(Self.checked.assessment.year(year, of: "test"))
    }

    @Test func countsItemsAndReadiness() throws {
        let counts = try year(2566).counts
        // o42 and o43 hold the measures and the progress: done because the year has them, without entries.
        #expect(
            counts.total == 43 && counts.done == 3 && counts.notApplicable == 1 && counts.inProgress == 1 && counts.missing == 38)
        #expect(try year(2566).status(of: "o42") == .done && year(2566).status(of: "o43") == .done)
        #expect(try year(2565).status(of: "o42") == nil)
        #expect(try year(2566).readiness == 7)  // 3 of the 42 that apply
    }

    @Test func scoreCardAndDiscrepanciesAreComputedOnce() throws {
        let assessed = try year(2566)
        let card = try #require(assessed.scoreCard)
        #expect(card.overall == 82.34)  // 0.3 × 85.80 + 0.3 × 78.67 + 0.4 × 82.50
        #expect(assessed.discrepancies.map(\.figure) == [.overall, .grade])
        #expect(assessed.discrepancies.first?.computed == .score(82.34))
        #expect(assessed.discrepancies.last?.computed == .text("B"))
        #expect(assessed.discrepancies.first?.location.line == 3)
    }

    @Test func strengthsAndWeaknessesFollowTheThresholdAndNameTheNextYearsMeasures() throws {
        let assessed = try year(2566)
        #expect(assessed.threshold == 80)
        #expect(assessed.strengths.map(\.subject) == [1, 2, 3, 4, 5, 7, 9].map { .indicator($0) })
        #expect(assessed.weaknesses.map(\.subject) == [.indicator(6), .indicator(8), .indicator(10), .question("i3")])
        #expect(assessed.weaknesses.first { $0.subject == .indicator(10) }?.addressedBy == ["M1"])
        #expect(assessed.weaknesses.first { $0.subject == .question("i3") }?.addressedBy == ["M2"])
        #expect(assessed.isWeak(question: "i3") && !assessed.isWeak(question: "e2"))
    }

    @Test func changeFromLastRoundHasDirections() throws {
        let comparison = try #require(try year(2566).comparison)
        #expect(comparison.year == 2565)
        let first = try #require(comparison.changes.first)
        #expect(first.subject == .indicator(number: 1, name: "การปฏิบัติหน้าที่") && first.direction == .up && first.change == 2)
        #expect(comparison.changes.first { $0.subject == .indicator(number: 2, name: "การใช้งบประมาณ") }?.direction == .down)
        #expect(comparison.changes.last?.subject == .overall)
    }

    @Test func reportCoverageNamesUnreportedMeasures() throws {
        let coverage = try #require(try year(2566).reportCoverage["6-month"])
        #expect(coverage.reported == 1 && coverage.measures == 2 && coverage.unreported == ["B"] && !coverage.isComplete)
    }

    @Test func warningsComeFromTheAssessmentAsValues() {
        let warnings = Self.checked.diagnostics.warnings.map(\.message)
        #expect(warnings.contains(.statedDiffers(.overall, stated: .score(84), computed: .score(82.34))))
        #expect(warnings.contains(.statedDiffers(.grade, stated: .text("A"), computed: .text("B"))))
        #expect(warnings.contains(.measureNotReported(measure: "B", report: "6-month")))
    }
}
