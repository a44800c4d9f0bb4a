import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Issue 17: the YAML mistakes clerks make are told in Thai (English with `--lang en`) with the
/// fix, at the character to fix, instead of libyaml's English.
@Suite struct YAMLMistakeTests {
    static let cases: [(String, String, YAMLMistake, String)] = [
        (
            "colon and space inside Thai text", "items:\n  o1:\n    status: done\n    summary: ผลการดำเนินงาน: ครบถ้วน\n",
            .colonInValue(key: "summary", value: "ผลการดำเนินงาน: ครบถ้วน"), "4:28"
        ),
        (
            "colon at the end of a value", "items:\n  o1:\n    summary: ผลการดำเนินงาน:\n",
            .colonInValue(key: "summary", value: "ผลการดำเนินงาน:"), "3:28"
        ),
        ("colon in a list item's value", "evidence:\n  - title: ผล: ดี\n", .colonInValue(key: "title", value: "ผล: ดี"), "2:14"),
        ("tab indenting a key", "items:\n  o1:\n\tstatus: done\n", .tab, "3:1"),
        ("tab after spaces", "items:\n  o1:\n    \tstatus: done\n", .tab, "3:5"),
        (
            "missing colon before a key", "items:\n  o1:\n    status done\n    summary: x\n",
            .missingColon(key: "status", rest: "done"), "3:11"
        ),
        (
            "missing colon on the last line", "items:\n  o1:\n    unit: x\n    status done\n",
            .missingColon(key: "status", rest: "done"), "4:11"
        ),
        ("unclosed double quote", "items:\n  o1:\n    status: done\n    summary: \"ยังไม่ปิด\n", .unclosedQuote("\""), "4:14"),
        ("unclosed single quote", "items:\n  o1:\n    unit: 'กอง\n", .unclosedQuote("'"), "3:11"),
        (
            "key indented deeper", "items:\n  o1:\n    status: done\n      unit: x\n", .indentation(key: "unit", deeper: true),
            "4:7"
        ),
        ("key indented less", "items:\n  o1:\n    status: done\n   unit: x\n", .indentation(key: "unit", deeper: false), "4:4"),
        ("text after a closing quote", "items:\n  o1:\n    summary: \"ก\" ข\n", .textAfterQuote, "3:18"),
        ("value starting with @", "items:\n  o1:\n    summary: @ก\n", .reservedCharacter("@"), "3:14"),
        ("backslash in double quotes", "items:\n  o1:\n    summary: \"C:\\เอกสาร\"\n", .backslashInDoubleQuotes, "3:17"),
        ("unclosed bracket", "items:\n  o1:\n    elements: [1, 2\n", .unclosedBracket("["), "3:15"),
    ]

    @Test(arguments: cases) func mistakeIsToldWithItsFixAtTheCharacter(
        _ name: String, _ text: String, _ mistake: YAMLMistake, _ place: String
    ) {
        guard case .failure(let problem) = YAMLComposer.compose(text, file: "year.yaml") else {
            Issue.record("\(name): parsed")
            return
        }
        #expect(problem.message == .yamlMistake(mistake), "\(name)")
        #expect("\(problem.line):\(problem.column)" == place, "\(name)")
    }

    @Test func wordingNamesTheFixInThaiAndIsWhollyEnglishWithLangEn() {
        let fixes: [(YAMLMistake, String)] = [
            (.colonInValue(key: "summary", value: "a: b"), "ใส่ข้อความไว้ในเครื่องหมายคำพูด เช่น summary: \"a: b\""),
            (.tab, "ใช้การเว้นวรรคแทนแท็บ"), (.missingColon(key: "status", rest: "done"), "status: done"),
            (.unclosedQuote("\""), "ไม่มีตัวปิด"), (.indentation(key: "unit", deeper: true), "เว้นวรรค"),
            (.indentation(key: "unit", deeper: false), "เว้นวรรค"), (.textAfterQuote, "เครื่องหมายคำพูด"),
            (.unclosedBracket("{"), "}"), (.reservedCharacter("@"), "เครื่องหมายคำพูด"), (.backslashInDoubleQuotes, "'"),
        ]
        for (mistake, fix) in fixes {
            let message = Message.yamlMistake(mistake)
            #expect(message.text(in: .thai).contains(fix), "\(mistake)")
            #expect(message.text(in: .english).hasThaiLetters == false, "\(mistake)")
            #expect(message.ruleID == "yaml-syntax")
        }
        #expect(Message.yamlMistake(.tab).text(in: .english).contains("use spaces instead of a tab"))
    }

    /// Errors that are none of the mistakes keep libyaml's problem, worded in Thai.
    @Test func otherSyntaxErrorsAreWordedInThai() throws {
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n    - x\n")
        let error = try #require(fixture.check().errors.first)
        #expect(error.message == .yamlSyntax("did not find expected key"))
        #expect(error.message.text(in: .thai).contains("ชื่อ: ค่า"))
        #expect(error.message.text(in: .thai).contains("did not") == false)
    }

    /// In front matter, the place is in the Markdown file's lines.
    @Test func frontMatterMistakeIsPlacedInTheFile() throws {
        let fixture = try Fixture(
            year: "items: {}\n", extra: ["agencies/test/2566/items/o12.md": "---\nstatus: done\nsummary: ผล: ดี\n---\n"])
        let places = fixture.check().places { $0 == .yamlMistake(.colonInValue(key: "summary", value: "ผล: ดี")) }
        #expect(places == ["items/o12.md:3:12"])
    }
}
