import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Every command finds the content one way: upward from the current folder, as git finds `.git`.
@Suite struct ContentSearchTests {
    @Test func findsTheProjectFromInsideAYearFolder() throws {
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let year = folder.appendingPathComponent("proj/agencies/x/2570")
        try FileManager.default.createDirectory(at: year, withIntermediateDirectories: true)
        let found = try ContentSearch(current: year).locate(given: nil).get()
        #expect(found.content.path == folder.appendingPathComponent("proj").standardizedFileURL.path)
        #expect(found.project == found.content)
        #expect(found.argument == "../../..")
        let atRoot = try ContentSearch(current: folder.appendingPathComponent("proj")).locate(given: nil).get()
        #expect(atRoot.argument == ".")
    }

    @Test func findsTheRepositoryLayoutWithContentBesideSite() throws {
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("Content/agencies"), withIntermediateDirectories: true)
        let found = try ContentSearch(current: folder).locate(given: nil).get()
        #expect(found.argument == "Content")
        #expect(found.project.path == folder.standardizedFileURL.path)
    }

    @Test func saysWhatWasSearchedWhenThereIsNoProject() throws {
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inner = folder.appendingPathComponent("a/b")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        guard case .failure(let notFound) = ContentSearch(current: inner).locate(given: nil) else {
            Issue.record("found a project in an empty folder")
            return
        }
        #expect(notFound.searched.first == inner.standardizedFileURL.path)
        #expect(notFound.searched.last == "/")
        #expect(notFound.text(in: .thai).contains("oit init"))
        #expect(notFound.text(in: .english).contains(inner.standardizedFileURL.path))
    }

    /// The clerk's path: `oit init`, then every command run inside the year folder.
    @Test func everyCommandWorksInsideAYearFolderOfAnInitProject() throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try OITProcess.run(["init", "proj", "--agency", "x"], in: folder).status == 0)
        let project = folder.appendingPathComponent("proj")
        let fiscalYear = ProjectScaffold.fiscalYear(of: Date())
        let year = project.appendingPathComponent("agencies/x/\(fiscalYear)")
        let next = try OITProcess.run(["new", "year", String(fiscalYear + 1)], in: year)
        #expect(next.status == 0, "\(next.errors)")
        #expect(
            FileManager.default.fileExists(atPath: project.appendingPathComponent("agencies/x/\(fiscalYear + 1)/year.yaml").path))
        let built = try OITProcess.run(["build"], in: year)
        #expect(built.status == 0, "\(built.errors)")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("Site/x/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: year.appendingPathComponent("Site").path))
        #expect(try OITProcess.run(["check"], in: year).status == 0)
        // Outside any project: one message naming what was searched, usage status.
        let outside = try OITProcess.run(["build"], in: folder)
        #expect(outside.status == 2)
        #expect(outside.errors.contains("agencies/"), "\(outside.errors)")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("Site").path))
    }
}
