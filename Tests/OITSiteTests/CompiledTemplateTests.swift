import Foundation
import Mustache
import Testing

@testable import OITSite

/// The compiled renderer against swift-mustache: the same bytes for the real templates and sites,
/// for Mustache's edge cases, and for HTML escaping.
@Suite struct CompiledTemplateTests {
    /// Builds `content` twice, through the compiled renderer and through swift-mustache, and
    /// compares every file written.
    func assertSameSite(_ content: URL) throws {
        var diagnostics = Diagnostics()
        let theme = try #require(Theme.load(themeFolder: Paths.theme, overrides: nil, into: &diagnostics))
        #expect(theme.compiled != nil, "the built-in templates must all compile")
        var reference = theme
        reference.compiled = nil
        let checked = SiteBuilder(options: .init(content: content, theme: Paths.theme, output: content)).check()
        #expect(!checked.diagnostics.hasErrors)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("oit-compiled-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        var outputs: [URL] = []
        for (name, theme) in [("compiled", theme), ("reference", reference)] {
            let destination = root.appendingPathComponent(name)
            let output = try OutputFolder(destination: destination)
            var own = Diagnostics()
            try SiteRenderer(
                project: checked.project, assessment: checked.assessment, theme: theme,
                audit: TemplateAudit(sources: theme.texts)
            )
            .render(into: output, diagnostics: &own)
            try output.commit()
            outputs.append(destination)
        }
        let files = try Self.files(under: outputs[1])
        #expect(files.count > 20)
        #expect(try Self.files(under: outputs[0]) == files)
        for file in files {
            let compiled = try Data(contentsOf: outputs[0].appendingPathComponent(file))
            let expected = try Data(contentsOf: outputs[1].appendingPathComponent(file))
            #expect(compiled == expected, "\(file) differs")
        }
    }

    static func files(under folder: URL) throws -> [String] {
        let enumerator = try #require(FileManager.default.enumerator(atPath: folder.path))
        return enumerator.compactMap { $0 as? String }
            .filter {
                !(((try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent($0).path)[.type])
                    as? FileAttributeType) == .typeDirectory)
            }
            .sorted()
    }

    @Test func exampleSiteIsByteIdentical() throws {
        try assertSameSite(Paths.exampleContent)
    }

    @Test func comparisonFixtureIsByteIdentical() throws {
        try assertSameSite(Paths.repository.appendingPathComponent("Tests/Fixtures/comparison"))
    }

    struct Row: Encodable {
        var name: String
        var note: String?
        var count: Int
        var ratio: Double
        var on: Bool
        var tags: [String]
        var inner: Inner?
    }

    struct Inner: Encodable {
        var name: String
        var deep: [Row]
    }

    struct Model: Encodable {
        var name: String
        var title: String?
        var rows: [Row]
        var empty: [Row]
        var flag: Bool
        var off: Bool
        var blank: String
        var count: Int
    }

    static let model: Model = {
        let inner = Inner(
            name: "ใน <inner>", deep: [Row(name: "deep", note: nil, count: 0, ratio: 0.5, on: false, tags: [], inner: nil)])
        return Model(
            name: "ชื่อ \"top\" & 'it'", title: nil,
            rows: [
                Row(name: "a<b>", note: "n1", count: 1, ratio: 1.5, on: true, tags: ["x", "y"], inner: inner),
                Row(name: "'ั\"่&\u{0301}", note: nil, count: 2, ratio: 2, on: false, tags: [], inner: nil),
                Row(name: "c", note: "n3", count: 3, ratio: 1e20, on: true, tags: ["z"], inner: nil),
            ],
            empty: [], flag: true, off: false, blank: "", count: 0)
    }()

    /// Templates with the tag forms and whitespace cases the themes may use.
    static let templates: [String: String] = [
        "main": """
        <h1>{{name}}</h1> {{{name}}} {{&name}} {{! a comment }}
        {{#rows}}
          <li>{{name}} {{note}} {{count}} {{ratio}} {{on}} {{#first()}}first{{/first()}}{{#last()}}last{{/last()}}{{index()}}{{even()}}{{odd()}}</li>
          {{#tags}}[{{.}}]{{/tags}}{{^tags}}no tags {{title}}{{/tags}}
          {{#inner}}{{name}} {{count}} {{#deep}}{{name}}/{{inner.name}}{{#first()}}F{{/first()}}{{/deep}}{{/inner}}
          {{inner.name}} {{.name}} {{.title}} {{blank}}
          {{>row}}
        {{/rows}}
        {{^rows}}none{{/rows}}
        {{#empty}}x{{/empty}}{{^empty}}empty {{count}}{{/empty}}
        {{#flag}}flag {{#first()}}never{{/first()}}{{/flag}}{{^off}}off{{/off}}{{#off}}on{{/off}}
        {{#blank}}blank is truthy{{/blank}}{{^blank}}blank is falsy{{/blank}}
        {{#count}}count {{.}}{{/count}}{{missing}}{{missing.deep}}{{#missing}}x{{/missing}}{{^missing}}no missing{{/missing}}
          {{>row}}
        {{#rows}}{{#flag}}{{name}}{{/flag}}{{/rows}}
        \r
        {{name}}\r
        end
        """,
        "row": """
        <div>
          {{name}}
          {{#tags}}
          <i>{{.}}</i>
          {{/tags}}
            {{>leaf}}
        </div>

        """,
        "leaf": "leaf {{count}}\nline two\n",
    ]

    /// A theme of the given templates, written to a folder and loaded as a theme is.
    static func theme(_ templates: [String: String]) throws -> Theme {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oit-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in templates {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name + ".mustache"))
        }
        var diagnostics = Diagnostics()
        return try #require(Theme.load(themeFolder: folder, overrides: nil, into: &diagnostics))
    }

    /// Renders through the compiled renderer and through swift-mustache.
    static func renderBoth<Model: Encodable>(_ theme: Theme, _ template: String, _ model: Model) throws -> (
        compiled: [UInt8], expected: [UInt8]
    ) {
        #expect(theme.compiled != nil)
        var reference = theme
        reference.compiled = nil
        var diagnostics = Diagnostics()
        let compiled = try #require(theme.renderUTF8(template, model, into: &diagnostics))
        let expected = try #require(reference.renderUTF8(template, model, into: &diagnostics))
        return (compiled, expected)
    }

    @Test func edgeCasesRenderAsSwiftMustacheDoes() throws {
        let theme = try Self.theme(Self.templates)
        let (compiled, expected) = try Self.renderBoth(theme, "main", Self.model)
        #expect(expected.count > 200)
        #expect(String(decoding: compiled, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(compiled == expected)
    }

    @Test func unsupportedMustacheFallsBackToSwiftMustache() throws {
        for text in [
            "{{lowercased(name)}}", "{{%CONTENT_TYPE: TEXT}}{{name}}", "{{<parent}}{{$b}}x{{/b}}{{/parent}}", "{{>*dynamic}}",
        ] {
            let theme = try Self.theme(["main": text, "parent": "{{$b}}y{{/b}}"])
            #expect(theme.compiled == nil, "\(text)")
            var diagnostics = Diagnostics()
            #expect(theme.render("main", Self.model, into: &diagnostics) != nil)
        }
    }

    struct Sample: Encodable {
        var x: String
    }

    /// The escaping every value gets: each sign replaced, scalar by scalar, whatever is next to it.
    static func escapedOnScalars(_ text: String) -> [UInt8] {
        let entities: [Unicode.Scalar: String] = ["&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;"]
        return Array(text.unicodeScalars.map { entities[$0] ?? String($0) }.joined().utf8)
    }

    static let escapingSamples = [
        "plain", "& < > \" '", "ทดสอบ 'ั' \"ข้อ\" & ก้&", "'\u{0E31}", "\u{0E01}'", "&\u{0301}x", "x\u{0600}&y",
        "\u{0600}<", "<\u{200D}", "👍\u{200D}&", "\r\n&\r\n", "🇹🇭&🇹🇭", "", "&&&", "<\u{0E48}>", "a\u{0903}'\u{0903}",
        "\u{1100}&\u{1161}", "\"\u{FE0F}", "ก\"", "ก'ข", "a&b", "ฯ&ฯ", "\"\u{301} onfocus=alert(1) x=\"\u{301}",
    ]

    /// Issue 18: a sign is escaped whatever mark follows or precedes it, by both renderers.
    @Test func escapingIsOnBytesInBothRenderers() throws {
        let theme = try Self.theme(["x": "{{x}}"])
        for sample in Self.escapingSamples {
            let (compiled, expected) = try Self.renderBoth(theme, "x", Sample(x: sample))
            let scalars = "\(sample.unicodeScalars.map { String($0.value, radix: 16) })"
            #expect(compiled == Self.escapedOnScalars(sample), "\(scalars)")
            #expect(expected == Self.escapedOnScalars(sample), "\(scalars)")
            #expect(Array(HTML.escape(sample).utf8) == Self.escapedOnScalars(sample), "\(scalars)")
        }
    }

    /// Templates the compiled renderer does not run escape on bytes in swift-mustache too: in
    /// partials, sections, inheritance blocks, after a theme's own HTML pragma, through transforms.
    @Test func swiftMustacheEscapesOnBytes() throws {
        let hostile = "ก\"\u{301} onfocus=alert(1) '\u{E48} <\u{200D} >\u{E31} &\u{301}"
        let escaped = String(decoding: Self.escapedOnScalars(hostile), as: UTF8.self)
        for text in [
            "{{<parent}}{{$b}}[{{x}}]{{/b}}{{/parent}}", "{{>*dynamic}}[{{x}}]", "{{lowercased(x)}}[{{x}}]",
            "{{#x}}[{{.}}]{{/x}}{{>leaf}}{{>*dynamic}}", "{{%CONTENT_TYPE: HTML}}[{{x}}]{{>*dynamic}}",
        ] {
            let theme = try Self.theme(["main": text, "parent": "{{$b}}y{{/b}}", "leaf": "[{{x}}]"])
            #expect(theme.compiled == nil, "\(text)")
            var diagnostics = Diagnostics()
            let page = try #require(theme.render("main", Sample(x: hostile), into: &diagnostics))
            #expect(page.contains("[\(escaped)]"), "\(text): \(page)")
            #expect(!page.unicodeScalars.contains { $0 == "\"" || $0 == "'" || $0 == "<" || $0 == ">" }, "\(text)")
        }
    }

    /// A theme's own `{{% CONTENT_TYPE: HTML }}` is the escaping the compiled renderer does.
    @Test func htmlPragmaCompiles() throws {
        let theme = try Self.theme(["x": "{{%CONTENT_TYPE: HTML}}\n{{x}}"])
        let (compiled, expected) = try Self.renderBoth(theme, "x", Sample(x: "\"\u{301}"))
        #expect(compiled == expected && compiled == Self.escapedOnScalars("\"\u{301}"))
    }

    /// The content-type line `ThemeTemplate` puts before a template changes nothing else: every
    /// template renders as swift-mustache renders the text as written (no sign to escape).
    @Test func contentTypeLineChangesNothingElse() throws {
        var templates = Self.templates
        let edges = ["", "\n", "  {{#rows}}\n  {{name}}\n  {{/rows}}\n", "{{! c }}\nx", "\r\n{{name}}", "  {{>leaf}}\n"]
        for (index, text) in edges.enumerated() { templates["edge\(index)"] = text }
        var written = MustacheLibrary()
        var withLine = MustacheLibrary()
        for (name, text) in templates {
            written.register(try MustacheTemplate(string: text), named: name)
            withLine.register(try ThemeTemplate.parse(text), named: name)
        }
        var model = Self.model
        model.name = "ชื่อ top"
        for index in model.rows.indices { model.rows[index].name = "แถว \(index)" }
        let boxed = MustacheBox.box(model)
        for name in templates.keys.sorted() {
            let expected = try #require(written.render(boxed, withTemplate: name))
            #expect(withLine.render(boxed, withTemplate: name) == expected, "\(name)")
        }
    }

    /// Text held as UTF-8 bytes (the page inside the layout) renders as the same text held as a
    /// `String` in every kind of tag, escaped or not.
    @Test func bytesRenderAsText() throws {
        let theme = try Self.theme([
            "x": "[{{x}}][{{{x}}}][{{&x}}]{{#x}}<{{.}}>{{/x}}{{^x}}empty{{/x}}\n  {{>p}}", "p": "({{x}})\n",
        ])
        let compiled = try #require(theme.compiled)
        for sample in ["<p>ทดสอบ 'ั' & \"ข้อ\"</p>\n<b>x</b>", "", "a\r\n&\n"] {
            let text = compiled.render("x", .object(["x": .text(sample)]))
            let bytes = compiled.render("x", .object(["x": .utf8(Array(sample.utf8))]))
            #expect(text != nil && bytes == text, "\(sample)")
        }
        #expect(TemplateValue.utf8(Array("ก&".utf8)) == .text("ก&"))
        #expect(TemplateValue.utf8(Array("ก&".utf8)) != .text("ก"))
    }

    /// The encoder the renderer uses gives the tree reflection gives (which swift-mustache sees).
    @Test func encodingEqualsReflecting() {
        #expect(TemplateEncoder.encode(Self.model) == TemplateValue(reflecting: Self.model))
        let dictionary: [String: String?] = ["a": "x", "b": nil]
        #expect(TemplateEncoder.encode(dictionary) == TemplateValue(reflecting: dictionary))
        let list: [Int?] = [1, nil, 3]
        #expect(TemplateEncoder.encode(list) == TemplateValue(reflecting: list))
        let nested: [[Row]] = [[], Self.model.rows]
        #expect(TemplateEncoder.encode(nested) == TemplateValue(reflecting: nested))
        #expect(TemplateEncoder.encode(Sample(x: "ก")) == .object(["x": .text("ก")]))
    }

    /// A hand-written `encode(to:)` with nested containers gives the tree it describes.
    struct Nested: Encodable {
        enum Keys: String, CodingKey { case outer, list, plain }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var outer = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
            try outer.encode("in", forKey: .plain)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            var inner = list.nestedContainer(keyedBy: Keys.self)
            try inner.encode(true, forKey: .plain)
            try list.encodeNil()
            try container.encode("after", forKey: .plain)
        }
    }

    @Test func nestedContainersAreEncoded() {
        #expect(
            TemplateEncoder.encode(Nested())
                == .object([
                    "outer": .object(["plain": .text("in")]), "list": .list([.int(1), .object(["plain": .bool(true)]), .null]),
                    "plain": .text("after"),
                ]))
    }

    @Test func sharedValuesEqualReflectedModels() {
        let agency = AgencyView(
            name: "อบต. & <x>", nameEnglish: nil, kind: "k", place: "p", website: "w", address: nil, phone: "1",
            fax: nil, email: nil, social: [LinkView(title: "t", href: "h")], logo: "logo.png")
        let years = [
            YearLink(
                label: "2566", href: "2566/", round: "2566", resultsOnly: true, percentDone: nil,
                result: LinkView(title: "r", href: "r/"))
        ]
        let agencyValue = TemplateValue(reflecting: agency)
        let yearsValue = TemplateValue(reflecting: years)
        // The 404 page has no canonical address.
        for canonical in ["c", nil] {
            let layout = LayoutView(
                title: "t", description: "d", root: "../", canonical: canonical, agency: agency, years: years,
                crumbs: [Crumb(title: "a", href: "a/"), Crumb(title: "b", href: nil)], hasCrumbs: true, content: "<p>")
            #expect(
                layout.templateValue(agency: agencyValue, years: yearsValue, content: Array(layout.content.utf8))
                    == TemplateValue(reflecting: layout))
        }
        let page = ContactPage()
        #expect(
            PageContext.templateValue(root: "../", agency: agencyValue, page: page)
                == TemplateValue(reflecting: PageContext(root: "../", agency: agency, page: page)))
    }
}
