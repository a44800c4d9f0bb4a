import Foundation
import Testing

@testable import OITLoad
@testable import OITRender
@testable import OITSite

/// The default theme and frameworks compiled into the tool: the same files as in the repository,
/// used with no theme folder, and overridden file by file.
@Suite struct BuiltInThemeTests {
    static func files(under folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let base = folder.standardizedFileURL.path + "/"
        let enumerator = try #require(
            FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: nil,
                options: [.skipsHiddenFiles]))
        while let url = enumerator.nextObject() as? URL {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(base.count))] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func embeddedThemeIsTemplatesByteForByte() throws {
        let embedded = try Self.files(under: try #require(BuiltInFiles.themeFolder))
        let repository = try Self.files(under: Paths.theme)
        #expect(embedded.keys.sorted() == repository.keys.sorted())
        for (path, data) in repository { #expect(embedded[path] == data, "\(path)") }
        #expect(embedded["assets/fonts/Laksaman.woff"] != nil)
    }

    @Test func embeddedFrameworksAreTheShippedOnes() throws {
        let embedded = try Self.files(under: try #require(BuiltInFiles.frameworksFolder))
        let repository = try Self.files(under: Paths.repository.appendingPathComponent("Sources/OITSite/Resources/Frameworks"))
        #expect(embedded == repository)
    }

    @Test func buildsWithTheBuiltInThemeAlone() throws {
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n")
        var options = fixture.options
        options.theme = nil
        let outcome = SiteBuilder(options: options).build()
        #expect(outcome.wrote)
        #expect(
            FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("test/assets/fonts/Laksaman.woff").path))
    }

    @Test func aThemeFolderOverridesTheBuiltInThemeFileByFile() throws {
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n")
        let theme = fixture.root.appendingPathComponent("mytheme")
        try FileManager.default.createDirectory(at: theme.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("body { color: navy; }".utf8).write(to: theme.appendingPathComponent("assets/style.css"))
        try Data("<p class=\"mine\">{{page.code}}</p>".utf8).write(to: theme.appendingPathComponent("item.mustache"))
        var options = fixture.options
        options.theme = theme
        let outcome = SiteBuilder(options: options).build()
        #expect(outcome.wrote)
        let css = try String(contentsOf: fixture.output.appendingPathComponent("test/assets/style.css"), encoding: .utf8)
        #expect(css == "body { color: navy; }")
        let item = try String(contentsOf: fixture.output.appendingPathComponent("test/2566/o1/index.html"), encoding: .utf8)
        #expect(item.contains("<p class=\"mine\">o1</p>"))
        // Everything the theme folder does not have comes from the built-in theme.
        #expect(item.contains("<!DOCTYPE html>"))
        #expect(
            FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("test/assets/fonts/Laksaman.woff").path))
    }
}
