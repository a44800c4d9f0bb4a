import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

@Suite struct ScoreTests {
    static let framework: Framework = {
        let fixture = try! Fixture(year: "round: 2566\n")
        return fixture.load().frameworks[2566]!
    }()

    let here = SourceLocation.file("test")

    func results(indicators: [Int: Double] = [:], tools: [String: Double] = [:]) -> Results {
        Results(
            indicators: indicators.mapValues { Located($0, at: here) }, questions: [:],
            tools: tools.mapValues { Located($0, at: here) },
            stated: StatedFigures(overall: nil, tools: [:], grade: nil, label: nil), source: here)
    }

    func card(_ iit: Double, _ eit: Double, _ oit: Double) -> ScoreCard {
        ScoreCard(results: results(tools: ["IIT": iit, "EIT": eit, "OIT": oit]), framework: Self.framework)
    }

    @Test func seed001ComputesToPublished8042() throws {
        let scores: [Int: Double] = [
            1: 94.14, 2: 88.05, 3: 90.39, 4: 81.44, 5: 84.16, 6: 78.36, 7: 75.25, 8: 74.20, 9: 93.00, 10: 63.75,
        ]
        let card = ScoreCard(results: results(indicators: scores), framework: Self.framework)
        #expect(card.overall == 80.42)
        #expect(card.band?.grade == "B")
        #expect(card.label?.label == "ต้องปรับปรุง")
        #expect(Figures.score(try #require(card.score(of: "IIT"))) == "87.64")
    }

    @Test func seed004IsOnlyPassGoodBecauseEITIsBelow95() {
        let card = card(99.40, 93.40, 93.75)
        #expect(card.overall == 95.34)
        #expect(card.band?.grade == "AA")
        #expect(card.label?.label == "ผ่านดี")
    }

    @Test func seed000IsExcellent() {
        let scores = Dictionary(uniqueKeysWithValues: (1...10).map { ($0, $0 == 9 ? 95.0 : 100.0) })
        let card = ScoreCard(results: results(indicators: scores), framework: Self.framework)
        #expect(card.overall == 99.00)
        #expect(card.label?.label == "ผ่านดีเยี่ยม")
    }

    @Test(arguments: [
        (84.99, "B", "ต้องปรับปรุง"), (85.00, "A", "ผ่านดี"), (94.99, "A", "ผ่านดี"), (95.00, "AA", "ผ่านดีเยี่ยม"),
        (69.99, "C", "ต้องปรับปรุงโดยด่วน"), (70.00, "C", "ต้องปรับปรุง"), (49.99, "F", "ต้องปรับปรุงโดยด่วน"),
    ])
    func bandsAndLabelsAtTheirEdges(score: Double, grade: String, label: String) {
        let card = card(score, score, score)
        #expect(card.overall == score)
        #expect(card.band?.grade == grade)
        #expect(card.label?.label == label)
    }

    @Test func passNeedsOnlyTheOverallWhenAToolIsBelow85() {
        let card = card(100, 80, 80)  // 30 + 24 + 32 = 86
        #expect(card.overall == 86)
        #expect(card.label?.label == "ผ่าน")
    }

    @Test func missingIndicatorsLeaveTheOverallUncomputed() {
        let card = ScoreCard(results: results(indicators: [1: 90, 2: 90]), framework: Self.framework)
        #expect(card.overall == nil)
        #expect(card.missingIndicators == [3, 4, 5, 6, 7, 8, 9, 10])
    }

    @Test func statedFigureThatDisagreesWarnsWithFileAndLine() throws {
        let fixture = try Fixture(
            year: "round: 2566\n",
            extra: [
                "agencies/test/2566/results.yaml": """
                indicators: {1: 94.14, 2: 88.05, 3: 90.39, 4: 81.44, 5: 84.16, 6: 78.36, 7: 75.25, 8: 74.20, 9: 93.00, 10: 63.75}
                stated:
                  overall: 82.10
                  IIT: 87.64
                  grade: B
                  label: ผ่าน
                """
            ])
        let diagnostics = fixture.check()
        let differs = diagnostics.warnings.filter { if case .statedDiffers = $0.message { true } else { false } }
        #expect(differs.map { "\($0.location!.line):\($0.location!.column)" } == ["3:12", "6:10"])
        #expect(differs.first?.message == .statedDiffers(.overall, stated: .score(82.10), computed: .score(80.42)))
        #expect(diagnostics.errorCount == 0)
    }

    @Test func fallingIndicatorShowsAsFallingOnTheResultsPage() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2565/year.yaml": "round: 2566\n",
            "agencies/test/2565/results.yaml": "tools: {IIT: 90, EIT: 90, OIT: 90}\nindicators: {1: 92.5}\n",
            "agencies/test/2566/year.yaml": "round: 2566\n",
            "agencies/test/2566/results.yaml": "tools: {IIT: 88, EIT: 91, OIT: 90}\nindicators: {1: 90.25}\n",
        ])
        let outcome = fixture.build()
        #expect(outcome.wrote)
        let html = try String(contentsOf: fixture.output.appendingPathComponent("test/2566/results/index.html"), encoding: .utf8)
        let row = try #require(html.components(separatedBy: "<tr>").first { $0.contains("การปฏิบัติหน้าที่") && $0.contains("trend") })
        #expect(row.contains("trend down") && row.contains("ลดลง") && row.contains("−2.25"))
        let eit = try #require(html.components(separatedBy: "<tr>").first { $0.contains("row\">EIT</th>") })
        #expect(eit.contains("trend up") && eit.contains("+1.00"))
        #expect(html.contains("<svg class=\"chart\"") && html.contains("role=\"img\""))
    }
}
