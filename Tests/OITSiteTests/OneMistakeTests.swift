import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Issue 17, "one mistake, one message": a mistake a clerk makes is reported once, and nothing
/// that only follows from it (a round that could not be read, an entry dropped for its bad value)
/// is reported beside it.
@Suite struct OneMistakeTests {
    /// A 2570 year on the 2569 framework, as `oit init` writes it, with `items` after `round`.
    static func year2570(_ items: String) -> [String: String] {
        [
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2570/year.yaml": "round: 2569\nitems:\n" + items,
        ]
    }

    /// The messages of a check, as `case` names with their places, for failure output.
    static func describe(_ diagnostics: Diagnostics) -> String {
        diagnostics.sorted.map { "\($0.location.map(String.init(describing:)) ?? "-") \($0.message)" }.joined(separator: "\n")
    }

    static let syntaxErrors: [(String, String)] = [
        ("colon inside Thai text", "  o1:\n    status: done\n    summary: ผลการดำเนินงาน: ครบถ้วน\n"),
        ("tab before a key", "  o1:\n\tstatus: done\n"),
        ("missing colon", "  o1:\n    status done\n    summary: x\n"),
        ("unclosed quote", "  o1:\n    status: done\n    summary: \"ยังไม่ปิด\n"),
    ]

    @Test(arguments: syntaxErrors) func aYearFileThatDoesNotParseGivesOnlyItsSyntaxError(_ name: String, _ items: String) throws {
        let fixture = try Fixture(Self.year2570(items))
        let diagnostics = fixture.check()
        #expect(diagnostics.all.count == 1, "\(name):\n\(Self.describe(diagnostics))")
        #expect(diagnostics.errors.first?.location?.file.path.hasSuffix("2570/year.yaml") == true)
    }

    @Test func aRoundThatIsNotANumberIsNotFollowedByAnUnknownFramework() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2570/year.yaml": "round: สองห้าหกเก้า\nitems:\n  o1:\n    status: done\n",
        ])
        let diagnostics = fixture.check()
        #expect(
            diagnostics.all.map(\.message) == [.wrongType(key: "round", expected: .wholeNumber)], "\(Self.describe(diagnostics))")
    }

    @Test func aSyntaxErrorInARoundThatExistsIsNotFollowedByMissingEntries() throws {
        let fixture = try Fixture(year: "round: 2566\nitems:\n  o1:\n\tstatus: done\n")
        let diagnostics = fixture.check()
        #expect(diagnostics.all.count == 1, "\(Self.describe(diagnostics))")
    }

    // One bad value: no follow-ups (an entry whose value is wrong is still there).

    static let measures = """
        measures:
          - id: M1
            title: ปรับปรุงเว็บไซต์
            items: [o1]
          - id: M2
            title: เผยแพร่คู่มือ
            items: [o1]

        """

    /// Whether a diagnostic is a missing-entries warning that names `code`.
    static func missing(_ code: String) -> (Diagnostic) -> Bool {
        { if case .missingEntries(let codes) = $0.message { codes.contains(code) } else { false } }
    }

    @Test func aBadItemStatusIsNotFollowedByAMissingEntry() throws {
        let fixture = try Fixture(year: "items:\n  o1:\n    status: เสร็จแล้ว\n    summary: ครบ\n")
        let diagnostics = fixture.check()
        #expect(diagnostics.errors.count == 1, "\(Self.describe(diagnostics))")
        #expect(diagnostics.all.contains(where: Self.missing("o1")) == false, "\(Self.describe(diagnostics))")
    }

    @Test func anEntryWithoutItsColonIsToldSoAndNotFollowedByAMissingEntry() throws {
        let fixture = try Fixture(year: "items:\n  o1:\n    status done\n  o2:\n    status: done\n")
        let diagnostics = fixture.check()
        #expect(
            diagnostics.places { $0 == .yamlMistake(.missingColon(key: "status", rest: "done")) } == ["2566/year.yaml:3:11"],
            "\(Self.describe(diagnostics))")
        #expect(diagnostics.errors.count == 1, "\(Self.describe(diagnostics))")
        #expect(diagnostics.all.contains(where: Self.missing("o1")) == false)
    }

    @Test func aBadStatusInAnItemFileIsNotFollowedByAMissingEntry() throws {
        let fixture = try Fixture(year: "items: {}\n", extra: ["agencies/test/2566/items/o1.md": "---\nstatus: ok\n---\n"])
        let diagnostics = fixture.check()
        #expect(diagnostics.errors.count == 1, "\(Self.describe(diagnostics))")
        #expect(diagnostics.all.contains(where: Self.missing("o1")) == false)
    }

    @Test func aBadProgressStatusIsTheOnlyMessageOfItsEntry() throws {
        let report =
            "round: 6-month\nentries:\n  - measure: M1\n    status: เสร็จแล้ว\n    summary: ปรับปรุงแล้ว\n"
            + "    outcome: ดีขึ้น\n  - measure: M2\n    status: done\n"
        let fixture = try Fixture(
            year: "items:\n  o1:\n    status: done\n",
            extra: ["agencies/test/2566/measures.yaml": Self.measures, "agencies/test/2566/progress/6-month.yaml": report])
        let diagnostics = fixture.check()
        let inReport = diagnostics.all.filter { $0.location?.file.path.hasSuffix("progress/6-month.yaml") == true }
        #expect(inReport.count == 1, "\(Self.describe(diagnostics))")
        #expect(inReport.first?.location?.line == 4)
    }

    @Test func aMistypedMeasureIsNotAlsoReportedAsUnreported() throws {
        let report = "round: 6-month\nentries:\n  - measure: M1\n    status: done\n  - measure: M02\n    status: done\n"
        let fixture = try Fixture(
            year: "items:\n  o1:\n    status: done\n",
            extra: ["agencies/test/2566/measures.yaml": Self.measures, "agencies/test/2566/progress/6-month.yaml": report])
        let diagnostics = fixture.check()
        let inReport = diagnostics.all.filter { $0.location?.file.path.hasSuffix("progress/6-month.yaml") == true }
        #expect(
            inReport.map(\.message) == [.unknownMeasure("M02", suggestion: "M2", year: 2566)], "\(Self.describe(diagnostics))")
    }

    @Test func aBadDateIsNotFollowedByAPeriodWarning() throws {
        // o7's rule in 2566: updated within the fiscal year.
        let fixture = try Fixture(year: "items:\n  o7:\n    status: done\n    updated: 2566-02-30\n")
        let diagnostics = fixture.check()
        #expect(diagnostics.all.filter { $0.location?.line == 4 }.count == 1, "\(Self.describe(diagnostics))")
        #expect(diagnostics.places { if case .periodMismatch = $0 { true } else { false } }.isEmpty)
    }

    @Test func aBadCoverageIsNotFollowedByAPeriodWarning() throws {
        let fixture = try Fixture(year: "items:\n  o7:\n    status: done\n    covers: ปีนี้\n")
        let diagnostics = fixture.check()
        #expect(
            diagnostics.places { if case .periodMismatch = $0 { true } else { false } }.isEmpty, "\(Self.describe(diagnostics))")
    }

    @Test func aBadScoreIsNotAlsoAMissingScore() throws {
        let fixture = try Fixture(
            year: "items:\n  o1:\n    status: done\n",
            extra: ["agencies/test/2566/results.yaml": "indicators:\n  4: 150\n  5: x\n"])
        let diagnostics = fixture.check()
        for diagnostic in diagnostics.all {
            if case .incompleteResults(let missing) = diagnostic.message {
                #expect(!missing.contains(4) && !missing.contains(5), "\(Self.describe(diagnostics))")
            }
        }
        #expect(diagnostics.errors.count == 2, "\(Self.describe(diagnostics))")
        #expect(Message.scoreOutOfRange(150).text(in: .thai) == "คะแนน 150 ต้องอยู่ระหว่าง 0 ถึง 100")
    }
}

/// Issue 17, the smaller findings of the walkthrough.
@Suite struct WalkthroughFindingsTests {
    @Test(arguments: ["agencies/test/2566/year.yaml", "agencies/test/2570/year.yaml"])
    func anItemCodeInCapitalsIsAnsweredWithTheCode(_ path: String) throws {
        let round = path.contains("2570") ? 2569 : 2566
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            path: "round: \(round)\nitems:\n  O3:\n    status: done\n",
        ])
        let diagnostics = fixture.check()
        #expect(
            diagnostics.errors.map(\.message) == [.unknownItem("O3", round: round, suggestion: "o3")],
            "\(OneMistakeTests.describe(diagnostics))")
    }

    /// The entry written as O3 is o3's: o3 is not also reported as having no entry.
    @Test func aMistypedCodeIsNotAlsoAMissingEntry() throws {
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n  O2:\n    status: done\n  o99:\n    status: done\n")
        let diagnostics = fixture.check()
        #expect(
            diagnostics.all.contains(where: OneMistakeTests.missing("o2")) == false, "\(OneMistakeTests.describe(diagnostics))")
        #expect(diagnostics.all.contains(where: OneMistakeTests.missing("o3")), "a code nothing stands for is still missing")
    }

    @Test func spellingIgnoresCase() {
        #expect(Spelling.closest(to: "O3", among: ["o1", "o3", "o30"]) == "o3")
        #expect(Spelling.closest(to: "STATUS", among: ["status", "summary"]) == "status")
    }

    @Test(arguments: [
        ("2570-02-29", "ปี 2570 ไม่มีวันที่ 29 กุมภาพันธ์ (กุมภาพันธ์ปีนั้นมี 28 วัน)", "2570 (B.E.) has no 29 February"),
        ("2027-02-29", "ปี ค.ศ. 2027 ไม่มีวันที่ 29 กุมภาพันธ์", "2027 has no 29 February (February has 28 days that year)"),
        ("2566-04-31", "ปี 2566 ไม่มีวันที่ 31 เมษายน (เมษายนปีนั้นมี 30 วัน)", "2566 (B.E.) has no 31 April"),
    ])
    func aDayTheMonthLacksIsNamed(_ date: String, _ thai: String, _ english: String) throws {
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n    updated: \(date)\n")
        let error = try #require(fixture.check().errors.first)
        #expect(error.location?.line == 4)
        #expect(error.message.text(in: .thai).contains(thai), "\(error.message.text(in: .thai))")
        #expect(error.message.text(in: .english).contains(english), "\(error.message.text(in: .english))")
        #expect(error.message.text(in: .english).hasThaiLetters == false)
    }

    /// 2568 B.E. is 2025, 2567 is 2024 (a leap year): 29 February 2567 is a day.
    @Test func aLeapDayIsADay() throws {
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n    updated: 2567-02-29\n")
        #expect(fixture.check().errors.isEmpty)
    }

    /// o1 of the 2569 framework lists no elements: numbers confirm nothing, 1 no more than 2.
    @Test func elementNumbersOfAnItemWithoutElementsAreOneMessage() throws {
        let fixture = try Fixture(OneMistakeTests.year2570("  o1:\n    status: done\n    elements: [1, 2]\n"))
        let diagnostics = fixture.check()
        #expect(
            diagnostics.errors.map(\.message) == [.elementsNotListed(item: "o1", numbers: [1, 2])],
            "\(OneMistakeTests.describe(diagnostics))")
        #expect(diagnostics.places { if case .elementsNotListed = $0 { true } else { false } } == ["2570/year.yaml:5:16"])
    }
}
