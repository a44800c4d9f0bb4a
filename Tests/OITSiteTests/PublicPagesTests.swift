import Foundation
import Testing

@testable import OITSite

/// Issue 17: what a public page says when content is missing, and the warning the webmaster gets
/// instead of a hint on the page.
@Suite struct PublicPagesTests {
    func site(_ files: [String: String]) throws -> (Fixture, SiteBuilder.Outcome) {
        var all = ["agencies/test/agency.yaml": Fixture.agencyYAML]
        all.merge(files) { _, new in new }
        let fixture = try Fixture(all)
        return (fixture, fixture.build())
    }

    func text(_ fixture: Fixture, _ path: String) throws -> String {
        try String(contentsOf: fixture.output.appendingPathComponent("test/" + path), encoding: .utf8)
    }

    static let measures = "measures:\n  - {id: M1, title: มาตรการเปิดเผยข้อมูล, indicators: [9]}\n"
    static let results = "indicators: {1: 90, 2: 85, 3: 88, 4: 79, 5: 82, 6: 76, 7: 81, 8: 70, 9: 92, 10: 60}\n"

    @Test func anAnalysisWithoutThePreviousResultsIsAWarningNotAHintOnThePage() throws {
        let (fixture, outcome) = try site([
            "agencies/test/2566/year.yaml": "items:\n  o1: {status: in-progress}\n",
            "agencies/test/2566/measures.yaml": Self.measures,
        ])
        #expect(outcome.wrote)
        let expected = Message.analysisWithoutResults(item: "o42", resultsYear: 2565, file: "agencies/test/2565/results.yaml")
        #expect(outcome.diagnostics.places { $0 == expected } == ["2566/year.yaml:1:1"])
        #expect(expected.text(in: .thai).contains("agencies/test/2565/results.yaml"))
        #expect(expected.text(in: .english).contains("add agencies/test/2565/results.yaml"))
        #expect(!expected.text(in: .english).hasThaiLetters)
        let page = try text(fixture, "2566/o42/index.html")
        #expect(page.contains("ผลการประเมิน ITA ปี 2565 ไม่ได้เผยแพร่ไว้ในเว็บไซต์นี้"))
        #expect(!page.contains("results.yaml") && !page.contains("เพิ่มได้ที่"))
    }

    @Test func anAnalysisWithThePreviousResultsOrNotDoneIsNotWarned() throws {
        let (_, withResults) = try site([
            "agencies/test/2565/year.yaml": "round: 2566\n",
            "agencies/test/2565/results.yaml": Self.results,
            "agencies/test/2566/year.yaml": "items:\n  o1: {status: in-progress}\n",
            "agencies/test/2566/measures.yaml": Self.measures,
        ])
        #expect(withResults.wrote)
        #expect(!withResults.diagnostics.all.contains { $0.message.ruleID == "analysis-without-results" })
        // Without measures o42 is not done: the missing entry is what the webmaster is told.
        let (_, notDone) = try site(["agencies/test/2566/year.yaml": "items:\n  o1: {status: in-progress}\n"])
        #expect(!notDone.diagnostics.all.contains { $0.message.ruleID == "analysis-without-results" })
        #expect(
            notDone.diagnostics.warnings.contains {
                if case .missingEntries(let codes) = $0.message { codes.contains("o42") } else { false }
            })
    }
}
