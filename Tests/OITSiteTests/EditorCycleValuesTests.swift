import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Issue 21: the values of the measures and progress forms read back unchanged make no edit, so an
/// unchanged save never rewrites a line (a `|` block stays a `|` block).
@Suite struct EditorCycleValuesTests {
    static let report = """
        round: 12-month
        date: 2023-08-11
        entries:
          - measure: M1
            status: done
            summary: |
              1. จัดทำคู่มือ
              2. เผยแพร่คู่มือ
            outcome: มีคู่มือ

        """

    @Test func anUnchangedReportMakesNoEdit() throws {
        let fixture = try Fixture(
            year: "round: 2566\n",
            extra: [
                "agencies/test/2566/measures.yaml": "measures:\n  - id: M1\n    title: คู่มือ\n    questions: [i1]\n",
                "agencies/test/2566/progress/12-month.yaml": Self.report,
            ])
        let year = try #require(fixture.load().agencies.first?.year(2566))
        let report = try #require(year.reports.first)
        let old = ProgressValues(report, measures: ["M1"])
        #expect(old.entries.first?.summary == "1. จัดทำคู่มือ\n2. เผยแพร่คู่มือ")
        let fields: [String: [String]] = [
            "round": ["12-month"], "date": ["11/08/2566"], "title": [""], "e-count": ["1"], "e-0-measure": ["M1"],
            "e-0-origin": ["0"], "e-0-status": ["done"], "e-0-summary": ["1. จัดทำคู่มือ\r\n2. เผยแพร่คู่มือ"],
            "e-0-outcome": ["มีคู่มือ"], "e-0-ev-count": ["0"],
        ]
        let submission = ProgressSubmission(fields: fields, old: old, language: .thai)
        #expect(submission.refusals.isEmpty)
        #expect(ProgressEdits.edits(from: old, to: submission.values) == [])
        let measures = MeasureValues(year.measures)
        #expect(MeasureEdits.edits(from: measures, to: measures) == [])
        // A browser posts a text area's lines with CRLF: still one entry a line.
        #expect(MeasureSubmission.lines("จัดทำคู่มือ\r\nเผยแพร่\r\n", splittingCommas: false) == ["จัดทำคู่มือ", "เผยแพร่"])
        #expect(MeasureSubmission.lines("i1, e1\r\ni3", splittingCommas: true) == ["i1", "e1", "i3"])
    }

    /// Remove, move and add in one save: the file ends with the posted order, comments kept.
    @Test func removedMovedAndAddedMeasuresEndInThePostedOrder() throws {
        let text = """
            # หมายเหตุของผู้ดูแล
            measures:
              - id: M1
                title: หนึ่ง
                questions: [i1]
              - id: M2
                title: สอง
                items: [o1]
              - id: M3
                title: สาม
                steps:
                  - ขั้นแรก

            """
        func entry(_ id: String, _ title: String, origin: Int?) -> MeasureValues.Entry {
            var entry = MeasureValues.Entry()
            entry.id = id
            entry.title = title
            entry.origin = origin
            return entry
        }
        var old = MeasureValues()
        old.measures = [entry("M1", "หนึ่ง", origin: 0), entry("M2", "สอง", origin: 1), entry("M3", "สาม", origin: 2)]
        old.measures[0].questions = ["i1"]
        old.measures[1].items = ["o1"]
        old.measures[2].steps = ["ขั้นแรก"]
        var new = old
        new.measures = [old.measures[2], old.measures[0], entry("M4", "สี่", origin: nil)]
        new.measures[2].units = ["กองคลัง"]
        let edits = MeasureEdits.edits(from: old, to: new)
        let order = YAMLKeyOrder.forFile(URL(fileURLWithPath: "measures.yaml"))
        let edited = try YAMLTextEditor.apply(edits, to: text, order: order)
        #expect(edited.hasPrefix("# หมายเหตุของผู้ดูแล\nmeasures:\n"))
        let ids = edited.split(separator: "\n").filter { $0.hasPrefix("  - id: ") }.map { $0.dropFirst(8) }
        #expect(ids == ["M3", "M1", "M4"], "\(edited)")
        #expect(!edited.contains("สอง") && !edited.contains("o1"), "\(edited)")
        #expect(edited.contains("  - id: M4\n    title: สี่\n    units:\n      - กองคลัง\n"), "\(edited)")
    }
}
