import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

@Suite struct ThemeTests {
    @Test func contentTemplatesReplaceThemeFilesOfTheSameName() throws {
        let fixture = try Fixture(
            year: "items:\n  o1:\n    status: done\n",
            extra: [
                "templates/item.mustache": "<p class=\"custom\">{{page.code}} · {{page.title}}</p>",
                "templates/assets/style.css": "body { color: black; }",
            ])
        let outcome = fixture.build()
        #expect(outcome.wrote)
        let page = try String(contentsOf: fixture.output.appendingPathComponent("test/2566/o1/index.html"), encoding: .utf8)
        #expect(page.contains("<p class=\"custom\">o1 · โครงสร้าง</p>"))
        let css = try String(contentsOf: fixture.output.appendingPathComponent("test/assets/style.css"), encoding: .utf8)
        #expect(css == "body { color: black; }")
        #expect(
            FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("test/assets/fonts/Laksaman.woff").path))
    }

    @Test func templateSyntaxErrorNamesTheFileAndStopsTheBuild() throws {
        let fixture = try Fixture(
            year: "round: 2566\n", extra: ["templates/item.mustache": "<p>\n{{#page}}{{code}}{{/pages}}</p>"])
        let outcome = fixture.build()
        #expect(!outcome.wrote)
        let error = try #require(outcome.diagnostics.errors.first)
        #expect(error.location?.file.path.hasSuffix("templates/item.mustache") == true)
        #expect(error.location?.line == 2)
    }

    @Test func misspeltNameInAnOverrideIsReported() throws {
        let fixture = try Fixture(year: "round: 2566\n", extra: ["templates/item.mustache": "{{page.titel}}"])
        let outcome = fixture.build()
        #expect(outcome.diagnostics.warnings.contains { $0.message == .unknownTemplateName("page.titel", template: "item") })
        #expect(!fixture.build(strict: true).wrote)
    }
}
