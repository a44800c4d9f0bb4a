import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Bad-input corpus, part 2: links that leave the content or theme, unreadable and missing
/// folders, broken templates, and paths from content that would leave the output.
@Suite struct BadInputTestsFiles {
    static let year = "items:\n  o1:\n    status: done\n"
    var files: FileManager { .default }

    /// A file outside the content folder, beside it in the fixture's temporary root.
    func secret(_ fixture: Fixture) throws -> URL {
        let url = fixture.root.appendingPathComponent("secret.txt")
        try Data("secret".utf8).write(to: url)
        return url
    }

    func link(_ fixture: Fixture, _ path: String, to target: URL) throws {
        let url = fixture.content.appendingPathComponent(path)
        try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try files.createSymbolicLink(at: url, withDestinationURL: target)
    }

    func evidenceYear(_ file: String) -> String {
        "items:\n  o1:\n    status: done\n    evidence:\n      - title: t\n        file: \(file)\n"
    }

    @Test func evidenceLinkToOutsideIsRefused() throws {
        let fixture = try Fixture(year: evidenceYear("files/x.pdf"))
        try link(fixture, "agencies/test/2566/files/x.pdf", to: try secret(fixture))
        let diagnostics = fixture.check()
        #expect(
            diagnostics.places {
                $0 == .outsideContent("agencies/test/2566/files/x.pdf")
                    || $0 == .outsideContent("Content/agencies/test/2566/files/x.pdf")
            } == ["2566/year.yaml:6:15"])
        let outcome = fixture.build()
        #expect(!outcome.wrote)
        #expect(!files.fileExists(atPath: fixture.output.path))
    }

    @Test func evidenceFolderLinkToOutsideIsRefused() throws {
        let fixture = try Fixture(year: evidenceYear("files/x.pdf"))
        let outside = fixture.root.appendingPathComponent("elsewhere")
        try files.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: outside.appendingPathComponent("x.pdf"))
        try link(fixture, "agencies/test/2566/files", to: outside)
        #expect(
            fixture.check().places {
                if case .outsideContent = $0 { return true }
                return false
            } == ["2566/year.yaml:6:15"])
    }

    @Test func evidenceLinkLoopIsNamed() throws {
        let fixture = try Fixture(year: evidenceYear("files/a.pdf"))
        let folder = fixture.content.appendingPathComponent("agencies/test/2566/files")
        try link(fixture, "agencies/test/2566/files/a.pdf", to: folder.appendingPathComponent("b.pdf"))
        try link(fixture, "agencies/test/2566/files/b.pdf", to: folder.appendingPathComponent("a.pdf"))
        #expect(fixture.check().places { $0 == .linkLoop("files/a.pdf") } == ["2566/year.yaml:6:15"])
    }

    @Test func evidenceLinkInsideTheContentIsFollowedAndCopiedAsBytes() throws {
        let fixture = try Fixture(year: evidenceYear("files/x.pdf"), extra: ["shared/x.pdf": "shared bytes"])
        try link(fixture, "agencies/test/2566/files/x.pdf", to: fixture.content.appendingPathComponent("shared/x.pdf"))
        let outcome = fixture.build()
        #expect(outcome.wrote, "\(outcome.diagnostics.errors)")
        let copied = fixture.output.appendingPathComponent("test/2566/files/x.pdf")
        #expect(try files.attributesOfItem(atPath: copied.path)[.type] as? FileAttributeType == .typeRegular)
        #expect(try String(contentsOf: copied, encoding: .utf8) == "shared bytes")
        // No link anywhere in the output.
        let all = files.enumerator(at: fixture.output, includingPropertiesForKeys: nil)!.compactMap { $0 as? URL }
        #expect(all.allSatisfy { !ContentFolder.isLink($0) })
    }

    @Test func logoLinkToOutsideIsRefused() throws {
        let fixture = try Fixture(year: Self.year)
        try fixture.write(Fixture.agencyYAML + "logo: logo.png\n", to: "agencies/test/agency.yaml")
        try link(fixture, "agencies/test/logo.png", to: try secret(fixture))
        #expect(
            fixture.check().places {
                if case .outsideContent = $0 { return true }
                return false
            } == ["test/agency.yaml:4:7"])
    }

    @Test func markdownEntryLinkToOutsideIsRefused() throws {
        let fixture = try Fixture(year: Self.year)
        let outside = fixture.root.appendingPathComponent("o12.md")
        try Data("---\nstatus: done\n---\nsecret\n".utf8).write(to: outside)
        try link(fixture, "agencies/test/2566/items/o12.md", to: outside)
        #expect(
            fixture.check().places {
                if case .outsideContent = $0 { return true }
                return false
            } == ["items/o12.md:1:1"])
    }

    @Test func yearYAMLLinkToOutsideIsRefused() throws {
        let fixture = try Fixture(["agencies/test/agency.yaml": Fixture.agencyYAML])
        let outside = fixture.root.appendingPathComponent("year.yaml")
        try Data(Self.year.utf8).write(to: outside)
        try link(fixture, "agencies/test/2566/year.yaml", to: outside)
        #expect(
            fixture.check().places {
                if case .outsideContent = $0 { return true }
                return false
            } == ["2566/year.yaml:1:1"])
    }

    @Test func agencyFolderLinkToOutsideIsRefused() throws {
        let fixture = try Fixture(year: Self.year)
        let outside = fixture.root.appendingPathComponent("other-agency")
        try files.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data(Fixture.agencyYAML.utf8).write(to: outside.appendingPathComponent("agency.yaml"))
        try link(fixture, "agencies/other", to: outside)
        #expect(
            fixture.check().places {
                if case .outsideContent = $0 { return true }
                return false
            } == ["agencies/other:1:1"])
    }

    @Test func agencyFolderLinkLoopIsNamed() throws {
        let fixture = try Fixture(year: Self.year)
        try link(fixture, "agencies/loop", to: fixture.content.appendingPathComponent("agencies/loop"))
        #expect(
            fixture.check().places {
                if case .linkLoop = $0 { return true }
                return false
            } == ["agencies/loop:1:1"])
    }

    @Test(.enabled(if: getuid() != 0, "root reads any folder"))
    func unreadableItemsFolderIsAnError() throws {
        let fixture = try Fixture(year: Self.year, extra: ["agencies/test/2566/items/o12.md": "---\nstatus: done\n---\n"])
        let items = fixture.content.appendingPathComponent("agencies/test/2566/items")
        try files.setAttributes([.posixPermissions: 0o000], ofItemAtPath: items.path)
        defer { try? files.setAttributes([.posixPermissions: 0o755], ofItemAtPath: items.path) }
        #expect(
            fixture.check().places {
                if case .unreadableFolder = $0 { return true }
                return false
            } == ["2566/items:1:1"])
    }

    @Test func missingContentFolderIsCalledMissing() throws {
        let fixture = try Fixture([:])
        let diagnostics = fixture.check()
        #expect(diagnostics.errors.map(\.message) == [.missingFolder(SourceFile(fixture.content.path))])
    }

    @Test func missingThemeFolderIsCalledMissing() throws {
        let fixture = try Fixture(year: Self.year)
        let theme = fixture.root.appendingPathComponent("NoTheme")
        let outcome = SiteBuilder(options: .init(content: fixture.content, theme: theme, output: fixture.output)).build()
        #expect(outcome.diagnostics.errors.map(\.message) == [.missingFolder(SourceFile(theme.path))])
    }

    // MARK: Theme and template overrides

    /// A copy of the theme inside the fixture, so that links can be added to it.
    func theme(_ fixture: Fixture) throws -> URL {
        let theme = fixture.root.appendingPathComponent("Theme")
        try files.copyItem(at: Paths.theme, to: theme)
        return theme
    }

    func build(_ fixture: Fixture, theme: URL) -> SiteBuilder.Outcome {
        SiteBuilder(options: .init(content: fixture.content, theme: theme, output: fixture.output)).build()
    }

    @Test func themeAssetLinkLoopIsDetected() throws {
        let fixture = try Fixture(year: Self.year)
        let theme = try theme(fixture)
        try files.createSymbolicLink(
            at: theme.appendingPathComponent("assets/again"), withDestinationURL: theme.appendingPathComponent("assets"))
        let outcome = build(fixture, theme: theme)
        #expect(!outcome.wrote)
        #expect(
            outcome.diagnostics.all.contains {
                $0.message == .linkLoop(SourceFile(theme.appendingPathComponent("assets/again").path))
            })
    }

    @Test func themeAssetLinkToOutsideIsRefused() throws {
        let fixture = try Fixture(year: Self.year)
        let theme = try theme(fixture)
        try files.createSymbolicLink(
            at: theme.appendingPathComponent("assets/secret.txt"), withDestinationURL: try secret(fixture))
        let outcome = build(fixture, theme: theme)
        #expect(!outcome.wrote)
        let path = theme.appendingPathComponent("assets/secret.txt").path
        #expect(
            outcome.diagnostics.errors.contains { $0.message == .outsideContent(SourceFile(path)) && $0.location == .file(path) })
    }

    @Test func overrideTemplateLinkToOutsideIsRefused() throws {
        let fixture = try Fixture(year: Self.year)
        let outside = fixture.root.appendingPathComponent("home.mustache")
        try Data("{{secret}}".utf8).write(to: outside)
        try link(fixture, "templates/home.mustache", to: outside)
        let outcome = fixture.build()
        #expect(!outcome.wrote)
        #expect(
            outcome.diagnostics.errors.contains {
                $0.message == .outsideContent(SourceFile(fixture.content.appendingPathComponent("templates/home.mustache").path))
            })
    }

    /// A template override with a syntax error, and where it must be reported.
    func templateError(_ text: String) throws -> (Message, String)? {
        let fixture = try Fixture(year: Self.year, extra: ["templates/home.mustache": text])
        let outcome = fixture.build()
        guard let error = outcome.diagnostics.errors.first, let location = error.location else { return nil }
        return (error.message, "\(location.line):\(location.column)")
    }

    @Test func unclosedSectionIsReportedAtItsOpeningTag() throws {
        let found = try templateError("<main>\n  <h1>{{title}}</h1>\n    {{#items}}\n  <p>{{name}}</p>\n</main>\n")
        #expect(found?.0 == .templateProblem(.unclosedSection("items"), detail: nil))
        #expect(found?.1 == "3:5")
    }

    @Test func wrongSectionCloseIsReportedAtTheClosingTag() throws {
        let found = try templateError("{{#a}}\n{{#b}}x\n  {{/a}}\n{{/b}}\n")
        #expect(found?.0 == .templateProblem(.wrongSectionClose(expected: "b", found: "a"), detail: nil))
        #expect(found?.1 == "3:3")
    }

    /// The content-type line `ThemeTemplate` puts before every template moves no error's line.
    @Test func templateErrorsKeepTheFilesLines() throws {
        let found = try templateError("<p>ok</p>\n{{%CONTENT_TYPE: NOPE}}\n")
        #expect(found?.1.hasPrefix("2:") == true, "\(String(describing: found))")
    }

    @Test func unfinishedTagIsReportedAtTheTag() throws {
        let found = try templateError("<p>\n  ok {{title}}\n  bad {{title\n</p>\n")
        #expect(found?.0 == .templateProblem(.unfinishedTag, detail: nil))
        #expect(found?.1 == "3:7")
        // The Thai explanation names the tag, not a raw Swift error name.
        #expect(found.map { !$0.0.text(in: .thai).contains("unfinishedName") } == true)
    }

    @Test func templateNotUTF8IsLocated() throws {
        let fixture = try Fixture(year: Self.year)
        let url = fixture.content.appendingPathComponent("templates/home.mustache")
        try files.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(Array("<p>\n  ".utf8) + [0xFF]).write(to: url)
        let outcome = fixture.build()
        #expect(
            outcome.diagnostics.errors.contains {
                $0.message == .notUTF8 && $0.location == SourceLocation(file: url.path, line: 2, column: 3)
            })
    }

    // MARK: Paths from content that would leave the output

    @Test func itemCodeWithDotsCannotWriteOutsideTheOutput() throws {
        let shipped = try String(contentsOf: FrameworkLoader.builtInFolder!.appendingPathComponent("2566.yaml"), encoding: .utf8)
        let hostile = try shipped.edited(replacing: "  - code: o1\n", with: "  - code: ../../../ESCAPED\n")
        let fixture = try Fixture(
            year: "items:\n  ../../../ESCAPED:\n    status: done\n", extra: ["frameworks/2566.yaml": hostile])
        let outcome = fixture.build()
        #expect(!outcome.wrote)
        #expect(try files.contentsOfDirectory(atPath: fixture.root.path).sorted() == ["Content"])
        #expect(!files.fileExists(atPath: fixture.root.deletingLastPathComponent().appendingPathComponent("ESCAPED").path))
    }
}
