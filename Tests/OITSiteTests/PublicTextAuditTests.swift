import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITRender
@testable import OITSite

/// Issue 17: nothing meant for the webmaster (file names, hints about our data, instructions)
/// appears on a public page; what is missing is a build warning instead. Every content the test
/// suite has at hand is built and each page's visible text and attribute values are scanned.
@Suite struct PublicTextAuditTests {
    /// Words and names that only make sense to the person who keeps the content files.
    static let denied: [(term: String, why: String)] = [
        (".yaml", "content file names (year.yaml, results.yaml, measures.yaml…): readers never get YAML"),
        (".yml", "the same files with the other YAML ending"),
        (".md", "item files (items/o12.md) and the project's documentation"),
        ("agencies/", "a path inside the content folder; output folders are named by the agency alone"),
        ("frameworks/", "where a webmaster adds or corrects a round's framework"),
        ("oit ", "the command line (oit build, oit items 2569); the public name is upper-case OIT"),
        ("เพิ่มได้ที่", "\"can be added at\": an instruction to whoever keeps the content"),
        ("แก้ไฟล์", "\"edit the file\": an instruction to whoever keeps the content"),
        ("ไฟล์", "\"file\": pages speak of documents; the reader phrases below are the exceptions"),
        ("title:", "a YAML key quoted in an instruction (\"give title: …\")"),
        ("elements:", "a YAML key quoted in an instruction"),
    ]

    /// Where "ไฟล์" speaks to the reader: a download, a document kept on this site, or the privacy
    /// page's promise that everything is served from the site itself.
    static let readerPhrases = [
        "(ไฟล์)",  // an evidence link to a document kept on this site rather than a web page
        "ไฟล์ CSV",  // the ITAS sheet's download
        "ไฟล์ทั้งหมดอยู่บนเว็บไซต์นี้เอง",  // privacy page: fonts, images and files are served from this site
    ]

    /// One agency with every kind of year the issue walked through: a 2566 year whose analysis
    /// item has measures but no 2565 results, a 2567 with measures and no item entry, a results-only 2568, a 2569 year
    /// of a partial round (no elements listed, elements and an item given by the content), and a
    /// 2570 year on round 2569 with a progress report and no 2569 results.
    static let walkthrough: Fixture = {
        let evidence = "evidence: [{title: หน้าเว็บ, url: 'https://www.example.go.th/page'}]"
        let fixture = try! Fixture([
            // An e-mail address without a phone number: the footer joins what there is.
            "agencies/walk/agency.yaml": Fixture.agencyYAML + "email: saraban@example.go.th\n",
            "agencies/walk/2566/year.yaml": """
            items:
              o1: {status: done, elements: all, \(evidence)}
              o2: {status: done, elements: [1], evidence: [{title: คำสั่ง, file: files/o2.pdf}]}
              o3: {status: in-progress}
            """,
            "agencies/walk/2566/files/o2.pdf": "test file",
            "agencies/walk/2566/measures.yaml": "measures:\n  - {id: M1, title: มาตรการเปิดเผยข้อมูล, indicators: [9]}\n",
            "agencies/walk/2567/year.yaml": "round: 2567\n",
            "agencies/walk/2567/measures.yaml": "measures:\n  - {id: M1, title: มาตรการเปิดเผยข้อมูล, indicators: [9]}\n",
            "agencies/walk/2568/results.yaml":
                "indicators: {1: 90, 2: 85, 3: 88, 4: 79, 5: 82, 6: 76, 7: 81, 8: 70, 9: 92, 10: 60}\n",
            "agencies/walk/2568/analysis.yaml": "threshold: 80\n",
            "agencies/walk/2569/year.yaml": """
            items:
              o1: {status: done, updated: 2568-11-01, \(evidence)}
              o3: {status: done, elements: [แสดงที่อยู่, แสดงหมายเลขโทรศัพท์], \(evidence)}
              o77: {status: done, title: ข้อที่หน่วยงานกำหนดเอง, group: "9", elements: [มีแผนผังองค์กร], \(evidence)}
            """,
            "agencies/walk/2569/measures.yaml": "measures:\n  - {id: M1, title: มาตรการเปิดเผยข้อมูล, indicators: [9]}\n",
            "agencies/walk/2570/year.yaml": "round: 2569\nitems:\n  o1: {status: not-started}\n",
            "agencies/walk/2570/measures.yaml": "measures:\n  - {id: M1, title: มาตรการเปิดเผยข้อมูล, indicators: [9]}\n",
            "agencies/walk/2570/progress/6-month.yaml":
                "round: 6-month\ndate: 2570-04-10\nentries:\n  - {measure: M1, status: in-progress, summary: เริ่มแล้ว}\n",
        ])
        let outcome = fixture.build()
        precondition(outcome.wrote, "\(outcome.diagnostics.sorted.map { $0.formatted() })")
        return fixture
    }()

    /// The built sites: the example content, this suite's walkthrough, the other suites' fixtures and
    /// the fixture folders of `Tests/Fixtures`.
    static let sites: [(name: String, output: URL)] = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oit-audit-\(UUID().uuidString)")
        let comparison = Paths.repository.appendingPathComponent("Tests/Fixtures/comparison")
        let built = [("AssessmentTests", AssessmentTests.fixture.content), ("Tests/Fixtures/comparison", comparison)].map {
            name, content in
            let output = folder.appendingPathComponent(name.replacingOccurrences(of: "/", with: "-"))
            let outcome = SiteBuilder(options: SiteBuilder.Options(content: content, theme: Paths.theme, output: output)).build()
            precondition(outcome.wrote, "\(outcome.diagnostics.sorted.map { $0.formatted() })")
            return (name, output)
        }
        return [
            ("example Content", EndToEndTests.site.output), ("walkthrough", walkthrough.output),
            ("AccessibilityTests", AccessibilityTests.fixture.output), ("SnapshotTests", SnapshotTests.fixture.output),
        ] + built
    }()

    /// A page's text as readers and machines meet it: the text between tags and every attribute
    /// value (titles, descriptions, links, alt texts), with the entities the theme writes decoded.
    static func publicText(of html: String) -> String {
        var parts: [Substring] = []
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            parts.append(rest[..<open])
            guard let close = rest[open...].firstIndex(of: ">") else { break }
            let tag = rest[open...close]
            for (index, piece) in tag.split(separator: "\"", omittingEmptySubsequences: false).enumerated() where index % 2 == 1 {
                parts.append(piece)
            }
            rest = rest[rest.index(after: close)...]
        }
        parts.append(rest)
        return parts.joined(separator: "\n").replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&lt;", with: "<")
            .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// Each denied term found in the text, with a little of what surrounds it.
    static func findings(in text: String) -> [String] {
        var cleaned = text
        for phrase in readerPhrases { cleaned = cleaned.replacingOccurrences(of: phrase, with: " ") }
        return denied.compactMap { term, _ in
            guard let range = cleaned.range(of: term) else { return nil }
            let start = cleaned.index(range.lowerBound, offsetBy: -30, limitedBy: cleaned.startIndex) ?? cleaned.startIndex
            let end = cleaned.index(range.upperBound, offsetBy: 30, limitedBy: cleaned.endIndex) ?? cleaned.endIndex
            return "\"\(term)\" in …\(cleaned[start..<end].replacingOccurrences(of: "\n", with: " "))…"
        }
    }

    @Test func noPublicPageCarriesTextForTheWebmaster() throws {
        var pages = 0
        var found: [String] = []
        for (name, output) in Self.sites {
            let files = try FileManager.default.subpathsOfDirectory(atPath: output.path).filter { $0.hasSuffix(".html") }
            #expect(!files.isEmpty, "\(name) built no page")
            for path in files.sorted() {
                let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
                found += Self.findings(in: Self.publicText(of: html)).map { "\(name) \(path): \($0)" }
                pages += 1
            }
        }
        #expect(pages > 250)
        #expect(found.isEmpty, "\(found.count) findings:\n\(found.prefix(30).joined(separator: "\n"))")
    }

    /// Rounds whose framework does not list an item's elements once showed "(แสดงแล้ว 0 จาก 0)".
    @Test func noPageCountsElementsOutOfNone() throws {
        for (name, output) in Self.sites {
            for path in try FileManager.default.subpathsOfDirectory(atPath: output.path) where path.hasSuffix(".html") {
                let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
                #expect(!html.contains("จาก 0)") && !html.contains("จาก ๐)"), "\(name) \(path)")
            }
        }
    }

    /// A separator left over from a missing part: "ตัวชี้วัดที่ 10 การป้องกันการทุจริต ·" or "<p>· อีเมล".
    @Test func noSeparatorStandsAtTheEdgeOfAnElement() throws {
        let pattern = try Regex(#"·\s*</|<[a-z][a-z0-9]*(\s[^>]*)?>\s*·"#)
        var found: [String] = []
        for (name, output) in Self.sites {
            for path in try FileManager.default.subpathsOfDirectory(atPath: output.path) where path.hasSuffix(".html") {
                let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
                if let match = html.firstMatch(of: pattern) {
                    let start = html.index(match.range.lowerBound, offsetBy: -40, limitedBy: html.startIndex) ?? html.startIndex
                    found.append("\(name) \(path): …\(html[start..<match.range.upperBound])")
                }
            }
        }
        #expect(found.isEmpty, "\(found.prefix(10).joined(separator: "\n"))")
    }

    @Test func theWalkthroughHasEveryKindOfYear() throws {
        let output = Self.walkthrough.output.appendingPathComponent("walk")
        for path in ["2566/o42", "2566/o43", "2567/index.html", "2568/results", "2569/o25", "2569/o77", "2570/o25", "2570/o26"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(path).path), "\(path)")
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("2568/o1").path))
    }

    /// The scan itself: it sees an instruction in text and in an attribute, and lets reader phrases be.
    @Test func theScanFindsInstructionsAndSparesReaderPhrases() {
        let instruction = "<p class=\"muted\">ยังไม่มีคะแนน (เพิ่มได้ที่ไฟล์ results.yaml ของปี 2565)</p>"
        #expect(Self.findings(in: Self.publicText(of: instruction)).count == 3)
        #expect(Self.findings(in: Self.publicText(of: "<a title=\"oit items 2569\" href=\"x\">ก</a>")).count == 1)
        let reader = "<a href=\"../files/a.pdf\">คำสั่ง</a> <span class=\"host\">(ไฟล์)</span> <a href=\"s.csv\">ไฟล์ CSV</a>"
        #expect(Self.findings(in: Self.publicText(of: reader)).isEmpty)
    }
}
