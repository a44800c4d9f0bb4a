import Foundation
import Mustache
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite
@testable import OITWrite

/// oit's template engine against swift-mustache (a test-only dependency, `SwiftMustacheOracle`):
/// the same bytes for every template of the theme with the fixtures' models, for Mustache's edge
/// cases, and HTML escaping on bytes.
@Suite struct TemplateOracleTests {
    /// Builds `content` with the built-in theme, recording every render, and renders each recorded
    /// value again through swift-mustache; returns the templates rendered.
    func assertSameAsSwiftMustache(_ content: URL) throws -> Set<String> {
        var diagnostics = Diagnostics()
        var theme = try #require(Theme.load(themeFolder: Paths.theme, overrides: nil, into: &diagnostics))
        let renders = RecordedRenders()
        theme.observer = { renders.append($0, $1, $2) }
        let checked = SiteBuilder(options: .init(content: content, theme: Paths.theme, output: content)).check()
        #expect(!checked.diagnostics.hasErrors)
        let destination = FileManager.default.temporaryDirectory.appendingPathComponent("oit-oracle-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: destination) }
        let output = try OutputFolder(destination: destination)
        var own = Diagnostics()
        try SiteRenderer(
            project: checked.project, assessment: checked.assessment, theme: theme, audit: TemplateAudit(sources: theme.texts)
        )
        .render(into: output, diagnostics: &own)
        try output.commit()
        #expect(!own.hasErrors)
        let oracle = try SwiftMustacheOracle(texts: theme.texts)
        let all = renders.all
        #expect(all.count > 40)
        var differing = 0
        for render in all where oracle.render(render.template, render.value) != render.bytes {
            differing += 1
            if differing <= 3 {
                let expected = oracle.render(render.template, render.value).map { String(decoding: $0, as: UTF8.self) }
                Issue.record("\(render.template): \(String(decoding: render.bytes, as: UTF8.self)) ≠ \(expected ?? "nil")")
            }
        }
        #expect(differing == 0, "\(differing) of \(all.count) renders differ")
        return Self.reached(from: Set(all.map(\.template)), in: theme.library)
    }

    /// The templates `names` render, with the partials they name.
    static func reached(from names: Set<String>, in library: TemplateLibrary) -> Set<String> {
        var reached = names
        var queue = Array(names)
        func partials(_ nodes: [Template.Node]) -> [String] {
            nodes.flatMap { node -> [String] in
                switch node {
                case .partial(let name, _, _): return [name]
                case .section(_, let body, _, _): return partials(body.nodes)
                case .text, .variable: return []
                }
            }
        }
        while let name = queue.popLast() {
            for partial in partials(library.templates[name]?.nodes ?? []) where reached.insert(partial).inserted {
                queue.append(partial)
            }
        }
        return reached
    }

    /// Every template of the theme (`Templates/`), rendered with the example site's and the
    /// comparison fixture's models, gives swift-mustache's bytes.
    @Test func everyThemeTemplateRendersAsSwiftMustache() throws {
        var reached = try assertSameAsSwiftMustache(Paths.exampleContent)
        reached.formUnion(try assertSameAsSwiftMustache(Paths.repository.appendingPathComponent("Tests/Fixtures/comparison")))
        let theme = try FileManager.default.contentsOfDirectory(atPath: Paths.theme.path)
            .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
        #expect(theme.count > 15)
        #expect(Set(theme).subtracting(reached).isEmpty, "never rendered: \(Set(theme).subtracting(reached).sorted())")
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

    /// Renders through oit's engine (as a theme loaded from files) and through swift-mustache.
    static func renderBoth<Model: Encodable>(_ templates: [String: String], _ template: String, _ model: Model) throws
        -> (ours: [UInt8], expected: [UInt8])
    {
        let theme = try Self.theme(templates)
        var diagnostics = Diagnostics()
        let ours = try #require(theme.renderUTF8(template, model, into: &diagnostics))
        // The texts as the theme read them (line ends as `TextFile` gives them).
        let oracle = try SwiftMustacheOracle(texts: theme.texts)
        let expected = try #require(oracle.render(template, TemplateEncoder.encode(model)))
        return (ours, expected)
    }

    @Test func edgeCasesRenderAsSwiftMustacheDoes() throws {
        let (ours, expected) = try Self.renderBoth(Self.templates, "main", Self.model)
        #expect(expected.count > 200)
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
        #expect(ours == expected)
    }

    /// Standalone lines, partial indentation and set delimiters, each on its own.
    @Test(arguments: [
        "  {{#rows}}\n  {{name}}\n  {{/rows}}\n", "{{! c }}\nx", "\r\n{{name}}", "  {{>leaf}}\n", "a\n  {{>leaf}}  \nb",
        "{{#rows}}\n{{#tags}}\n  {{.}}\n{{/tags}}\n{{/rows}}\n", "  {{=<% %>=}}\n<% name %>{{x}}\n<%={{ }}=%>{{name}}",
        "x {{! c }} \n{{#flag}}  \n  in\n  {{/flag}}  \nend  ", "{{#rows}}{{/rows}}\n   ",
        "\t{{^empty}}\n\t{{count}}\n\t{{/empty}}\r\n",
        "{{#rows}}\n{{/rows}} {{name}}\n{{#rows}}x{{/rows}}{{! c }}\nafter", "  {{>row}}", "<{{#inner}}{{name}}{{/inner}}>",
    ])
    func whitespaceCasesRenderAsSwiftMustacheDoes(text: String) throws {
        var templates = Self.templates
        templates["case"] = text
        let (ours, expected) = try Self.renderBoth(templates, "case", Self.model)
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
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

    /// Issue 18: a sign is escaped whatever mark follows or precedes it.
    @Test func escapingIsOnBytes() throws {
        let theme = try Self.theme(["x": "{{x}}|{{#x}}{{.}}{{/x}}"])
        for sample in Self.escapingSamples {
            var diagnostics = Diagnostics()
            let page = try #require(theme.renderUTF8("x", Sample(x: sample), into: &diagnostics))
            let scalars = "\(sample.unicodeScalars.map { String($0.value, radix: 16) })"
            let escaped = Self.escapedOnScalars(sample)
            #expect(page == (sample.isEmpty ? Array("|".utf8) : escaped + Array("|".utf8) + escaped), "\(scalars)")
            #expect(Array(HTML.escape(sample).utf8) == escaped, "\(scalars)")
        }
    }

    /// A theme's own `{{% CONTENT_TYPE: HTML }}` is the escaping every template gets.
    @Test func htmlPragmaIsAccepted() throws {
        let (ours, expected) = try Self.renderBoth(["x": "{{%CONTENT_TYPE: HTML}}\n{{x}}"], "x", Sample(x: "\"\u{301}"))
        #expect(ours == expected && ours == Self.escapedOnScalars("\"\u{301}"))
    }

    /// The content-type line the oracle puts before a template changes nothing else: every
    /// template renders as swift-mustache renders the text as written (no sign to escape).
    @Test func pragmaLineChangesNothingElse() throws {
        var templates = Self.templates
        let edges = ["", "\n", "  {{#rows}}\n  {{name}}\n  {{/rows}}\n", "{{! c }}\nx", "\r\n{{name}}", "  {{>leaf}}\n"]
        for (index, text) in edges.enumerated() { templates["edge\(index)"] = text }
        var written = MustacheLibrary()
        for (name, text) in templates { written.register(try MustacheTemplate(string: text), named: name) }
        let withLine = try SwiftMustacheOracle(texts: templates)
        var model = Self.model
        model.name = "ชื่อ top"
        for index in model.rows.indices { model.rows[index].name = "แถว \(index)" }
        let value = TemplateEncoder.encode(model)
        for name in templates.keys.sorted() {
            let expected = try #require(written.render(value.mustacheBox, withTemplate: name))
            #expect(withLine.render(name, value) == Array(expected.utf8), "\(name)")
        }
    }

    /// Text held as UTF-8 bytes (the page inside the layout) renders as the same text held as a
    /// `String` in every kind of tag, escaped or not.
    @Test func bytesRenderAsText() throws {
        let theme = try Self.theme([
            "x": "[{{x}}][{{{x}}}][{{&x}}]{{#x}}<{{.}}>{{/x}}{{^x}}empty{{/x}}\n  {{>p}}", "p": "({{x}})\n",
        ])
        let compiled = theme.library
        for sample in ["<p>ทดสอบ 'ั' & \"ข้อ\"</p>\n<b>x</b>", "", "a\r\n&\n"] {
            let text = compiled.render("x", .object(["x": .text(sample)]))
            let bytes = compiled.render("x", .object(["x": .utf8(Array(sample.utf8))]))
            #expect(text != nil && bytes == text, "\(sample)")
        }
        #expect(TemplateValue.utf8(Array("ก&".utf8)) == .text("ก&"))
        #expect(TemplateValue.utf8(Array("ก&".utf8)) != .text("ก"))
    }

    /// The encoder gives the tree reflection gives (what swift-mustache read before oit had its
    /// own engine).
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
