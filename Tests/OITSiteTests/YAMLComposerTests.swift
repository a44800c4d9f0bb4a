import Foundation
import Testing
import Yams

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The one-pass composer builds the nodes Yams' `compose` built (what the parser used before it),
/// node for node and place for place.
@Suite struct YAMLComposerTests {
    /// Every YAML file of the example content, the fixtures and the built-in frameworks.
    static func yamlFiles() -> [URL] {
        let folders = ["Content", "Tests/Fixtures", "Sources/OITSite/Resources/Frameworks"].map {
            Paths.repository.appendingPathComponent($0)
        }
        return folders.flatMap { folder -> [URL] in
            let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
            return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "yaml" }
        }.sorted { $0.path < $1.path }
    }

    @Test func sameNodesAsYamsOnEveryContentFile() throws {
        let files = Self.yamlFiles()
        #expect(files.count > 20)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            try expectSameAsYams(text, file: file.lastPathComponent)
        }
    }

    @Test(arguments: [
        "a: 1\nb: [x, 'y', \"z\"]\nc: {d: e}\n",
        "base: &b\n  x: 1\n  y: [2, 3]\ncopy: *b\nlist:\n  - *b\n  - &s plain\n  - *s\n",
        "text: |\n  line one\n  line two\nfolded: >\n  a\n  b\n",
        "empty:\nnull: ~\nquoted: ''\n? complex\n: value\n",
        "- one\n- - two\n  - three\n- {four: 4}\n",
        "# only a comment\n",
        "",
        "---\nkey: value\n...\n",
        "ไทย: ข้อความภาษาไทย\nรายการ:\n  - หนึ่ง\n  - สอง\n",
        "tagged: !!str 2566\nint: !!int '5'\n",
        "? [a, b]\n: sequence key\n? {c: d}\n: mapping key\n",
    ])
    func sameNodesAsYams(_ text: String) throws {
        try expectSameAsYams(text, file: "case.yaml")
    }

    @Test func undefinedAliasAndSecondDocumentKeepYamsMessages() {
        #expect(
            problem("a: *nowhere\n") == YAMLComposer.Problem(message: .yamlSyntax("found undefined alias"), line: 1, column: 4))
        #expect(
            problem("a: 1\n---\nb: 2\n")
                == YAMLComposer.Problem(
                    message: .yamlSyntax("expected a single document in the stream, but found another document"),
                    line: 2, column: 1))
        // A syntax error later in the stream is reported first, as libyaml reads it first.
        #expect(problem("a: *nowhere\nb: [unclosed\n")?.message != .yamlSyntax("found undefined alias"))
    }

    @Test func aliasUsedAsADuplicateKeyIsNamed() {
        let found = problem("&k name: 1\n*k : 2\n")
        #expect(found?.message == .duplicateKey("name", first: SourceLocation(file: "", line: 1, column: 1)))
        #expect(found?.line == 2)
    }

    @Test func lineOffsetMovesEveryPlace() throws {
        guard case .success(let node?) = YAMLComposer.compose("a:\n  - b\n", file: "f.md", lineOffset: 3) else {
            Issue.record("no node")
            return
        }
        #expect(node.location == SourceLocation(file: "f.md", line: 4, column: 1))
        guard case .mapping(let pairs) = node.value, case .sequence(let items) = pairs[0].value.value else {
            Issue.record("not a mapping of a sequence")
            return
        }
        #expect(items[0].location == SourceLocation(file: "f.md", line: 5, column: 5))
    }

    private func problem(_ text: String) -> YAMLComposer.Problem? {
        if case .failure(let problem) = YAMLComposer.compose(text, file: "f.yaml") { return problem }
        return nil
    }

    private func expectSameAsYams(_ text: String, file: String) throws {
        let reference = try Yams.compose(yaml: text).map { Self.convert($0, file: file) }
        guard case .success(let composed) = YAMLComposer.compose(text, file: file) else {
            Issue.record("\(file): the composer failed where Yams did not")
            return
        }
        #expect(Self.describe(composed) == Self.describe(reference), "\(file)")
    }

    /// What the parser did with Yams' nodes before the composer.
    static func convert(_ node: Node, file: String) -> YAMLNode {
        let location = SourceLocation(file: file, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            return YAMLNode(value: .scalar(scalar.string, plain: scalar.style == .plain), location: location)
        case .mapping(let mapping):
            return YAMLNode(
                value: .mapping(mapping.map { (convert($0.key, file: file), convert($0.value, file: file)) }), location: location)
        case .sequence(let sequence):
            return YAMLNode(value: .sequence(sequence.map { convert($0, file: file) }), location: location)
        case .alias:
            return YAMLNode(value: .scalar("", plain: true), location: location)
        }
    }

    /// A node tree as text, every place included, for comparison.
    static func describe(_ node: YAMLNode?) -> String {
        guard let node else { return "none" }
        let place = "@\(node.location.line):\(node.location.column)"
        switch node.value {
        case .scalar(let text, let plain):
            return (plain ? "plain" : "styled") + "(\(text.debugDescription))" + place
        case .mapping(let pairs):
            return "{" + pairs.map { describe($0.key) + ": " + describe($0.value) }.joined(separator: ", ") + "}" + place
        case .sequence(let items):
            return "[" + items.map(describe).joined(separator: ", ") + "]" + place
        }
    }
}
