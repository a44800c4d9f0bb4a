import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite
@testable import OITWrite

/// Issue 18: text with a combining mark, a joiner or a Thai vowel or tone mark after (or a
/// prepended mark before) `"`, `'`, `<`, `>` or `&` in every content field never changes the
/// structure of a page, and `oit.json`, `submission.csv` and `sitemap.xml` hold the text exactly.
@Suite struct HostileTextTests {
    static let signs = ["\"", "'", "<", ">", "&"]
    /// A combining acute accent, a zero-width joiner, Thai MAI HAN-AKAT and MAI EK.
    static let marks = ["\u{301}", "\u{200D}", "\u{E31}", "\u{E48}"]
    /// Arabic number sign: a prepended mark, which Swift joins to the character after it.
    static let prepended = "\u{600}"

    /// Text for the field `tag`: every sign with every mark after it, every sign after a prepended
    /// mark, and attacks that close a quoted attribute or open an element that way.
    static func hostile(_ tag: String) -> String {
        var text = "ก\(tag)"
        for sign in signs {
            for mark in marks { text += " " + sign + mark + "x" }
            text += " " + prepended + sign + "y"
        }
        text += " \"\u{301} autofocus onfocus=alert(1) x=\"\u{301} '\u{E48} onmouseover=alert(2) y='\u{E48}"
        text += " \"\u{200D}>\u{E31}\(prepended)<script>alert(3)\(prepended)</script> ข"
        return text
    }

    /// A web address (no spaces) with the same signs and marks, and an attribute after a quote.
    static func hostileURL(_ tag: String) -> String {
        var text = "https://www.example.go.th/\(tag)/"
        for sign in signs {
            for mark in marks { text += sign + mark + "x" }
        }
        return text + "/\"\u{301}/onfocus=alert(1)/'\u{E48}/onblur=alert(2)/"
    }

    /// The same text with every sign made a letter: what a clean build shows.
    static func harmless(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { signs.contains(String($0)) ? "x" : $0 }))
    }

    /// A YAML double-quoted scalar holding `text`, escaped on scalars (`replacingOccurrences`
    /// compares characters and would miss a quote that a mark follows).
    static func yaml(_ text: String) -> String {
        var quoted = String.UnicodeScalarView(["\""])
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { quoted.append("\\") }
            quoted.append(scalar)
        }
        quoted.append("\"")
        return String(quoted)
    }

    /// An evidence file's name: `"` and `<` are refused in file names, `'` and `&` are not.
    static let hostileFileName = "o1'\u{301}&\u{E48}.pdf"

    /// The content of one agency, every text field given by `text`, every address by `url`.
    static func files(text: (String) -> String, url: (String) -> String, fileName: String) -> [String: String] {
        func t(_ tag: String) -> String { yaml(text(tag)) }
        func u(_ tag: String) -> String { yaml(url(tag)) }
        return [
            "frameworks/2566.yaml": """
            round: 2566
            indicators:
              - {number: 1, name: \(t("indicator"))}
            groups:
              - {code: "9.1", name: \(t("group"))}

            """,
            "agencies/test/agency.yaml": """
            name: \(t("name"))
            name_en: \(t("name_en"))
            kind: \(t("kind"))
            district: \(t("district"))
            province: \(t("province"))
            website: \(u("website"))
            base_url: \(u("base_url"))
            address: \(t("address"))
            phone: \(t("phone"))
            fax: \(t("fax"))
            email: \(t("email"))
            social:
              - {name: \(t("social")), url: \(u("social"))}

            """,
            "agencies/test/2565/year.yaml": "round: 2566\n",
            "agencies/test/2565/results.yaml": """
            indicators: {1: 90, 2: 85, 3: 88, 4: 79, 5: 82, 6: 76, 7: 81, 8: 70, 9: 92, 10: 60}

            """,
            "agencies/test/2565/analysis.yaml": """
            summary: \(t("analysis_summary"))
            entries:
              - indicator: 10
                issue: \(t("issue"))
                analysis: \(t("analysis"))
                steps: [\(t("analysis_step"))]
                period: \(t("analysis_period"))
                unit: \(t("analysis_unit"))
                measure: M1
            constraints:
              staff: \(t("staff"))
              budget: \(t("budget"))
              technology: \(t("technology"))
              area: \(t("area"))
              economy: \(t("economy"))

            """,
            "agencies/test/2566/results.yaml": """
            indicators: {1: 92, 2: 84, 3: 88, 4: 85, 5: 80, 6: 79, 7: 83, 8: 74, 9: 95, 10: 70}
            stated: {label: \(t("label"))}

            """,
            "agencies/test/2566/year.yaml": """
            items:
              o1:
                status: done
                updated: 2566-01-10
                title: \(t("item_title"))
                elements: [\(t("element"))]
                unit: \(t("unit"))
                summary: \(t("summary"))
                evidence:
                  - {title: \(t("evidence")), url: \(u("evidence"))}
                  - {title: \(t("file_evidence")), file: \(yaml("files/" + fileName))}
                body: \(t("body"))
              o2:
                status: n/a
                reason: \(t("reason"))

            """,
            "agencies/test/2566/files/\(fileName)": "%PDF-1.4\n",
            "agencies/test/2566/measures.yaml": """
            measures:
              - id: M1
                title: \(t("measure"))
                indicators: [10]
                issue: \(t("measure_issue"))
                steps: [\(t("measure_step"))]
                period: \(t("measure_period"))
                units: [\(t("measure_unit"))]

            """,
            "agencies/test/2566/progress/12-month.yaml": """
            round: 12-month
            date: 2566-10-16
            title: \(t("progress_title"))
            entries:
              - measure: M1
                status: done
                summary: \(t("progress_summary"))
                outcome: \(t("outcome"))
                evidence:
                  - {title: \(t("progress_evidence")), url: \(u("progress_evidence"))}
            memo:
              office: \(t("office"))
              number: \(t("number"))
              date: 2566-10-16
              subject: \(t("subject"))
              to: \(t("to"))
              body: \(t("memo_body"))
              signatures:
                - {name: \(t("signer")), position: \(t("position"))}

            """,
        ]
    }

    /// Fields rendered as Markdown: cmark escapes them (and leaves `'` as it is in text).
    static let markdownTags: Set<String> = ["body", "analysis", "analysis_summary", "progress_summary", "outcome", "memo_body"]

    /// The tags `files` gives text and addresses for.
    static var tags: (text: [String], url: [String]) {
        var text: [String] = []
        var url: [String] = []
        _ = files(
            text: {
                text.append($0)
                return $0
            },
            url: {
                url.append($0)
                return $0
            }, fileName: hostileFileName)
        return (text, url)
    }

    /// A build of the hostile content and one of the same content with harmless text.
    struct Builds {
        let hostile: Fixture
        let clean: Fixture

        init() throws {
            typealias Test = HostileTextTests
            hostile = try Test.build(
                Test.files(text: Test.hostile, url: Test.hostileURL, fileName: Test.hostileFileName))
            clean = try Test.build(
                Test.files(
                    text: { Test.harmless(Test.hostile($0)) }, url: { Test.harmless(Test.hostileURL($0)) },
                    fileName: Test.harmless(Test.hostileFileName)))
        }
    }

    /// Builds `files` with the built-in theme.
    static func build(_ files: [String: String]) throws -> Fixture {
        let fixture = try Fixture(files)
        var diagnostics = Diagnostics()
        let theme = try #require(Theme.load(themeFolder: Paths.theme, overrides: nil, into: &diagnostics))
        let checked = SiteBuilder(options: fixture.options).check()
        #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.errors.map(\.message))")
        let output = try OutputFolder(destination: fixture.output)
        try SiteRenderer(project: checked.project, assessment: checked.assessment, theme: theme)
            .render(into: output, diagnostics: &diagnostics)
        try output.commit()
        #expect(!diagnostics.hasErrors)
        return fixture
    }

    static func read(_ fixture: Fixture, _ path: String) throws -> String {
        try String(contentsOf: fixture.output.appendingPathComponent(path), encoding: .utf8)
    }

    static func pages(_ fixture: Fixture) throws -> [String] {
        try TemplateOracleTests.files(under: fixture.output).filter { $0.hasSuffix(".html") }
    }

    /// Every page, parsed as a browser parses it, has the elements and attributes of the clean
    /// build's page; and every field's text reaches some page.
    @Test func hostileTextNeverChangesAPage() throws {
        let builds = try Builds()
        let pages = try Self.pages(builds.clean)
        #expect(pages.count > 20)
        #expect(try Self.pages(builds.hostile) == pages)
        var site = ""
        for page in pages {
            let text = try Self.read(builds.hostile, page)
            let found = MarkupStructure.names(in: text)
            let changed = found.symmetricDifference(MarkupStructure.names(in: try Self.read(builds.clean, page)))
            #expect(changed.isEmpty, "\(page): \(changed.sorted().prefix(10))")
            site += text
        }
        // The built-in theme does not show `kind:` (the model has it for other themes).
        let tags = Self.tags
        let (texts, urls) = (tags.text.filter { $0 != "kind" }, tags.url)
        let shown =
            texts.map { Self.markdownTags.contains($0) ? "ก" + $0 + " " : HTML.escape(Self.hostile($0)) }
            + urls.map { HTML.escape(Self.hostileURL($0)) } + [HTML.escape("files/" + Self.hostileFileName)]
        let missing = zip(texts + urls + ["file"], shown).filter { !site.utf8.contains($0.1.utf8) }.map(\.0)
        #expect(missing.isEmpty, "not on any page: \(missing)")
        // The comparison chart (SVG) cuts the indicator's name and escapes what is left.
        let chartLabel = String(("1 " + Self.hostile("indicator")).prefix(ComparisonChart.labelLimit - 1)) + "…"
        let results = try Self.read(builds.hostile, "test/2566/results/index.html")
        #expect(results.utf8.contains((">" + HTML.escape(chartLabel) + "</text>").utf8))
        let file = builds.hostile.output.appendingPathComponent("test/2566/files/" + Self.hostileFileName)
        #expect(FileManager.default.fileExists(atPath: file.path))
    }

    @Test func sitemapHoldsTheAddressesExactly() throws {
        let builds = try Builds()
        let xml = try Self.read(builds.hostile, "test/sitemap.xml")
        #expect(MarkupStructure.names(in: xml) == MarkupStructure.names(in: try Self.read(builds.clean, "test/sitemap.xml")))
        let locations = Self.texts(of: "loc", in: xml)
        #expect(locations.count == Self.texts(of: "loc", in: try Self.read(builds.clean, "test/sitemap.xml")).count)
        #expect(locations.count > 20)
        for location in locations {
            let decoded = try #require(Self.decodeXML(location), "\(location)")
            #expect(decoded.utf8.starts(with: Self.hostileURL("base_url").utf8), "\(decoded)")
        }
    }

    @Test func jsonAndCSVHoldTheTextExactly() throws {
        let hostile = try Self.build(
            Self.files(text: Self.hostile, url: Self.hostileURL, fileName: Self.hostileFileName))
        let data = try Data(contentsOf: hostile.output.appendingPathComponent("test/2566/oit.json"))
        var strings = Set<[UInt8]>()
        Self.collectStrings(try JSONSerialization.jsonObject(with: data), into: &strings)
        for tag in ["name", "name_en", "province", "item_title", "unit", "evidence", "file_evidence"] {
            #expect(strings.contains(Array(Self.hostile(tag).utf8)), "\(tag)")
        }
        for tag in ["website", "evidence"] { #expect(strings.contains(Array(Self.hostileURL(tag).utf8)), "\(tag)") }

        let records = CSVReader.records(try Self.read(hostile, "test/2566/submission.csv"))
        #expect(records.count > 20)
        #expect(records.allSatisfy { $0.count == 5 }, "\(records.filter { $0.count != 5 })")
        let o1 = try #require(records.first { $0.first == "o1" })
        #expect(Array(o1[1].utf8) == Array(Self.hostile("item_title").utf8))
        #expect(Array(o1[3].utf8) == Array(Self.hostile("summary").utf8))
        let o2 = try #require(records.first { $0.first == "o2" })
        #expect(Array(o2[3].utf8) == Array(PageText.notApplicableBecause(Self.hostile("reason")).utf8))
    }

    static func collectStrings(_ value: Any, into strings: inout Set<[UInt8]>) {
        switch value {
        case let text as String: strings.insert(Array(text.utf8))
        case let list as [Any]: for element in list { collectStrings(element, into: &strings) }
        case let object as [String: Any]: for element in object.values { collectStrings(element, into: &strings) }
        default: break
        }
    }

    /// The text inside each `<element>…</element>` of `xml`, found on bytes: a combining mark
    /// after `>` must not hide a tag.
    static func texts(of element: String, in xml: String) -> [String] {
        let bytes = Array(xml.utf8)
        let open = Array("<\(element)>".utf8)
        let close = Array("</\(element)>".utf8)
        func find(_ marker: [UInt8], from start: Int) -> Int? {
            guard start + marker.count <= bytes.count else { return nil }
            return (start...(bytes.count - marker.count)).first { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }
        }
        var texts: [String] = []
        var index = 0
        while let start = find(open, from: index), let end = find(close, from: start + open.count) {
            texts.append(String(decoding: bytes[(start + open.count)..<end], as: UTF8.self))
            index = end + close.count
        }
        return texts
    }

    /// XML text with its entities decoded; nil when it holds `<` or an `&` that begins no entity
    /// (not well-formed).
    static func decodeXML(_ text: String) -> String? {
        let entities = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&apos;": "'"]
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "<"): return nil
            case UInt8(ascii: "&"):
                let entity = entities.first { bytes[index...].starts(with: $0.key.utf8) }
                guard let (name, sign) = entity else { return nil }
                out += sign.utf8
                index += name.utf8.count
            default:
                out.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
