import Foundation
import Testing

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
        #expect(diagnostics.errors.first?.location?.file.hasSuffix("2570/year.yaml") == true)
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
}
