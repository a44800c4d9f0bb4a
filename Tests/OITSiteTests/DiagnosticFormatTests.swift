import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// `--format text|json|github`, rule ids and the paths messages show.
@Suite struct DiagnosticFormatTests {
    let diagnostic = Diagnostic(
        .error, .unknownKey("evidance", suggestion: "evidence"),
        at: SourceLocation(file: "Content/agencies/a,b/2566/year.yaml", line: 4, column: 5))

    @Test func textIsFileLineColumn() {
        #expect(
            DiagnosticFormat.text.line(for: diagnostic, language: .english)
                == "Content/agencies/a,b/2566/year.yaml:4:5: error: " + diagnostic.message.text(in: .english))
    }

    @Test func jsonHasEveryFieldAndEscapes() throws {
        let line = DiagnosticFormat.json.line(for: diagnostic, language: .english)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(object["file"] as? String == "Content/agencies/a,b/2566/year.yaml")
        #expect(object["line"] as? Int == 4)
        #expect(object["column"] as? Int == 5)
        #expect(object["severity"] as? String == "error")
        #expect(object["rule"] as? String == "unknown-key")
        #expect(object["message"] as? String == diagnostic.message.text(in: .english))
        let unplaced = Diagnostic(.warning, .yamlSyntax("a \"quoted\"\nline\\"), at: nil)
        let other = try #require(
            try JSONSerialization.jsonObject(
                with: Data(DiagnosticFormat.json.line(for: unplaced, language: .thai).utf8)) as? [String: Any])
        #expect(other["file"] is NSNull)
        #expect(other["message"] as? String == unplaced.message.text(in: .thai))
    }

    @Test func githubEscapesPropertiesAndData() {
        let line = DiagnosticFormat.github.line(for: diagnostic, language: .english)
        #expect(line.hasPrefix("::error file=Content/agencies/a%2Cb/2566/year.yaml,line=4,col=5,title=unknown-key::"))
        let multiline = Diagnostic(.warning, .yamlSyntax("50%\nnext"), at: nil)
        let text = DiagnosticFormat.github.line(for: multiline, language: .english)
        #expect(text.hasPrefix("::warning title=yaml-syntax::"))
        #expect(text.contains("50%25%0Anext"))
        #expect(!text.contains("\n"))
    }

    /// A message's second place ("first defined here") is a notice of its own after the message.
    @Test func githubGivesEachNoteItsOwnNotice() {
        let first = SourceLocation(file: "Content/agencies/a/2566/year.yaml", line: 2, column: 3)
        let twice = Diagnostic(
            .error, .duplicateKey("o1", first: first),
            at: SourceLocation(file: "Content/agencies/a/2566/year.yaml", line: 9, column: 3))
        let lines = DiagnosticFormat.github.line(for: twice, language: .english).split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("::error file=Content/agencies/a/2566/year.yaml,line=9,col=3,") == true)
        #expect(
            lines.last
                == "::notice file=Content/agencies/a/2566/year.yaml,line=2,col=3,title=\(twice.message.ruleID)::first defined here"
        )
    }

    /// Issue 17: a path inside a message is shown as the leading location is (here: the content
    /// folder `proj` given as `.` from inside it), in every format.
    @Test func pathsInsideAMessageAreShownAsTheLeadingLocation() throws {
        let file = "proj/agencies/t/2570/year.yaml"
        let paths = DisplayPaths(contentArgument: ".", currentFolder: URL(fileURLWithPath: "/tmp/proj"))
        let named = SourceFile("proj/agencies/t/2570/notes.txt")
        // Every message that names a file (issue 18: one type, `SourceFile`, for all of them).
        let messages: [Message] = [
            .duplicateCode("o3", other: SourceLocation(file: file, line: 32, column: 3)),
            .duplicateKey("o3", first: SourceLocation(file: file, line: 32, column: 3)),
            .duplicateFramework(round: 2570, other: SourceLocation(file: file, line: 32, column: 3)),
            .missingFile("proj/agencies/t/2570/year.yaml"),
            .unknownContentFile(named, suggestion: nil), .unreadableFile(named),
            .cannotWrite(path: named, reason: "x"), .noAgencies(named), .strayFile(named), .outsideContent(named),
            .missingFolder(named), .unreadableFolder(named), .linkLoop(named), .fileTooLarge(named, limit: 1 << 20),
            .fiscalYear(.roundNotAssessedYet(file: named, round: 2570, belongsIn: 2569)),
        ]
        for message in messages {
            let diagnostic = Diagnostic(.error, message, at: SourceLocation(file: file, line: 48, column: 3))
            for format in DiagnosticFormat.allCases {
                let line = format.line(for: diagnostic, language: .thai, displayPath: paths.display)
                #expect(line.contains("agencies/t/2570/"), "\(line)")
                #expect(!line.contains("proj/"), "\(format): \(line)")
            }
        }
        let text = DiagnosticFormat.text.line(
            for: Diagnostic(.error, messages[0], at: SourceLocation(file: file, line: 48, column: 3)), language: .english,
            displayPath: paths.display)
        #expect(
            text == "agencies/t/2570/year.yaml:48:3: error: \"o3\" is defined twice (first at agencies/t/2570/year.yaml:32:3)")
    }

    @Test func ruleIDsAreStableKebabCaseAndKnown() {
        let samples: [Message] = [
            .unreadableFile("x"), .yamlSyntax("x"), .unclosedFrontMatter, .wrongType(key: nil, expected: .text),
            .unknownKey("x", suggestion: nil), .missingKey("x"), .invalidChoice("x", allowed: []), .invalidDate("x"),
            .invalidCoverage("x"), .invalidURL("x"), .invalidFolderName("x"), .strayFolder("x"), .missingFile("x"),
            .noAgencies("x"), .unknownFramework(round: 1, known: []), .duplicateFramework(round: 1, other: .file("x")),
            .unknownItem("x", round: 1, suggestion: nil), .duplicateCode("x", other: .file("x")), .unknownGroup("x"),
            .reasonRequired("x"), .elementOutOfRange(1, count: 1), .missingEntries([]),
            .partialFramework(round: 1), .scoreOutOfRange(1), .unknownIndicator("x", suggestion: nil),
            .unknownQuestion("x", suggestion: nil), .measureAddressesNothing("x"),
            .unknownMeasure("x", suggestion: nil, year: 2566),
            .measureNotReported(measure: "x", report: "x"), .incompleteResults(missing: []),
            .templateSyntax("x"), .missingTemplate("x"), .unknownTemplateName("x", template: "x"),
        ]
        let ids = samples.map(\.ruleID)
        #expect(Set(ids).count == ids.count, "one id per kind of message")
        for id in ids {
            #expect(Message.allRuleIDs.contains(id), "\(id) is missing from allRuleIDs")
            #expect(id.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil, "\(id)")
        }
        #expect(Set(Message.allRuleIDs).count == Message.allRuleIDs.count)
    }

    @Test func strictKeepsAllowedRulesAsWarnings() {
        var diagnostics = Diagnostics()
        diagnostics.warning(.missingEntries(["o2"]), at: .file("a"))
        diagnostics.warning(.partialFramework(round: 2569), at: .file("b"))
        diagnostics.promoteWarnings(except: ["missing-entries"])
        #expect(diagnostics.errorCount == 1)
        #expect(diagnostics.warnings.map(\.message) == [.missingEntries(["o2"])])
    }

    @Test func pathsAreShownAsTyped() {
        let here = URL(fileURLWithPath: "/home/web/project")
        let dot = DisplayPaths(contentArgument: ".", currentFolder: here)
        #expect(dot.display("project/agencies/a/agency.yaml") == "agencies/a/agency.yaml")
        let typed = DisplayPaths(contentArgument: "../other/Content/", currentFolder: here)
        #expect(typed.display("Content/agencies/a/agency.yaml") == "../other/Content/agencies/a/agency.yaml")
        let plain = DisplayPaths(contentArgument: "Content", currentFolder: here)
        #expect(plain.display("Content/agencies/a/agency.yaml") == "Content/agencies/a/agency.yaml")
        #expect(plain.display("/home/web/project/theme/item.mustache") == "theme/item.mustache")
        #expect(plain.display("/srv/theme/item.mustache") == "/srv/theme/item.mustache")
    }
}
