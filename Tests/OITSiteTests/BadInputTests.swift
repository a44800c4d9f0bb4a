import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// One bad input: a small content folder, the message it must produce, and where.
struct BadInput: Sendable, CustomStringConvertible {
    var name: String
    /// Path relative to the content folder → bytes. The agency profile is added unless given.
    var files: [String: [UInt8]]
    /// The message expected (its case; associated values are checked where they matter).
    var expected: @Sendable (Message) -> Bool
    /// `folder/file:line:column` (the last two path components) of the expected message.
    var place: String

    var description: String { name }

    init(
        _ name: String, _ files: [String: String], raw: [String: [UInt8]] = [:], at place: String,
        _ expected: @escaping @Sendable (Message) -> Bool
    ) {
        self.name = name
        var all = files.mapValues { Array($0.utf8) }
        all.merge(raw) { _, new in new }
        if all["agencies/test/agency.yaml"] == nil { all["agencies/test/agency.yaml"] = Array(Fixture.agencyYAML.utf8) }
        self.files = all
        self.place = place
        self.expected = expected
    }

    /// A case whose only file of interest is `year.yaml`.
    static func year(_ name: String, _ text: String, at place: String, _ expected: @escaping @Sendable (Message) -> Bool)
        -> BadInput
    {
        BadInput(name, ["agencies/test/2566/year.yaml": text], at: "2566/year.yaml:" + place, expected)
    }

    func fixture() throws -> Fixture {
        let fixture = try Fixture([:])
        for (path, bytes) in files {
            let url = fixture.content.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        if files["agencies/test/2566/year.yaml"] == nil, files.keys.contains(where: { $0.hasPrefix("agencies/test/2566/") }) {
            try fixture.write("items:\n  o1:\n    status: done\n", to: "agencies/test/2566/year.yaml")
        }
        return fixture
    }
}

/// The bad-input corpus of issue 8, part 1: every case loads and checks a small content folder and
/// asserts the message case and its file:line:column. Builds, links and templates are in
/// `BadInputTestsFiles`; the output folder in `BadInputTestsOutput`.
@Suite struct BadInputTests {
    static let year = "items:\n  o1:\n    status: done\n"
    static let laughs: String = {
        var lines = ["a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]"]
        var previous = "a"
        for name in ["b", "c", "d", "e", "f", "g", "h", "i"] {
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ",") + "]")
            previous = name
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    static let cases: [BadInput] = [
        // YAML syntax: where the construct began, not where the parser gave up (issue 17: told
        // with the fix; `YAMLMistakeTests` has every mistake).
        .year("unclosed double quote", "items:\n  o1:\n    status: done\n    summary: \"ไม่ปิด\n    unit: กอง\n\n", at: "4:14") {
            $0 == .yamlMistake(.unclosedQuote("\""))
        },
        .year("unclosed single quote", "items:\n  o1:\n    status: done\n    unit: 'กอง\n\n\n", at: "4:11") {
            $0 == .yamlMistake(.unclosedQuote("'"))
        },
        .year("unclosed flow sequence", "items:\n  o1:\n    status: done\n    elements: [1, 2\n    unit: x\n", at: "4:15") {
            $0 == .yamlMistake(.unclosedBracket("["))
        },
        .year("unclosed flow mapping", "items:\n  o1: {status: done\n  o2:\n", at: "2:7") {
            $0 == .yamlMistake(.unclosedBracket("{"))
        },
        .year("tab indentation", "items:\n\to1:\n    status: done\n", at: "2:1") { $0 == .yamlMistake(.tab) },
        .year("key indented less than its siblings", "items:\n  o1:\n    status: done\n   unit: x\n", at: "4:4") {
            $0 == .yamlMistake(.indentation(key: "unit", deeper: false))
        },
        .year("undefined alias", "items:\n  o1:\n    status: *nope\n", at: "3:13") {
            if case .yamlSyntax = $0 { return true }
            return false
        },
        .year("two documents in one file", "items:\n  o1:\n    status: done\n---\nitems: {}\n", at: "4:1") {
            if case .yamlSyntax = $0 { return true }
            return false
        },

        // Duplicate keys: at the duplicate, naming the first.
        .year("duplicate key in an entry", "items:\n  o1:\n    status: done\n    status: n/a\n", at: "4:5") {
            if case .duplicateKey("status", let first) = $0 { return (first.line, first.column) == (3, 5) }
            return false
        },
        .year("duplicate item code", "items:\n  o1:\n    status: done\n  o1:\n    status: done\n", at: "4:3") {
            if case .duplicateKey("o1", let first) = $0 { return (first.line, first.column) == (2, 3) }
            return false
        },
        BadInput(
            "duplicate key in agency.yaml", ["agencies/test/agency.yaml": Fixture.agencyYAML + "name: ซ้ำ\n"],
            at: "test/agency.yaml:4:1"
        ) {
            if case .duplicateKey("name", let first) = $0 { return first.line == 1 }
            return false
        },
        BadInput(
            "duplicate key in front matter", ["agencies/test/2566/items/o12.md": "---\nstatus: done\nstatus: n/a\n---\nbody\n"],
            at: "items/o12.md:3:1"
        ) {
            if case .duplicateKey("status", let first) = $0 { return (first.line, first.column) == (2, 1) }
            return false
        },
        BadInput(
            "unclosed quote in front matter", ["agencies/test/2566/items/o12.md": "---\nstatus: done\nsummary: \"x\n---\n"],
            at: "items/o12.md:3:10"
        ) { $0 == .yamlMistake(.unclosedQuote("\"")) },
        BadInput("unclosed front matter", ["agencies/test/2566/items/o12.md": "---\nstatus: done\n"], at: "items/o12.md:1:1") {
            $0 == .unclosedFrontMatter
        },

        // Bounded input.
        // a..d expand to 90 + 819 + 7380 nodes; the first *d of e passes the 10,000 budget.
        BadInput("billion laughs", ["agencies/test/2566/results.yaml": laughs], at: "2566/results.yaml:5:8") {
            $0 == .yamlTooManyAliases(limit: YAMLComposer.aliasLimit)
        },
        .year(
            "flow nesting too deep", "items: " + String(repeating: "[", count: 200) + String(repeating: "]", count: 200) + "\n",
            at: "1:71"
        ) { $0 == .yamlTooDeep(limit: YAMLComposer.depthLimit) },
        .year("block nesting too deep", "items:\n" + String(repeating: "- ", count: 100) + "x\n", at: "2:127") {
            $0 == .yamlTooDeep(limit: YAMLComposer.depthLimit)
        },
        .year(
            "alias deepens beyond the limit",
            "deep: &d " + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "\n"
                + "items: " + String(repeating: "[", count: 30) + "*d" + String(repeating: "]", count: 30) + "\n",
            at: "2:38"
        ) { $0 == .yamlTooDeep(limit: YAMLComposer.depthLimit) },
        BadInput(
            "file larger than 5 MB", [:],
            raw: [
                "agencies/test/2566/results.yaml": Array("# x\n".utf8)
                    + [UInt8](repeating: 0x20, count: TextFile.sizeLimit)
            ], at: "2566/results.yaml:1:1"
        ) {
            if case .fileTooLarge(_, TextFile.sizeLimit) = $0 { return true }
            return false
        },

        // Encodings and invisible bytes, at their line and column.
        BadInput(
            "invalid UTF-8 byte", [:],
            raw: [
                "agencies/test/2566/year.yaml": Array("items:\n  o1:\n    status: d".utf8) + [0xFF]
                    + Array("ne\n".utf8)
            ], at: "2566/year.yaml:3:14"
        ) { $0 == .notUTF8 },
        BadInput(
            "invalid UTF-8 after Thai text", [:],
            raw: [
                "agencies/test/2566/year.yaml": Array("items:\n  o1:\n    status: done\n    summary: ทดสอบ".utf8)
                    + [0xC0, 0x20]
            ], at: "2566/year.yaml:4:19"
        ) { $0 == .notUTF8 },
        BadInput(
            "TIS-620 Thai file", [:],
            raw: [
                "agencies/test/agency.yaml": Array("name: ".utf8) + [0xCD, 0xBA, 0xB5, 0x2E]
                    + Array("\nprovince: x\nwebsite: https://a.go.th/\n".utf8)
            ], at: "test/agency.yaml:1:8"
        ) { $0 == .notUTF8 },
        // (0xCD 0xBA happens to be a valid UTF-8 pair; 0xB5 after it is not, at column 8.)
        BadInput(
            "UTF-16 file", [:],
            raw: [
                "agencies/test/2566/year.yaml": [0xFF, 0xFE]
                    + Array("items: {}".utf16).flatMap {
                        [UInt8($0 & 0xFF), UInt8($0 >> 8)]
                    }
            ], at: "2566/year.yaml:1:1"
        ) { $0 == .notUTF8 },
        .year("NUL byte", "items:\n  o1:\n    status: do\u{0}ne\n", at: "3:15") { $0 == .nulCharacter },
        .year("bell control character", "items:\n  o1:\n    unit: a\u{7}\n    status: done\n", at: "3:12") {
            $0 == .controlCharacter("U+0007")
        },
        BadInput(
            "NUL in a Markdown body", ["agencies/test/2566/items/o12.md": "---\nstatus: done\n---\nข้อความ\u{0}\n"],
            at: "items/o12.md:4:8"
        ) { $0 == .nulCharacter },
        .year("CRLF file keeps its lines for errors", "items:\r\n  o1:\r\n    status: done\r\n    status: n/a\r\n", at: "4:5") {
            if case .duplicateKey("status", _) = $0 { return true }
            return false
        },

        // Numbers: plain decimal only, in range.
        BadInput(
            "hexadecimal float score", ["agencies/test/2566/results.yaml": "tools:\n  IIT: 0x1p6\n"], at: "2566/results.yaml:2:8"
        ) {
            $0 == .wrongType(key: "IIT", expected: .number)
        },
        BadInput("infinite score", ["agencies/test/2566/results.yaml": "indicators:\n  1: .inf\n"], at: "2566/results.yaml:2:6") {
            $0 == .wrongType(key: "1", expected: .number)
        },
        BadInput("inf score", ["agencies/test/2566/results.yaml": "indicators:\n  1: inf\n"], at: "2566/results.yaml:2:6") {
            $0 == .wrongType(key: "1", expected: .number)
        },
        BadInput("nan score", ["agencies/test/2566/results.yaml": "indicators:\n  2: nan\n"], at: "2566/results.yaml:2:6") {
            $0 == .wrongType(key: "2", expected: .number)
        },
        BadInput("exponent score", ["agencies/test/2566/results.yaml": "indicators:\n  3: 1e2\n"], at: "2566/results.yaml:2:6") {
            $0 == .wrongType(key: "3", expected: .number)
        },
        BadInput("score above 100", ["agencies/test/2566/results.yaml": "indicators:\n  4: 150\n"], at: "2566/results.yaml:2:6") {
            $0 == .scoreOutOfRange(150)
        },
        BadInput("negative score", ["agencies/test/2566/results.yaml": "indicators:\n  5: -1\n"], at: "2566/results.yaml:2:6") {
            $0 == .scoreOutOfRange(-1)
        },
        BadInput(
            "stated overall of 270", ["agencies/test/2566/results.yaml": "stated:\n  overall: 270\n"],
            at: "2566/results.yaml:2:12"
        ) { $0 == .numberOutOfRange(key: "overall", value: 270, range: 0...100) },
        BadInput(
            "stated tool score above 100", ["agencies/test/2566/results.yaml": "stated:\n  OIT: 1000\n"],
            at: "2566/results.yaml:2:8"
        ) { $0 == .numberOutOfRange(key: "OIT", value: 1000, range: 0...100) },
        BadInput("threshold 150", ["agencies/test/2566/analysis.yaml": "threshold: 150\n"], at: "2566/analysis.yaml:1:12") {
            $0 == .numberOutOfRange(key: "threshold", value: 150, range: 0...100)
        },
        BadInput(
            "threshold written in hex", ["agencies/test/2566/analysis.yaml": "threshold: 0x50\n"], at: "2566/analysis.yaml:1:12"
        ) {
            $0 == .wrongType(key: "threshold", expected: .number)
        },

        // Dates in a plausible window.
        .year("date 0000-01-01", "items:\n  o1:\n    status: done\n    updated: 0000-01-01\n", at: "4:14") {
            $0 == .dateOutOfRange("0000-01-01", earliest: 1950, latest: 2100)
        },
        .year("date 9999-12-31", "items:\n  o1:\n    status: done\n    updated: 9999-12-31\n", at: "4:14") {
            $0 == .dateOutOfRange("9999-12-31", earliest: 1950, latest: 2100)
        },
        .year("Buddhist-era date far in the future", "items:\n  o1:\n    status: done\n    updated: 2700-01-01\n", at: "4:14") {
            if case .dateOutOfRange = $0 { return true }
            return false
        },
        .year("30 February", "items:\n  o1:\n    status: done\n    updated: 2566-02-30\n", at: "4:14") {
            $0 == .dayNotInMonth("2566-02-30", year: 2566, month: 2, day: 30)
        },
        .year("13th month", "items:\n  o1:\n    status: done\n    updated: 2566-13-01\n", at: "4:14") {
            $0 == .invalidDate("2566-13-01")
        },
        BadInput(
            "progress report dated 1900", ["agencies/test/2566/progress/6-month.yaml": "round: 6-month\ndate: 1900-01-01\n"],
            at: "progress/6-month.yaml:2:7"
        ) {
            if case .dateOutOfRange = $0 { return true }
            return false
        },

        // Paths written in content.
        .year(
            "evidence file with ..",
            "items:\n  o1:\n    status: done\n    evidence:\n      - title: t\n        file: ../../agency.yaml\n",
            at: "6:15"
        ) { $0 == .outsideContent("../../agency.yaml") },
        .year(
            "evidence file absolute",
            "items:\n  o1:\n    status: done\n    evidence:\n      - title: t\n        file: /etc/passwd\n",
            at: "6:15"
        ) { $0 == .outsideContent("/etc/passwd") },
        .year(
            "missing evidence file",
            "items:\n  o1:\n    status: done\n    evidence:\n      - title: t\n        file: files/none.pdf\n",
            at: "6:15"
        ) { $0 == .missingFile("files/none.pdf") },
        BadInput(
            "evidence file name with #",
            [
                "agencies/test/2566/year.yaml":
                    "items:\n  o1:\n    status: done\n    evidence:\n      - title: t\n        file: files/a#1.pdf\n",
                "agencies/test/2566/files/a#1.pdf": "x",
            ], at: "2566/year.yaml:6:15"
        ) {
            $0 == .unsafeFileName("files/a#1.pdf", character: "\"#\"")
        },
        BadInput(
            "evidence file name with a zero-width space",
            [
                "agencies/test/2566/year.yaml":
                    "items:\n  o1:\n    status: done\n    evidence:\n      - title: t\n        file: \"files/a\u{200B}.pdf\"\n",
                "agencies/test/2566/files/a\u{200B}.pdf": "x",
            ], at: "2566/year.yaml:6:15"
        ) {
            $0 == .unsafeFileName("files/a\u{200B}.pdf", character: "U+200B")
        },
        BadInput(
            "progress file name with a space", ["agencies/test/2566/progress/12 month.yaml": "round: 12-month\n"],
            at: "progress/12 month.yaml:1:1"
        ) { $0 == .unsafeFileName("12 month.yaml", character: "space") },
        BadInput(
            "progress file name with #", ["agencies/test/2566/progress/a#b.yaml": "round: 12-month\n"],
            at: "progress/a#b.yaml:1:1"
        ) { $0 == .unsafeFileName("a#b.yaml", character: "\"#\"") },
        BadInput(
            "progress file name with ?", ["agencies/test/2566/progress/a?b.yaml": "round: 12-month\n"],
            at: "progress/a?b.yaml:1:1"
        ) { $0 == .unsafeFileName("a?b.yaml", character: "\"?\"") },
        BadInput(
            "logo outside the agency folder", ["agencies/test/agency.yaml": Fixture.agencyYAML + "logo: ../other/logo.png\n"],
            at: "test/agency.yaml:4:7"
        ) { $0 == .outsideContent("../other/logo.png") },
        BadInput("items is a file, not a folder", ["agencies/test/2566/items": "not a folder"], at: "2566/items:1:1") {
            if case .unreadableFolder = $0 { return true }
            return false
        },

        // Invisible characters are shown, not printed invisibly.
        .year("zero-width space in a key", "items:\n  o1:\n    status\u{200B}: done\n", at: "3:5") {
            guard case .unknownKey = $0 else { return false }
            return $0.text(in: .english).contains("<U+200B>") && $0.text(in: .thai).contains("<U+200B>")
        },
    ]

    @Test(arguments: cases) func badInput(_ input: BadInput) throws {
        let fixture = try input.fixture()
        let diagnostics = fixture.check()
        let places = diagnostics.places(where: input.expected)
        #expect(
            places.contains(input.place),
            "\(input.name): \(diagnostics.sorted.map { "\($0.location.map(String.init(describing:)) ?? "-") \($0.message)" })")
        // A bad input fails the check; it never passes silently.
        #expect(diagnostics.hasErrors)
    }

    /// Inputs that used to be refused or misread and must now be accepted as they are.
    static let accepted: [(String, [String: [UInt8]])] = [
        ("CRLF year.yaml", ["agencies/test/2566/year.yaml": Array("items:\r\n  o1:\r\n    status: done\r\n".utf8)]),
        (
            "BOM year.yaml",
            ["agencies/test/2566/year.yaml": [0xEF, 0xBB, 0xBF] + Array("items:\n  o1:\n    status: done\n".utf8)]
        ),
        (
            "CRLF items/o12.md",
            [
                "agencies/test/2566/year.yaml": Array("items: {}\n".utf8),
                "agencies/test/2566/items/o12.md": Array("---\r\nstatus: done\r\n---\r\nข้อความ\r\n".utf8),
            ]
        ),
        (
            "BOM and CRLF items/o12.md",
            [
                "agencies/test/2566/year.yaml": Array("items: {}\n".utf8),
                "agencies/test/2566/items/o12.md": [0xEF, 0xBB, 0xBF] + Array("---\r\nstatus: done\r\n---\r\n".utf8),
            ]
        ),
        (
            "CRLF agency.yaml",
            [
                "agencies/test/agency.yaml": Array(Fixture.agencyYAML.replacingOccurrences(of: "\n", with: "\r\n").utf8),
                "agencies/test/2566/year.yaml": Array("items: {}\n".utf8),
            ]
        ),
        (
            "a few aliases",
            ["agencies/test/2566/year.yaml": Array("unit: &u กองคลัง\nitems:\n  o1:\n    status: done\n    unit: *u\n".utf8)]
        ),
    ]

    @Test func acceptedInputs() throws {
        for (name, files) in Self.accepted {
            let fixture = try BadInput(name, [:], raw: files, at: "") { _ in false }.fixture()
            let errors = fixture.check().errors.filter {
                // year.yaml's top-level `unit` is not a known key: that one is expected.
                if case .unknownKey("unit", _) = $0.message { return false }
                return true
            }
            #expect(errors.isEmpty, "\(name): \(errors)")
        }
        let o12 = try BadInput("", [:], raw: Self.accepted[2].1, at: "") { _ in false }.fixture()
        #expect(o12.load().agencies.first?.years.first?.entries["o12"]?.status == .done)
    }
}
