import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Builds the example Content, as `make site` does, and checks the site as a whole.
@Suite struct EndToEndTests {
    /// One build of the example content shared by the tests of this suite.
    static let site: (output: URL, outcome: SiteBuilder.Outcome) = build(auditEveryPage: true)

    static func build(auditEveryPage: Bool = false) -> (URL, SiteBuilder.Outcome) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("oit-e2e-\(UUID().uuidString)/Site")
        let options = SiteBuilder.Options(
            content: Paths.exampleContent, theme: Paths.theme, output: output,
            auditEveryPage: auditEveryPage)
        return (output, SiteBuilder(options: options).build())
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: Self.site.output.appendingPathComponent(path), encoding: .utf8)
    }

    @Test func exampleContentBuildsWithoutErrors() {
        #expect(Self.site.outcome.wrote)
        #expect(Self.site.outcome.diagnostics.errorCount == 0)
        #expect(Self.site.outcome.agencies >= 4)
    }

    @Test func klongkateHasAll43ItemPages() throws {
        for number in 1...43 {
            let page = try text("klongkate/2566/o\(number)/index.html")
            #expect(page.contains("<html lang=\"th\">"))
            #expect(page.contains("<link rel=\"canonical\" href=\"https://www.klongkate.go.th/oit/2566/o\(number)/\">"))
        }
        #expect(try text("wangmuang-khonkaen/2566/o43/index.html").contains("ความก้าวหน้า"))
    }

    @Test func everyRelativeLinkResolves() throws {
        let output = Self.site.output
        let files = FileManager.default.enumerator(at: output, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "html" }
        #expect(files.count > 150)
        var broken: [String] = []
        let pattern = try NSRegularExpression(pattern: "(?:href|src)=\"([^\"]+)\"")
        for file in files {
            let html = try String(contentsOf: file, encoding: .utf8)
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let link = String(html[Range(match.range(at: 1), in: html)!])
                if link.hasPrefix("http://") || link.hasPrefix("https://") || link.hasPrefix("mailto:") || link.hasPrefix("tel:")
                    || (file.lastPathComponent == "404.html" && link.hasPrefix("/"))
                {
                    continue
                }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
                let target =
                    parts[0].isEmpty
                    ? file : file.deletingLastPathComponent().appendingPathComponent(parts[0]).standardizedFileURL
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: target.path, isDirectory: &isDirectory), !isDirectory.boolValue
                else {
                    broken.append("\(file.path.replacingOccurrences(of: output.path, with: "")): \(link)")
                    continue
                }
                if parts.count == 2, target.pathExtension == "html" {
                    let targetHTML = try String(contentsOf: target, encoding: .utf8)
                    if !targetHTML.contains("id=\"\(parts[1])\"") {
                        broken.append("\(file.lastPathComponent): \(link) (no anchor)")
                    }
                }
            }
        }
        #expect(broken.isEmpty, "\(broken.prefix(20))")
    }

    @Test func notFoundPageLinksFromTheSitePathOnTheServer() throws {
        let page = try text("klongkate/404.html")
        #expect(page.contains("href=\"/oit/assets/style.css\""))
        let pattern = try NSRegularExpression(pattern: "(?:href|src)=\"/oit/([^\"#]*)")
        let links = pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)).map {
            String(page[Range($0.range(at: 1), in: page)!])
        }
        #expect(links.count > 3)
        for link in links {
            #expect(
                FileManager.default.fileExists(atPath: Self.site.output.appendingPathComponent("klongkate/" + link).path),
                "\(link)")
        }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let (second, outcome) = Self.build(auditEveryPage: true)
        #expect(outcome.wrote)
        let first = try Self.snapshot(of: Self.site.output)
        #expect(first.count > 150)
        let again = try Self.snapshot(of: second)
        let differing = Set(first.keys).union(again.keys).filter { first[$0] != again[$0] }.sorted()
        #expect(differing.isEmpty, "files that differ between two builds: \(differing.prefix(10))")
    }

    static func snapshot(of folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])! {
            guard (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true else { continue }
            files[url.path.replacingOccurrences(of: folder.path, with: "")] = try Data(contentsOf: url)
        }
        return files
    }

    @Test func failedBuildLeavesThePreviousSiteUntouched() throws {
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n")
        #expect(fixture.build().wrote)
        let before = try Self.snapshot(of: fixture.output)
        try fixture.write(
            "items:\n  o1:\n    status: done\n    colour: red\n  o99:\n    status: done\n", to: "agencies/test/2566/year.yaml")
        let outcome = fixture.build()
        #expect(!outcome.wrote)
        #expect(outcome.diagnostics.errorCount == 2)
        #expect(try Self.snapshot(of: fixture.output) == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty, "no staging folder may be left behind: \(leftovers)")
    }

    @Test func seedFiguresAppearComputedOnThePages() throws {
        let phanomthuan = try text("phanomthuan/2566/results/index.html")
        #expect(phanomthuan.contains("80.42") && phanomthuan.contains("ต้องปรับปรุง"))
        let klongkate = try text("klongkate/2566/results/index.html")
        #expect(klongkate.contains("95.34") && klongkate.contains("ผ่านดี") && !klongkate.contains("ผ่านดีเยี่ยม"))
        #expect(try text("phanomthuan/2566/index.html").contains("ผลการประเมิน ITA 2566: 80.42 · B · ต้องปรับปรุง"))
        #expect(try text("klongkate/index.html").contains("ผลการประเมิน ITA 2566: 95.34 · AA · ผ่านดี"))
        let saraburi = try text("wangmuang-saraburi/2568/results/index.html")
        #expect(saraburi.contains("99.00") && saraburi.contains("ผ่านดีเยี่ยม"))
    }

    @Test func exportsListEveryItem() throws {
        let json = try JSONSerialization.jsonObject(with: Data(try text("klongkate/2566/oit.json").utf8)) as? [String: Any]
        let items = try #require(json?["items"] as? [[String: Any]])
        #expect(items.count == 43)
        #expect(items.first?["url"] as? String == "https://www.klongkate.go.th/oit/2566/o1/")
        let bytes = try Data(contentsOf: Self.site.output.appendingPathComponent("klongkate/2566/submission.csv"))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "a byte-order mark, so spreadsheets read Thai as UTF-8")
        let csv = try text("klongkate/2566/submission.csv")
        #expect(csv.contains("ข้อ,หัวข้อ,URL"))
        #expect(csv.components(separatedBy: "\r\n").filter { !$0.isEmpty }.count == 44)
        let sitemap = try text("klongkate/sitemap.xml")
        #expect(sitemap.contains("<loc>https://www.klongkate.go.th/oit/2566/o43/</loc>"))
        #expect(try text("klongkate/robots.txt").contains("Sitemap: https://www.klongkate.go.th/oit/sitemap.xml"))
    }

    @Test func thaiDigitsOptionIsApplied() throws {
        let overview = try text("wangmuang-khonkaen/2566/index.html")
        #expect(overview.contains("ปีงบประมาณ พ.ศ. ๒๕๖๖"))
    }

    @Test func everyTemplateNameIsProvidedByItsModel() {
        #expect(Self.site.outcome.templateFindings.isEmpty, "\(Self.site.outcome.templateFindings)")
    }

    @Test func noExternalRequestsAndNoBreakAll() throws {
        let css = try text("klongkate/assets/style.css")
        #expect(!css.contains("break-all"))
        #expect(!css.contains("http://") && !css.contains("https://"))
        #expect(
            FileManager.default.fileExists(
                atPath: Self.site.output.appendingPathComponent("klongkate/assets/fonts/Laksaman.woff").path))
        let page = try text("klongkate/2566/o1/index.html")
        #expect(!page.contains("<script"))
    }
}
