import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The item form made from each round's framework, the values a post asks for, the edits for the
/// values that changed only, and each build problem mapped back to its field.
@Suite struct ItemFormTests {
    static let year = """
        # ปี 2566
        round: 2566
        items:
          # ข่าว
          o7:
            status: in-progress
            updated: 2021-06-15
            unit: สำนักปลัด
            elements: [1]
            evidence:
              - title: ข่าว
                url: https://www.example.go.th/news
              - title: ไม่มีที่อยู่
                url: not-a-url
          o8: {status: done, elements: all}

        """

    static func checked(_ yearText: String = year, year: Int = 2566) throws -> (Fixture, EditorContent.Checked) {
        let fixture = try Fixture(["agencies/test/agency.yaml": Fixture.agencyYAML, "agencies/test/\(year)/year.yaml": yearText])
        let checked = try #require(EditorContent(root: fixture.content).check("test"))
        return (fixture, checked)
    }

    static func form(_ code: String, _ checked: EditorContent.Checked, year: Int = 2566, language: Language = .thai) throws
        -> ItemForm
    {
        let assessment = try #require(checked.assessment.year(year, of: "test"))
        let item = try #require(assessment.items.first { $0.code == code })
        let entry = checked.agency?.year(year)?.entries[code]
        return ItemForm(item: item, framework: assessment.framework, entry: entry, year: year, language: language)
    }

    @Test func theFormIsMadeFromThe2566Framework() throws {
        let (_, checked) = try Self.checked()
        let form = try Self.form("o7", checked)
        #expect(form.title == "ข่าวประชาสัมพันธ์")
        #expect(form.group.hasPrefix("9.1 "))
        #expect(form.elements.map(\.number) == [1, 2])
        #expect(form.elements[1].text == "เป็นข้อมูลข่าวสารที่เกิดขึ้นในปี พ.ศ. 2566")
        #expect(form.period.contains("ปีงบประมาณ พ.ศ. 2566"))
        #expect(form.allowed.map { "\($0.lowerBound)..\($0.upperBound)" } == "2022-10-01..2023-09-30")
        #expect(form.values.status == "in-progress")
        #expect(form.values.updated == "15/06/2564")
        #expect(form.values.elements == [1])
        #expect(form.values.evidence.first == ItemValues.Evidence(title: "ข่าว", url: "https://www.example.go.th/news"))
        let o8 = try Self.form("o8", checked)
        #expect(!o8.elements.isEmpty && o8.values.elements == Set(1...o8.elements.count), "`all` ticks every element")
        #expect(try Self.form("o7", checked, language: .english).period.contains("fiscal year 2566"))
        #expect(ItemForm.statuses(in: .thai).map(\.label) == ["ดำเนินการแล้ว", "อยู่ระหว่างดำเนินการ", "ยังไม่ได้ดำเนินการ", "ไม่เกี่ยวข้อง"])
    }

    @Test func everyShippedRoundGivesAFormForEachOfItsItems() throws {
        for round in [2566, 2567, 2568, 2569] {
            let (_, checked) = try Self.checked("round: \(round)\nitems:\n", year: round)
            let assessment = try #require(checked.assessment.year(round, of: "test"))
            #expect(!assessment.items.isEmpty, "\(round)")
            for item in assessment.items {
                let form = ItemForm(item: item, framework: assessment.framework, entry: nil, year: round, language: .thai)
                #expect(form.code == item.code && !form.title.isEmpty && !form.period.isEmpty, "\(round) \(item.code)")
                #expect(form.values == ItemValues(), "an item without an entry starts empty")
            }
        }
    }

    @Test func aPostGivesTheNewValuesOrRefusesWhatCannotBeSaved() throws {
        let (_, checked) = try Self.checked()
        let old = try Self.form("o7", checked).values
        let fields: [String: [String]] = [
            "status": ["done"], "updated": ["๑/๓/๒๕๖๖"], "element": ["1", "2"], "elements-shown": ["1"],
            "ev-count": ["2"], "ev-0-title": ["ข่าว"], "ev-0-url": ["https://www.example.go.th/news"],
            "ev-1-title": ["x"], "ev-1-url": ["https://www.example.go.th/x"], "ev-1-remove": ["1"],
            "ev-new-title": ["ใหม่"], "ev-new-url": ["https://www.example.go.th/new"], "body": ["ก\r\nข\r\n\r\n"],
        ]
        let submission = ItemSubmission(fields: fields, old: old, language: .thai)
        #expect(submission.refusals.isEmpty)
        #expect(submission.values.status == "done")
        #expect(submission.values.updated == "01/03/2566")
        #expect(submission.values.elements == [1, 2])
        #expect(submission.values.evidence.map(\.title) == ["ข่าว", "ใหม่"])
        #expect(submission.values.body == "ก\nข\n")
        #expect(submission.values.unit == "สำนักปลัด", "a field not posted keeps its value")

        let moved = ItemSubmission(
            fields: [
                "ev-count": ["2"], "ev-0-title": ["ก"], "ev-0-url": ["https://a.go.th/"], "ev-1-title": ["ข"],
                "ev-1-url": ["https://b.go.th/"], "action": ["up-1"],
            ], old: old, language: .thai)
        #expect(moved.values.evidence.map(\.title) == ["ข", "ก"])

        let bad = ItemSubmission(
            fields: [
                "updated": ["31/2/2566"], "status": ["เสร็จ"], "covers": ["ปีนี้"], "ev-count": ["1"],
                "ev-0-title": ["ก"], "ev-0-url": ["www.example.go.th"], "ev-new-title": ["ไม่มีที่อยู่"],
            ],
            old: old, language: .english)
        #expect(Set(bad.refusals.keys) == ["updated", "status", "covers", "evidence-0", "evidence-new"])
        #expect(bad.values.updated == "31/2/2566", "the refused value is shown again as typed")
    }

    @Test func buildProblemsMapBackToTheirFields() throws {
        let (fixture, checked) = try Self.checked()
        let file = fixture.content.appending(path: "agencies/test/2566/year.yaml")
        let content = EditorContent(root: fixture.content)
        let locator = FieldLocator(text: Self.year, file: content.sourcePath(file), code: "o7")
        var fields: [String: Int] = [:]
        for diagnostic in checked.diagnostics.sorted {
            if let field = locator.field(for: diagnostic.location) { fields[field, default: 0] += 1 }
        }
        // The 2021 date is outside fiscal 2566 (a warning at `updated:`); `not-a-url` is an error at
        // the second evidence entry.
        #expect(fields["updated"] != nil, "\(checked.diagnostics.sorted.map { $0.formatted() })")
        #expect(fields["evidence-1"] != nil, "\(checked.diagnostics.sorted.map { $0.formatted() })")
        let path = content.sourcePath(file)
        #expect(locator.field(for: SourceLocation(file: path, line: 5, column: 3)) == "item")
        #expect(locator.field(for: SourceLocation(file: path, line: 8, column: 5)) == "unit")
        #expect(locator.field(for: SourceLocation(file: path, line: 15, column: 3)) == nil, "o8 is another item")
        #expect(locator.field(for: SourceLocation(file: "other.yaml", line: 8, column: 5)) == nil)
    }

    @Test func pathsStayInsideTheContentFolder() throws {
        let (fixture, _) = try Self.checked()
        let content = EditorContent(root: fixture.content)
        #expect(content.agencySlugs() == ["test"])
        #expect(content.check("../test") == nil && content.check("nope") == nil)
        #expect(content.file(["agencies", "test", "2566", "year.yaml"]) != nil)
        #expect(content.file(["agencies", "..", "..", "etc"]) == nil)
        #expect(content.file(["agencies", "test/../../x"]) == nil)
        #expect(content.file(["agencies", ".git"]) == nil)
        try FileManager.default.createSymbolicLink(
            at: fixture.content.appending(path: "agencies/test/out"), withDestinationURL: fixture.root)
        #expect(content.file(["agencies", "test", "out", "x.yaml"]) == nil, "a link out of the content folder")
    }
}
