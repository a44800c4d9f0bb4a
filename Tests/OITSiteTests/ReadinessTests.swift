import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The predicted OIT score of an agency-year, checked against seed 001 (round 2566): o1 and o25 at
/// 0 and the rest of indicator 9 at 100 give 9 = 93.00; one item of 10.1 and three of 10.2 at 0
/// give 10 = 63.75 (the seed gives the shares 7/8 and 2/5, not which items: o36 and o39–o41 here).
@Suite struct ReadinessTests {
    static let agency = Fixture.agencyYAML + "itas_code: u4gpi2\n"

    /// Seed 001's failures, each by a different cause.
    static let seed001: [String: String] = [
        "o1": passing("o1", status: "not-started"),
        "o25": passing("o25", elements: "[1, 2]"),
        "o36": "{status: done, updated: 2023-06-15, elements: all}",
        "o39": passing("o39", url: "https://drive.google.com/file/d/abc"),
        "o40": passing("o40", updated: "2021-06-15"),
        "o41": "{status: done, elements: all, evidence: [{title: ก, url: \"https://www.example.go.th/o41\"}]}",
    ]

    static func passing(
        _ code: String, status: String = "done", updated: String = "2023-06-15", elements: String = "all",
        url: String? = nil
    ) -> String {
        let link = url ?? "https://www.example.go.th/\(code)"
        return "{status: \(status), updated: \(updated), elements: \(elements), evidence: [{title: ก, url: \"\(link)\"}]}"
    }

    /// A 2566 year with every item passing but `overrides`, and seed 001's 2565 IIT and EIT.
    static func files(_ overrides: [String: String]) -> [String: String] {
        let items = (1...43).map { "  o\($0): " + (overrides["o\($0)"] ?? passing("o\($0)")) }
        return [
            "agencies/test/agency.yaml": agency,
            "agencies/test/2566/year.yaml": "items:\n" + items.joined(separator: "\n") + "\n",
            "agencies/test/2565/year.yaml": "round: 2566\n",
            "agencies/test/2565/results.yaml":
                "indicators: {1: 94.14, 2: 88.05, 3: 90.39, 4: 81.44, 5: 84.16, 6: 78.36, 7: 75.25, 8: 74.20, 9: 90, 10: 60}\n",
        ]
    }

    static func prediction(_ overrides: [String: String], year: Int = 2566) throws -> OITPrediction {
        let fixture = try Fixture(files(overrides))
        let checked = SiteBuilder(options: fixture.options).check()
        return try #require(checked.assessment.year(year, of: "test")?.oit)
    }

    static func figures(_ list: [OITPrediction.Figure]) -> [String: Double] {
        Dictionary(uniqueKeysWithValues: list.map { ($0.code, $0.score) })
    }

    @Test func seed001AddsUpThroughSubIndicators() throws {
        let oit = try Self.prediction(Self.seed001)
        #expect(oit.groupingKnown)
        #expect(
            Self.figures(oit.groups) == ["9.1": 90, "9.2": 100, "9.3": 100, "9.4": 75, "9.5": 100, "10.1": 87.5, "10.2": 40])
        #expect(Self.figures(oit.indicators) == ["9": 93, "10": 63.75])
        #expect(oit.tool == 78.38)
        #expect(oit.passing == 37 && oit.verdicts.count == 43)
        #expect(oit.failing.map(\.code) == ["o1", "o25", "o36", "o39", "o40", "o41"])
    }

    @Test func seed001sOverallComesFromScoreCardWithLastRoundsSurveys() throws {
        let overall = try #require(try Self.prediction(Self.seed001).overall)
        #expect(overall.year == 2565)
        #expect(overall.card.overall == 80.42)  // seed 001's stated overall
        #expect(overall.card.band?.grade == "B" && overall.card.label?.label == "ต้องปรับปรุง")
    }

    /// Seed 004 gives tool figures only (IIT 99.40, EIT 93.40, OIT 93.75 → 95.34, ผ่านดี because
    /// EIT is below 95). Its item scores are not given; two failing items of 10.1 are one way to
    /// 93.75 (9 = 100, 10 = mean(75, 100)), and the overall then comes out as the seed states.
    @Test func seed004sToolFiguresGiveItsOverallAndLabel() throws {
        var files = Self.files([
            "o31": Self.passing("o31", status: "in-progress"), "o32": Self.passing("o32", status: "in-progress"),
        ])
        files["agencies/test/2565/results.yaml"] = "tools: {IIT: 99.40, EIT: 93.40}\n"
        let fixture = try Fixture(files)
        let oit = try #require(SiteBuilder(options: fixture.options).check().assessment.year(2566, of: "test")?.oit)
        #expect(Self.figures(oit.indicators) == ["9": 100, "10": 87.5] && oit.tool == 93.75)
        let card = try #require(oit.overall?.card)
        #expect(card.overall == 95.34 && card.band?.grade == "AA" && card.label?.label == "ผ่านดี")
    }

    @Test func eachFailingItemSaysWhy() throws {
        let reasons = Dictionary(uniqueKeysWithValues: try Self.prediction(Self.seed001).failing.map { ($0.code, $0.failures) })
        #expect(reasons["o1"] == [.notDone(status: "not-started")])
        #expect(reasons["o25"] == [.elementMissing(number: 3)])
        #expect(reasons["o36"] == [.noEvidence])
        #expect(reasons["o39"] == [.evidenceOffSite(host: "drive.google.com")])
        #expect(reasons["o40"] == [.dateOutsidePeriod(rule: "in-year")])
        #expect(reasons["o41"] == [.noDate])
    }

    @Test func oneMoreFailingItemMovesItsFiguresByItsShare() throws {
        var overrides = Self.seed001
        overrides["o2"] = "{status: in-progress}"  // 9.1: 9/10 → 8/10, so indicator 9 loses 10/5
        overrides["o31"] = "{status: in-progress}"  // 10.1: 7/8 → 6/8, so indicator 10 loses 12.5/2
        let oit = try Self.prediction(overrides)
        #expect(Self.figures(oit.groups)["9.1"] == 80 && Self.figures(oit.groups)["10.1"] == 75)
        #expect(Self.figures(oit.indicators) == ["9": 91, "10": 57.5])
        #expect(oit.tool == 74.25)
    }

    @Test func anItemThatDoesNotApplyLeavesItsShare() throws {
        var overrides = Self.seed001
        overrides["o2"] = "{status: n/a, reason: ไม่มี}"  // 9.1: 8 of 9
        let oit = try Self.prediction(overrides)
        #expect(Self.figures(oit.groups)["9.1"] == 88.89 && oit.verdicts.count == 42)
    }

    @Test func aPartialRoundSaysItsGroupingIsUnknown() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Self.agency,
            "agencies/test/2568/year.yaml": "items:\n  o1: \(Self.passing("o1"))\n  o3: {status: not-started}\n",
        ])
        let oit = try #require(SiteBuilder(options: fixture.options).check().assessment.year(2568, of: "test")?.oit)
        #expect(!oit.groupingKnown && oit.groups.isEmpty)
        #expect(oit.indicators.map(\.code) == ["9", "10"])
        let lines = ReadinessSummary.lines(oit, agency: "ทดสอบ", year: 2568, language: .english)
        #expect(
            lines.contains(
                "  round 2568's sub-indicators are not known: each indicator's figure assumes one group of all its items"))
        #expect(!lines.contains { $0.hasPrefix("  sub-indicators") })
    }

    @Test func theSummaryIsCompactInBothLanguages() throws {
        let oit = try Self.prediction(Self.seed001)
        let english = ReadinessSummary.lines(oit, agency: "ทดสอบ", year: 2566, language: .english)
        #expect(
            english.first
                == "OIT readiness (predicted) ทดสอบ 2566: indicator 9 = 93.00, indicator 10 = 63.75, OIT = 78.38, 37 of 43 items pass"
        )
        #expect(english.contains("  predicted overall 80.42 (B, ต้องปรับปรุง) with round 2565's IIT and EIT"))
        #expect(english.contains("  o39: evidence off the agency's main website (drive.google.com)"))
        #expect(english.count == 3 + 6)
        let thai = ReadinessSummary.lines(oit, agency: "ทดสอบ", year: 2566, language: .thai)
        #expect(thai.first?.hasPrefix("ความพร้อม OIT (คาดการณ์) ทดสอบ ปี 2566: ตัวชี้วัดที่ 9 = 93.00") == true)
        #expect(thai.last == "  o41: ไม่มีวันที่ (updated: หรือ covers:)")
    }

    @Test func theJSONLineIsOneObjectWithTheFigures() throws {
        let oit = try Self.prediction(Self.seed001)
        let line = ReadinessSummary.json(oit, agency: "test", year: 2566, language: .english)
        #expect(!line.contains("\n"))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let body = try #require(object["readiness"] as? [String: Any])
        #expect(body["agency"] as? String == "test" && body["year"] as? Int == 2566 && body["oit"] as? Double == 78.38)
        #expect(body["indicators"] as? [String: Double] == ["9": 93, "10": 63.75])
        let failing = try #require(body["failing"] as? [[String: Any]])
        #expect(failing.first?["item"] as? String == "o1" && failing.first?["ids"] as? [String] == ["not-done"])
        #expect(line == ReadinessSummary.json(oit, agency: "test", year: 2566, language: .english))
    }

    @Test func noPublicPageShowsTheReadiness() throws {
        let (fixture, outcome) = try Fixture.built(Self.files(Self.seed001))
        #expect(!outcome.diagnostics.hasErrors)
        let phrases = ["ความพร้อม OIT", "OIT readiness", "คาดการณ์", "นอกเว็บไซต์หลัก", "ยังไม่ยืนยันองค์ประกอบ", "78.38"]
        let files = FileManager.default.enumerator(at: fixture.output, includingPropertiesForKeys: nil)?.allObjects ?? []
        var read = 0
        for case let url as URL in files where ["html", "json", "xml", "txt", "csv"].contains(url.pathExtension) {
            let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
            read += 1
            for phrase in phrases { #expect(!text.contains(phrase), "\(url.lastPathComponent) shows \(phrase)") }
        }
        #expect(read > 10)
    }
}
