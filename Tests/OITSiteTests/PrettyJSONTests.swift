import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITRender
@testable import OITSite

/// `oit.json` is written by `PrettyJSON`; it must be what `JSONEncoder` writes, byte for byte.
@Suite struct PrettyJSONTests {
    @Test func everyYearOfTheExampleSiteMatchesJSONEncoder() throws {
        let (project, _) = ContentLoader.load(from: Paths.exampleContent)
        let (assessment, _) = Checker.check(project)
        var compared = 0
        for agency in project.agencies {
            for year in agency.years {
                guard let assessed = assessment.year(year.year, of: agency.slug) else { continue }
                let context = YearContext(
                    agency: agency, year: year, assessment: assessed, previous: agency.year(year.year - 1),
                    previousAssessment: assessment.year(year.year - 1, of: agency.slug), next: agency.year(year.year + 1))
                let file = Export.file(context)
                #expect(PrettyJSON.bytes(TemplateEncoder.encode(file)) != nil)
                #expect(try Export.bytes(file) == Array(Export.encoderOutput(file).utf8), "\(agency.slug) \(year.year)")
                compared += 1
            }
        }
        #expect(compared >= 6)
    }

    @Test func edgeCasesMatchJSONEncoder() throws {
        let strange = [
            "", "a/b\\c\"d", "ทดสอบ ก้\u{0E31} 👍🏽 🇹🇭", "\u{0}\u{1}\u{8}\u{9}\u{A}\u{B}\u{C}\u{D}\u{1F}\u{7F}\u{80}",
            "\r\n", "\u{2028}\u{2029}", "<script>&amp;</script>", "e\u{301}",
        ]
        let items = strange.enumerated().map { index, text in
            Export.Item(
                code: text, title: text, group: text, status: "done", updated: index % 2 == 0 ? nil : text, url: text,
                unit: index % 3 == 0 ? text : nil, elementsRequired: -index, elementsConfirmed: Array(0..<index),
                evidence: index % 2 == 0 ? [] : [Export.EvidenceLink(title: text, url: text)])
        }
        let file = Export.YearFile(
            agency: Export.AgencyInfo(name: "n", nameEnglish: nil, province: "", website: "https://x.go.th/a/"),
            fiscalYear: 2569, round: Int.max, partialFramework: true,
            counts: Export.CountsInfo(
                total: 0, done: Int.min, inProgress: 1, notStarted: 2, notApplicable: 3, missing: 4, percentDone: 100),
            items: items)
        #expect(try Export.bytes(file) == Array(Export.encoderOutput(file).utf8))
        let empty = Export.YearFile(
            agency: Export.AgencyInfo(name: "", nameEnglish: "", province: "", website: ""), fiscalYear: 0, round: 0,
            partialFramework: false,
            counts: Export.CountsInfo(
                total: 0, done: 0, inProgress: 0, notStarted: 0, notApplicable: 0, missing: 0, percentDone: 0),
            items: [])
        #expect(try Export.bytes(empty) == Array(Export.encoderOutput(empty).utf8))
    }

    /// A tree with a fraction is left to `JSONEncoder`, whose number format is its own.
    @Test func fractionsAreLeftToJSONEncoder() {
        #expect(PrettyJSON.bytes(.object(["a": .double(0.5)])) == nil)
        #expect(PrettyJSON.bytes(.list([.int(1), .null])) == Array("[\n  1,\n  null\n]".utf8))
    }
}
