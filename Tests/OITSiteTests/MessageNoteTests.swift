import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Issue 18: a message can carry a second place, as swift-format's findings carry notes: where a
/// key, code or item entry defined again was first defined, in its text and in `--format json`.
@Suite struct MessageNoteTests {
    /// The `notes` of one `--format json` line.
    static func jsonNotes(_ diagnostic: Diagnostic, _ language: Language, _ show: @escaping ShowFile) throws -> [[String: Any]] {
        let line = DiagnosticFormat.json.line(for: diagnostic, language: language, displayPath: show)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        return try #require(object["notes"] as? [[String: Any]])
    }

    @Test func anItemInYearYAMLAndInItsOwnFileNamesTheFirst() throws {
        let fixture = try Fixture(
            year: "items:\n  o12:\n    status: done\n", extra: ["agencies/test/2566/items/o12.md": "---\nstatus: done\n---\n"])
        let duplicate = try #require(fixture.check().errors.first { $0.message.ruleID == "duplicate-code" })
        #expect(duplicate.location?.file.path.hasSuffix("agencies/test/2566/items/o12.md") == true)
        let note = try #require(duplicate.message.notes.first)
        #expect(duplicate.message.notes.count == 1)
        #expect(note.kind == .firstDefined)
        #expect(note.location.file.path.hasSuffix("agencies/test/2566/year.yaml"))
        #expect((note.location.line, note.location.column) == (2, 3))

        // Shown as a user typed the content folder, in the text and in the JSON note alike.
        let paths = DisplayPaths(contentArgument: "Content", currentFolder: fixture.root)
        let text = DiagnosticFormat.text.line(for: duplicate, language: .english, displayPath: paths.display)
        #expect(
            text
                == "Content/agencies/test/2566/items/o12.md:1:1: error: \"o12\" is defined twice "
                + "(first at Content/agencies/test/2566/year.yaml:2:3)")
        let notes = try Self.jsonNotes(duplicate, .english, paths.display)
        #expect(notes.count == 1)
        #expect(notes.first?["file"] as? String == "Content/agencies/test/2566/year.yaml")
        #expect(notes.first?["line"] as? Int == 2)
        #expect(notes.first?["column"] as? Int == 3)
        #expect(notes.first?["message"] as? String == "first defined here")
        #expect(try Self.jsonNotes(duplicate, .thai, paths.display).first?["message"] as? String == "ประกาศครั้งแรกที่นี่")
    }

    @Test func aDuplicateKeyNotesItsFirstPlaceInTheSameFile() throws {
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n    status: n/a\n")
        let duplicate = try #require(fixture.check().errors.first { $0.message.ruleID == "duplicate-key" })
        let note = try #require(duplicate.message.notes.first)
        #expect(note.location.file == duplicate.location?.file)
        #expect((note.location.line, note.location.column, duplicate.location?.line) == (3, 5, 4))
    }

    @Test func aDuplicateMeasureNotesTheFirst() throws {
        let measure = "  - id: M1\n    title: ก\n    indicators: [1]\n"
        let fixture = try Fixture(
            year: "items: {}\n", extra: ["agencies/test/2566/measures.yaml": "measures:\n" + measure + measure])
        let duplicate = try #require(fixture.check().errors.first { $0.message.ruleID == "duplicate-code" })
        #expect(duplicate.message.notes.map(\.location.line) == [2])
        #expect(duplicate.location?.line == 5)
    }

    /// New with notes: a measure reported twice in one progress report is a warning at the second
    /// entry, noting the first (its page would show it twice).
    @Test func aMeasureReportedTwiceNotesTheFirstEntry() throws {
        let report =
            "round: 6-month\nentries:\n  - measure: M1\n    status: done\n  - measure: M2\n    status: done\n"
            + "  - measure: M1\n    status: in-progress\n"
        let fixture = try Fixture(
            year: "items:\n  o1:\n    status: done\n",
            extra: [
                "agencies/test/2566/measures.yaml": OneMistakeTests.measures, "agencies/test/2566/progress/6-month.yaml": report,
            ])
        let twice = fixture.check().warnings.filter { $0.message.ruleID == "duplicate-code" }
        #expect(twice.count == 1)
        if case .duplicateCode("M1", _) = twice.first?.message {} else { Issue.record("no warning for M1: \(twice)") }
        #expect(twice.first?.location?.line == 7)
        #expect(twice.first?.message.notes.map(\.location.line) == [3])
        #expect(twice.first?.message.notes.first?.location.file.path.hasSuffix("progress/6-month.yaml") == true)
    }

    /// Messages without a second place have an empty `notes`, so every JSON line has the same keys.
    @Test func otherMessagesHaveNoNotes() throws {
        let diagnostic = Diagnostic(.error, .missingKey("status"), at: .file("Content/agencies/t/2566/year.yaml"))
        #expect(diagnostic.message.notes.isEmpty)
        #expect(try Self.jsonNotes(diagnostic, .english, { $0.path }).isEmpty)
    }
}
