import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// `oit set` end to end, as a vendor runs it on a project made by `oit init`: only the lines of
/// the values change, and the site still builds.
@Suite struct SetCommandTests {
    /// The scaffolded year folder of the project's only agency.
    func yearFolder(_ project: URL, agency: String) throws -> String {
        let names = try FileManager.default.contentsOfDirectory(atPath: project.appending(path: "agencies/\(agency)").path)
        return try #require(names.filter { Int($0) != nil }.sorted().last)
    }

    /// The item codes of a year.yaml in file order, with the line (0-based) of each code.
    func items(_ text: String) throws -> [(code: String, line: Int)] {
        let root = try #require(try YAMLComposer.compose(text, file: "").get())
        let items = try #require(YAMLTextEditor.find(YAMLKeyPath(parsing: "items").components[...], in: root))
        guard case .mapping(let pairs) = items.value else { return [] }
        return pairs.map { ($0.key.scalar ?? "", $0.key.location.line - 1) }
    }

    @Test func setOnAScaffoldedYearChangesOnlyTheItemsLinesAndTheSiteBuilds() throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try OITProcess.run(["init", "proj", "--agency", "x"], in: folder).status == 0)
        let project = folder.appending(path: "proj")
        // The profile's placeholders, filled in by `oit set` too.
        let profile = try OITProcess.run(
            ["set", "agencies/x/agency.yaml", "name", "องค์การบริหารส่วนตำบลทดสอบ", "province", "ลพบุรี"], in: project)
        #expect(profile.status == 0, "\(profile.errors)")
        let year = try yearFolder(project, agency: "x")
        let file = "agencies/x/\(year)/year.yaml"
        let before = try String(contentsOf: project.appending(path: file), encoding: .utf8)
        let codes = try items(before)
        try #require(codes.count >= 2, "the scaffold lists the round's items")
        let (code, line) = (codes[0].code, codes[0].line)
        let set = try OITProcess.run(
            [
                "set", file, "items.\(code).status", "done", "items.\(code).updated", "\(year)-01-10",
                "items.\(code).evidence.0", "{title: ทดสอบ, url: https://www.example.go.th/\(code)}",
            ], in: project)
        #expect(set.status == 0, "\(set.errors)")
        let after = try String(contentsOf: project.appending(path: file), encoding: .utf8)
        let diff = ContentFileEdit.changedLines(before, after)
        #expect(diff.old.lowerBound > line && diff.old.upperBound <= codes[1].line, "\(diff)")
        #expect(after.contains("status: done"))
        // Every comment of the scaffold is still there.
        let comments = { (text: String) in text.split(separator: "\n").filter { $0.trimmingPrefix(" ").hasPrefix("#") } }
        #expect(comments(after) == comments(before))
        let built = try OITProcess.run(["build", "--strict", "--format", "github"], in: project)
        #expect(built.status == 0, "\(built.output)\(built.errors)")
    }

    @Test func anEditThatCannotBeMadeLeavesTheFileAndSaysWhere() throws {
        try #require(OITProcess.isBuilt)
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try OITProcess.run(["init", ".", "--agency", "x"], in: folder).status == 0)
        let file = "agencies/x/agency.yaml"
        let before = try Data(contentsOf: folder.appending(path: file))
        let thai = try OITProcess.run(["set", file, "province.x", "y"], in: folder)
        #expect(thai.status == 1)
        #expect(thai.errors.contains("\(file):") && thai.errors.containsThai, "\(thai.errors)")
        let english = try OITProcess.run(["set", file, "province.x", "y", "--lang", "en"], in: folder)
        #expect(english.errors.contains("province is a text value"), "\(english.errors)")
        #expect(!english.errors.containsThai, "\(english.errors)")
        #expect(try Data(contentsOf: folder.appending(path: file)) == before)
        #expect(try OITProcess.run(["set", file, "province"], in: folder).status == 2)
        // A value that cannot be read is one message, in the chosen language, and no usage text.
        let unreadable = try OITProcess.run(["set", file, "social", "[a, \"b"], in: folder)
        #expect(unreadable.status == 2)
        #expect(unreadable.errors.containsThai && !unreadable.errors.contains("Usage"), "\(unreadable.errors)")
        let unreadableEnglish = try OITProcess.run(["set", file, "social", "[a, \"b", "--lang", "en"], in: folder)
        #expect(
            unreadableEnglish.status == 2 && !unreadableEnglish.errors.containsThai
                && !unreadableEnglish.errors.contains("Usage"), "\(unreadableEnglish.errors)")
        #expect(try Data(contentsOf: folder.appending(path: file)) == before)
    }
}
