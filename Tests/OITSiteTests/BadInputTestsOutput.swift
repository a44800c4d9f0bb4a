import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite
@testable import OITWrite

/// Bad-input corpus, part 1: the output folder is the tool's alone (issue 8).
@Suite struct BadInputTestsOutput {
    static let minimalYear = "items:\n  o1:\n    status: done\n"

    /// A fixture whose content builds without errors.
    static func buildable() throws -> Fixture {
        try Fixture(year: minimalYear)
    }

    func build(_ fixture: Fixture, output: URL, theme: URL = Paths.theme) -> SiteBuilder.Outcome {
        SiteBuilder(options: .init(content: fixture.content, theme: theme, output: output)).build()
    }

    func refusal(_ outcome: SiteBuilder.Outcome) -> OutputGuard.Refusal? {
        for case .outputRefused(let reason) in outcome.diagnostics.all.map(\.message) { return reason }
        return nil
    }

    var files: FileManager { .default }

    @Test func minimalFixtureBuilds() throws {
        let fixture = try Self.buildable()
        let outcome = fixture.build()
        #expect(outcome.diagnostics.errors.isEmpty, "\(outcome.diagnostics.errors)")
        #expect(outcome.wrote)
        #expect(OutputManifest.isPresent(in: fixture.output))
        // A second build replaces the first: the manifest marks it as ours.
        #expect(fixture.build().wrote)
        #expect(!files.fileExists(atPath: fixture.root.appendingPathComponent(".Site.building").path))
        #expect(!files.fileExists(atPath: fixture.root.appendingPathComponent(".Site.previous").path))
    }

    @Test func outputIsTheContentFolder() throws {
        let fixture = try Self.buildable()
        let outcome = build(fixture, output: fixture.content)
        #expect(outcome.outputRefused && !outcome.wrote)
        #expect(refusal(outcome) == .isSource(.content))
        #expect(files.fileExists(atPath: fixture.content.appendingPathComponent("agencies/test/agency.yaml").path))
    }

    @Test func outputContainsTheContentFolder() throws {
        let fixture = try Self.buildable()
        let outcome = build(fixture, output: fixture.root)
        #expect(refusal(outcome) == .containsSource(.content))
        #expect(files.fileExists(atPath: fixture.content.appendingPathComponent("agencies/test/agency.yaml").path))
    }

    @Test func outputInsideTheContentFolder() throws {
        let fixture = try Self.buildable()
        let outcome = build(fixture, output: fixture.content.appendingPathComponent("agencies/Site"))
        #expect(refusal(outcome) == .insideSource(.content))
        #expect(!files.fileExists(atPath: fixture.content.appendingPathComponent("agencies/Site").path))
    }

    @Test func outputReachedThroughALinkToTheContent() throws {
        let fixture = try Self.buildable()
        let link = fixture.root.appendingPathComponent("alias")
        try files.createSymbolicLink(at: link, withDestinationURL: fixture.content)
        let outcome = build(fixture, output: link.appendingPathComponent("agencies"))
        #expect(refusal(outcome) == .insideSource(.content))
    }

    @Test func outputIsOrHoldsTheTheme() throws {
        let fixture = try Self.buildable()
        let theme = fixture.root.appendingPathComponent("Theme")
        try files.copyItem(at: Paths.theme, to: theme)
        #expect(refusal(build(fixture, output: theme, theme: theme)) == .isSource(.theme))
        #expect(refusal(build(fixture, output: theme.appendingPathComponent("assets"), theme: theme)) == .insideSource(.theme))
        #expect(files.fileExists(atPath: theme.appendingPathComponent("layout.mustache").path))
    }

    @Test func outputIsAnExistingFile() throws {
        let fixture = try Self.buildable()
        let file = fixture.root.appendingPathComponent("notes.txt")
        try Data("keep me".utf8).write(to: file)
        let outcome = build(fixture, output: file)
        #expect(refusal(outcome) == .isFile)
        #expect(try String(contentsOf: file, encoding: .utf8) == "keep me")
    }

    @Test func outputIsSomeoneElsesFolder() throws {
        let fixture = try Self.buildable()
        let folder = fixture.root.appendingPathComponent("Documents")
        try files.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("thesis".utf8).write(to: folder.appendingPathComponent("thesis.docx"))
        let outcome = build(fixture, output: folder)
        #expect(refusal(outcome) == .foreignFolder)
        #expect(files.fileExists(atPath: folder.appendingPathComponent("thesis.docx").path))
    }

    @Test func anEmptyFolderMayBeUsed() throws {
        let fixture = try Self.buildable()
        try files.createDirectory(at: fixture.output, withIntermediateDirectories: true)
        #expect(fixture.build().wrote)
    }

    @Test func failedBuildLeavesThePreviousOutputAndNoStaging() throws {
        let fixture = try Self.buildable()
        #expect(fixture.build().wrote)
        let before = try files.contentsOfDirectory(atPath: fixture.output.path).sorted()
        try fixture.write("items:\n  o1:\n    status: nonsense\n", to: "agencies/test/2566/year.yaml")
        let outcome = fixture.build()
        #expect(!outcome.wrote && !outcome.outputRefused)
        #expect(try files.contentsOfDirectory(atPath: fixture.output.path).sorted() == before)
        #expect(try files.contentsOfDirectory(atPath: fixture.root.path).sorted() == ["Content", "Site"])
    }

    @Test func escapingPathsAreRefused() throws {
        let root = files.temporaryDirectory.appendingPathComponent("oit-out-\(UUID().uuidString)")
        defer { try? files.removeItem(at: root) }
        let output = try OutputFolder(destination: root.appendingPathComponent("Site"))
        for path in [
            "../../../ESCAPED/index.html", "/etc/x", "", "a//b", "a/./b", "a/../../b", "a/", "a\\..\\b", ".oit-output",
            // A combining mark after "/" must not hide it (Swift would read "/\u{301}" as one character).
            "../\u{301}", "/\u{301}etc",
        ] {
            #expect(throws: OutputFolder.Failure.escapingPath(path)) { try output.write("x", to: path) }
        }
        try output.write("fine", to: "o12/index.html")
        output.discard()
        #expect(try files.contentsOfDirectory(atPath: root.path).isEmpty)
    }

    @Test func copiesAreBytesFromAllowedFoldersOnly() throws {
        let root = files.temporaryDirectory.appendingPathComponent("oit-out-\(UUID().uuidString)")
        defer { try? files.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try files.createDirectory(at: content, withIntermediateDirectories: true)
        let secret = root.appendingPathComponent("secret.txt")
        try Data("secret".utf8).write(to: secret)
        try Data("public".utf8).write(to: content.appendingPathComponent("doc.pdf"))
        try files.createSymbolicLink(at: content.appendingPathComponent("leak.pdf"), withDestinationURL: secret)
        try files.createSymbolicLink(
            at: content.appendingPathComponent("same.pdf"),
            withDestinationURL: content.appendingPathComponent("doc.pdf"))
        let output = try OutputFolder(destination: root.appendingPathComponent("Site"), sources: [content])
        #expect(throws: OutputFolder.Failure.sourceOutside(content.appendingPathComponent("leak.pdf").path)) {
            try output.copy(content.appendingPathComponent("leak.pdf"), to: "leak.pdf")
        }
        try output.copy(content.appendingPathComponent("same.pdf"), to: "same.pdf")
        try output.commit()
        let copied = root.appendingPathComponent("Site/same.pdf")
        #expect(try files.attributesOfItem(atPath: copied.path)[.type] as? FileAttributeType == .typeRegular)
        #expect(try String(contentsOf: copied, encoding: .utf8) == "public")
    }

    @Test func failedCommitRestoresThePreviousOutput() throws {
        let root = files.temporaryDirectory.appendingPathComponent("oit-out-\(UUID().uuidString)")
        defer { try? files.removeItem(at: root) }
        let destination = root.appendingPathComponent("Site")
        let first = try OutputFolder(destination: destination)
        try first.write("old", to: "index.html")
        try first.commit()
        let second = try OutputFolder(destination: destination)
        try second.write("new", to: "index.html")
        // The staging folder vanishes before the final move: the move fails.
        try files.removeItem(at: second.staging)
        #expect(throws: OutputFolder.Failure.self) { try second.commit() }
        #expect(try String(contentsOf: destination.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(try files.contentsOfDirectory(atPath: root.path) == ["Site"])
    }

    @Test func staleStagingIsReplacedOnlyWhenOurs() throws {
        let root = files.temporaryDirectory.appendingPathComponent("oit-out-\(UUID().uuidString)")
        defer { try? files.removeItem(at: root) }
        let destination = root.appendingPathComponent("Site")
        let killed = try OutputFolder(destination: destination)
        try killed.write("half", to: "index.html")
        // A new build after a killed one reuses the name.
        let next = try OutputFolder(destination: destination)
        try next.commit()
        #expect(!files.fileExists(atPath: destination.appendingPathComponent("index.html").path))
        let foreign = root.appendingPathComponent(".Other.building")
        try files.createDirectory(at: foreign, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: foreign.appendingPathComponent("mine.txt"))
        #expect(throws: OutputFolder.Failure.refused(.foreignStaging(".Other.building"))) {
            _ = try OutputFolder(destination: root.appendingPathComponent("Other"))
        }
        #expect(files.fileExists(atPath: foreign.appendingPathComponent("mine.txt").path))
    }

    @Test func unwritableOutputIsCannotWrite() throws {
        let fixture = try Self.buildable()
        let file = fixture.root.appendingPathComponent("plain-file")
        try Data().write(to: file)
        // A parent that is a file cannot hold a folder, whoever runs the test (even root).
        let outcome = build(fixture, output: file.appendingPathComponent("Site"))
        #expect(!outcome.wrote)
        #expect(
            outcome.diagnostics.all.contains {
                if case .cannotWrite = $0.message { return true }
                return false
            })
        #expect(
            !outcome.diagnostics.all.contains {
                if case .unreadableFile = $0.message { return true }
                return false
            })
    }
}
