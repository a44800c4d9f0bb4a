import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite
@testable import OITWrite

/// `TemplateParser` on the Mustache spec's cases (standalone lines, inverted and nested sections,
/// dotted names, partial indentation) and on malformed templates, located at the tag to fix.
@Suite struct TemplateParserTests {
    /// The tree as one line: text quoted, `{x}` escaped, `{{x}}` raw, `#x[…]`, `^x[…]`, `>p|indent|`.
    static func outline(_ nodes: [Template.Node]) -> String {
        nodes.map { node in
            switch node {
            case .text(let bytes): return "\"" + Self.visible(bytes) + "\""
            case .variable(let name, let escaped, _): return escaped ? "{\(name.spelled)}" : "{{\(name.spelled)}}"
            case .section(let name, let body, let inverted, _):
                return (inverted ? "^" : "#") + name.spelled + "[" + outline(body.nodes) + "]"
            case .partial(let name, let indentation, _):
                return ">" + name + (indentation.map { "|" + Self.visible($0) + "|" } ?? "")
            }
        }
        .joined(separator: " ")
    }

    /// Line ends and tabs written as `\n`, `\r`, `\t`.
    static func visible(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: "\n", with: "\\n")
            .replacingOccurrences(of: "\r", with: "\\r").replacingOccurrences(of: "\t", with: "\\t")
    }

    static func outline(_ text: String) throws -> String { outline(try TemplateParser.parse(text).nodes) }

    static func failure(_ text: String) -> TemplateParser.Failure? {
        do {
            _ = try TemplateParser.parse(text)
            return nil
        } catch {
            return error
        }
    }

    @Test func variablesAndComments() throws {
        #expect(try Self.outline("a {{x}} {{{y}}} {{&z}} {{! no }}b") == #""a " {x} " " {{y}} " " {{z}} " " "b""#)
        #expect(try Self.outline("{{ x }}{{{ y }}}") == "{x} {{y}}")
    }

    @Test func standaloneLinesAreLeftOut() throws {
        #expect(try Self.outline("a\n  {{#x}}\nb\n  {{/x}}\nc") == #""a\n" #x["b\n"] "c""#)
        #expect(try Self.outline("a\n\t{{! comment }}  \r\nb") == #""a\n" "b""#)
        // Not alone: text before or after the tag keeps the line.
        #expect(try Self.outline("a {{#x}}\nb{{/x}}") == #""a " #x["\n" "b"]"#)
        #expect(try Self.outline("  {{#x}} y\n{{/x}}") == #""  " #x[" y\n"]"#)
        // The last line's tag stands alone at the end of the text too.
        #expect(try Self.outline("a\n{{! c }}") == #""a\n""#)
    }

    @Test func invertedAndNestedSections() throws {
        #expect(try Self.outline("{{^x}}no{{/x}}") == #"^x["no"]"#)
        #expect(try Self.outline("{{#a}}{{#b}}{{c}}{{/b}}{{^b}}-{{/b}}{{/a}}") == #"#a[#b[{c}] ^b["-"]]"#)
        #expect(try Self.outline("{{#a}}{{#a}}in{{/a}}{{/a}}") == #"#a[#a["in"]]"#)
    }

    @Test func dottedNames() throws {
        let nodes = try TemplateParser.parse("{{a.b.c}}{{.}}{{.d}}{{#first()}}f{{/first()}}").nodes
        guard case .variable(let path, _, _) = nodes[0], case .variable(let current, _, _) = nodes[1],
            case .variable(let anchored, _, _) = nodes[2], case .section(let sequence, _, _, _) = nodes[3]
        else {
            Issue.record("\(Self.outline(nodes))")
            return
        }
        #expect(path == .path(first: "a", rest: ["b", "c"]))
        #expect(current == .current)
        #expect(anchored == .anchored(["d"]))
        #expect(sequence == .sequence(.first))
    }

    @Test func partialIndentation() throws {
        // Standalone: its indentation goes before each line of the partial.
        #expect(try Self.outline("a\n  {{>p}}\nb") == #""a\n" "  " >p|  | "b""#)
        #expect(try Self.outline("\t{{> p }}") == #""\t" >p|\t|"#)
        // Inline: no indentation.
        #expect(try Self.outline("x {{>p}}\n") == #""x " >p "\n""#)
    }

    @Test func setDelimiters() throws {
        #expect(try Self.outline("{{=<% %>=}}\n<% x %>{{y}}\n<%={{ }}=%>{{z}}") == #"{x} "{{y}}\n" {z}"#)
        #expect(Self.failure("{{= <% =}}")?.problem == .invalidSetDelimiter)
    }

    /// Places are line and column of the tag's `{{`, columns in Unicode scalars (Thai included).
    @Test func nodesCarryTheirPlace() throws {
        let nodes = try TemplateParser.parse("ก่อน\n  ข้อ {{x}}\n{{#s}}\n{{/s}}").nodes
        let places = nodes.compactMap { node -> Template.Place? in
            switch node {
            case .variable(_, _, let place), .section(_, _, _, let place), .partial(_, _, let place): return place
            case .text: return nil
            }
        }
        #expect(places == [Template.Place(line: 2, column: 7), Template.Place(line: 3, column: 1)])
    }

    @Test func malformedTemplatesAreLocated() {
        let unclosed = Self.failure("<main>\n  <h1>{{title}}</h1>\n    {{#items}}\n  <p>{{name}}</p>\n</main>\n")
        #expect(unclosed == .init(problem: .unclosedSection("items"), place: .init(line: 3, column: 5)))
        let inner = Self.failure("{{#a}}\n  {{^b}}x\n{{/a}}")
        #expect(inner == .init(problem: .wrongSectionClose(expected: "b", found: "a"), place: .init(line: 3, column: 1)))
        let topLevel = Self.failure("ก{{/a}}")
        #expect(topLevel == .init(problem: .wrongSectionClose(expected: nil, found: "a"), place: .init(line: 1, column: 2)))
        for (text, column) in [
            ("x {{title", 3), ("x {{ti tle}}", 3), ("x {{{y}}", 3), ("x {{! no end", 3), ("x {{", 3), ("{{ชื่อ}}", 1),
        ] {
            #expect(Self.failure(text) == .init(problem: .unfinishedTag, place: .init(line: 1, column: column)), "\(text)")
        }
    }

    /// Mustache outside the subset is an error at its tag, never rendered some other way.
    @Test func unsupportedMustacheIsAnErrorAtItsTag() {
        for text in [
            "{{lowercased(name)}}", "{{<parent}}{{$b}}x{{/b}}{{/parent}}", "{{>*dynamic}}", "{{$block}}{{/block}}",
            "{{#first(x)}}{{/first(x)}}",
        ] {
            let failure = Self.failure("ok\n  " + text)
            guard case .unsupported(let tag)? = failure?.problem else {
                Issue.record("\(text): \(String(describing: failure))")
                continue
            }
            #expect(text.hasPrefix(tag), "\(tag)")
            #expect(failure?.place == .init(line: 2, column: 3))
        }
        #expect(Self.failure("{{%CONTENT_TYPE: TEXT}}")?.problem == .unknownConfig)
    }

    /// Loaded as a template override, an unsupported tag stops the build with a message in Thai
    /// (English with `--lang en`) that names the tag, at its line and column.
    @Test func unsupportedTagStopsTheBuild() throws {
        let fixture = try Fixture(year: "round: 2566\n", extra: ["templates/item.mustache": "<p>\n  {{<parent}}{{/parent}}</p>"])
        let outcome = fixture.build()
        let error = try #require(outcome.diagnostics.errors.first)
        #expect(error.message == .templateProblem(.unsupported("{{<parent}}"), detail: nil))
        #expect(error.location?.line == 2 && error.location?.column == 3)
        #expect(error.location?.file.path.hasSuffix("templates/item.mustache") == true)
        #expect(error.message.text(in: .thai).contains("ใช้แท็ก {{<parent}} ไม่ได้"))
        #expect(error.message.text(in: .english).contains("do not support the tag {{<parent}}"))
    }
}
