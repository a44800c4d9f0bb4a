import Foundation
import Testing
import Yams

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// `oit new year`: a new year's `year.yaml` with every item of the round, carrying what the
/// webmaster wrote in an earlier year, that the loader reads back without errors.
@Suite struct YearScaffoldTests {
    // MARK: - The YAML emitter

    /// The scalar YAML (libyaml, through Yams) reads back from `text`.
    func readBack(_ text: String) throws -> String? {
        try Yams.compose(yaml: text)?.mapping?.first?.value.scalar?.string
    }

    static let awkward = [
        "plain text", "ข้อความไทย", "ชื่อ: มีโคลอน", "a:b", "x # not a comment", "#1 first", "https://example.go.th/a#b",
        "2566", "2023-10-01", "12:30", "1e3", "+5", "-", "- item", "null", "Null", "~", "yes", "No", "on", "off", "y", "true",
        ".inf", "...", "---", "<<", "=", "@at", "%percent", "`tick", "!tag", "&anchor", "*alias", "{a: 1}", "[1, 2]", ", x",
        "? q", ":colon", "|pipe", ">fold", "'single'", "\"double\"", "back\\slash", " leading", "trailing ", "tab\there",
        "bell\u{7}", "bom\u{FEFF}", "line\u{2028}sep", "next\u{85}line", "cr\rhere", "o1", "",
    ]

    @Test(arguments: awkward)
    func inlineScalarsReadBackAsTheSameText(_ text: String) throws {
        let yaml = "key: \(YAMLEmitter.inline(text))\n"
        #expect(try readBack(yaml) == text, "\(yaml)")
        #expect(!YAMLEmitter.inline(text).contains("\n"))
    }

    static let multiline = [
        "first\nsecond", "first\nsecond\n", "first\nsecond\n\n", "  indented first\nsecond", "first\n  indented second",
        "\nleading blank line", "with: colon\n# hash line\n- dash line", "tab\tinside\nok", "ends with spaces  \nnext",
        "ไทย\nบรรทัดที่สอง", "cr\r\nline", "\n\n",
    ]

    @Test(arguments: multiline)
    func multiLineTextsReadBackAsTheSameTextNestedAndInLists(_ text: String) throws {
        let nested =
            ["items:", "  o1:"] + YAMLEmitter.keyValue("summary", text, indent: 4)
            + ["    elements:"] + YAMLEmitter.sequenceItem(text, indent: 4) + YAMLEmitter.sequenceItem("after", indent: 4)
            + ["    unit: next"]
        let yaml = nested.joined(separator: "\n") + "\n"
        let node = try #require(try Yams.compose(yaml: yaml), "\(yaml)")
        let entry = try #require(node["items"]?["o1"])
        #expect(entry["summary"]?.scalar?.string == text, "\(yaml)")
        #expect(entry["elements"]?.sequence?.map { $0.scalar?.string } == [text, "after"], "\(yaml)")
        #expect(entry["unit"]?.scalar?.string == "next")
    }

    @Test func multiLineTextsAreLiteralBlocksWhenTheyCanBe() {
        #expect(YAMLEmitter.keyValue("summary", "a\nb", indent: 4) == ["    summary: |-", "      a", "      b"])
        #expect(YAMLEmitter.keyValue("summary", "a\nb\n", indent: 0) == ["summary: |", "  a", "  b"])
        #expect(YAMLEmitter.keyValue("summary", " a\nb", indent: 0) == ["summary: |2-", "   a", "  b"])
        #expect(YAMLEmitter.keyValue("summary", "cr\r\nline", indent: 0) == ["summary: \"cr\\r\\nline\""])
        #expect(YAMLEmitter.inline("2566") == "\"2566\"" && YAMLEmitter.inline("สำนักปลัด") == "สำนักปลัด")
    }

    @Test func commentedOutYAMLComesBackWhenTheHashesAreRemoved() throws {
        let yaml = ["  o2:", "    summary: |-", "      a", "", "      b"]
        let commented = YAMLEmitter.commentedOut(yaml, indent: 2)
        #expect(commented == ["  # o2:", "  #   summary: |-", "  #     a", "  #", "  #     b"])
        let restored = uncomment(commented)
        #expect(try Yams.compose(yaml: "items:\n" + restored)?["items"]?["o2"]?["summary"]?.scalar?.string == "a\n\nb")
        #expect(YAMLEmitter.comment("one\ntwo", indent: 2) == "  # one two")
    }

    func uncomment(_ lines: [String]) -> String {
        lines.map { line in
            if line.hasSuffix("#") && line.trimmingCharacters(in: .whitespaces) == "#" { return "" }
            return line.replacingOccurrences(of: "# ", with: "", options: [], range: line.range(of: "# "))
        }.joined(separator: "\n") + "\n"
    }

    // MARK: - A year from the year before

    static let year2567 = """
        items:
          o1:
            status: done
            updated: 2566-11-01
            unit: สำนักปลัด
            covers: 2567
            elements: all
            summary: |
              บรรทัดแรก: โครงสร้าง # ไม่ใช่หมายเหตุ
                บรรทัดที่สองย่อหน้า
            evidence:
              - title: "แผนผัง: โครงสร้าง #1"
                url: https://www.example.go.th/structure
              - title: คำสั่งแบ่งงาน
                file: files/o1-order.pdf
          o2:
            status: done
            updated: 2566-12-01
            unit: กองคลัง
            summary: ข้อมูลผู้บริหาร
            evidence:
              - title: ผู้บริหาร
                url: https://www.example.go.th/executives
          o3:
            status: n/a
            reason: ไม่มีอำนาจหน้าที่ตามกฎหมายเฉพาะ
          o5:
            title: แผนยุทธศาสตร์
            group: "9.1"
            elements: [แสดงแผนระยะยาว, "มีช่วงเวลา: 5 ปี"]
            status: in-progress
            unit: กองช่าง
          o12:
            title: รายการจัดซื้อจัดจ้าง
            group: "9.2"
            status: done
            updated: 2567-01-15
            unit: กองคลัง
            evidence:
              - title: ประกาศจัดซื้อ
                file: files/o12.pdf

        """

    static let item4 = """
        ---
        title: ข่าวประชาสัมพันธ์
        group: "9.1"
        status: done
        updated: 2567-02-01
        unit: สำนักปลัด
        ---
        ข่าวของปี 2567
        """

    func fixture2567() throws -> Fixture {
        try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2567/year.yaml": Self.year2567,
            "agencies/test/2567/items/o4.md": Self.item4,
            "agencies/test/2567/files/o1-order.pdf": "%PDF-1.4\n",
            "agencies/test/2567/files/o12.pdf": "%PDF-1.4\n",
            "agencies/test/2568/files/o12.pdf": "%PDF-1.4\n",
        ])
    }

    @Test func the2567FixtureIsValidContent() throws {
        let fixture = try fixture2567()
        // Only the new year's year.yaml is missing (its folder already holds a file).
        #expect(fixture.check().errors.map(\.message) == [.missingFile("Content/agencies/test/2568/year.yaml")])
    }

    @Test func newYear2568From2567LoadsWithNoErrorsAndListsEveryItem() throws {
        let fixture = try fixture2567()
        let scaffold = try YearScaffold.create(content: fixture.content, agency: "test", year: 2568, from: 2567).get()
        #expect(scaffold.from == 2567 && scaffold.round == 2568)

        let diagnostics = fixture.check()
        #expect(diagnostics.errors.isEmpty, "\(diagnostics.errors.map { $0.formatted() })\n\(scaffold.text)")
        let project = fixture.load()
        let framework = try #require(project.frameworks[2568])
        let year = try #require(project.agencies.first?.year(2568))

        // Every item of round 2568 in framework order, with o5 (only 2567's content defines it) between o4 and o6.
        var expected = framework.items.map(\.code)
        expected.insert("o5", at: try #require(expected.firstIndex(of: "o6")))
        #expect(scaffold.codes == expected)
        #expect(Set(year.entries.keys) == Set(expected))
        #expect(scaffold.fromContent == ["o5"])
        #expect(diagnostics.warnings.contains { $0.message == .itemsFromContent(codes: ["o5"], round: 2568) })
        #expect(!diagnostics.warnings.contains { if case .missingEntries = $0.message { true } else { false } })

        // Nothing of the old assessment: not started, no dates, no confirmed elements.
        for entry in year.entries.values {
            #expect(entry.status == .notStarted, "\(entry.code.value)")
            #expect(
                entry.updated == nil && entry.covers == nil && entry.reason == nil && entry.body == nil, "\(entry.code.value)")
            if entry.code.value != "o5" { #expect(entry.elements == .some([]), "\(entry.code.value)") }
        }

        // What carries: units, summaries (multi-line as written), evidence links and the files the new year has.
        let o1 = try #require(year.entries["o1"])
        #expect(o1.unit == "สำนักปลัด")
        #expect(o1.summary == "บรรทัดแรก: โครงสร้าง # ไม่ใช่หมายเหตุ\n  บรรทัดที่สองย่อหน้า")
        #expect(o1.evidence.map(\.title) == ["แผนผัง: โครงสร้าง #1"])
        #expect(o1.evidence.first?.target == .url("https://www.example.go.th/structure"))
        #expect(scaffold.text.contains("      - title: คำสั่งแบ่งงาน\n        url:  # "))
        #expect(scaffold.filesToAdd == ["files/o1-order.pdf"])
        let o12 = try #require(year.entries["o12"])
        #expect(o12.evidence.map(\.target) == [.file("files/o12.pdf")])
        #expect(o12.unit == "กองคลัง" && o12.definition.isEmpty, "2567's own title is not carried onto an item 2568 lists")
        #expect(year.entries["o4"]?.unit == "สำนักปลัด")
        #expect(year.entries["o3"]?.unit == nil)
        let o5 = try #require(year.entries["o5"])
        #expect(o5.definition.title?.value == "แผนยุทธศาสตร์" && o5.definition.group?.value == "9.1")
        #expect(o5.definition.elements == ["แสดงแผนระยะยาว", "มีช่วงเวลา: 5 ปี"])
        #expect(o5.unit == "กองช่าง")
        #expect(Set(scaffold.carried) == ["o1", "o3", "o4", "o5", "o12"])

        // o2 is not in round 2568: kept, commented out, and it comes back when uncommented.
        #expect(year.entries["o2"] == nil)
        #expect(scaffold.keptAsComments == ["o2"])
        let lines = scaffold.text.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "  # o2:"))
        let block = Array(lines[start...].prefix { !$0.isEmpty })
        let restored = try #require(try Yams.compose(yaml: "items:\n" + uncomment(block))?["items"]?["o2"])
        #expect(restored["unit"]?.scalar?.string == "กองคลัง" && restored["status"]?.scalar?.string == "not-started")
        #expect(restored["evidence"]?.sequence?.first?["url"]?.scalar?.string == "https://www.example.go.th/executives")
    }

    @Test func theFileSaysWhatEachItemNeedsInComments() throws {
        let fixture = try fixture2567()
        let scaffold = try YearScaffold.create(content: fixture.content, agency: "test", year: 2568).get()
        #expect(scaffold.from == 2567, "the previous year is the default")
        let framework = try #require(fixture.load().frameworks[2568])
        let lines = scaffold.text.components(separatedBy: "\n")
        for item in framework.items {
            let key = try #require(lines.firstIndex(of: "  \(item.code):"), "\(item.code)")
            let comments = lines[..<key].reversed().prefix { $0.hasPrefix("  #") }
            #expect(comments.contains("  # \(item.code) \(item.title)"), "\(item.code)")
            if item.periodStated {
                let rule = PeriodText.requirement(item.period, FiscalYear(2568), digits: .arabic)
                    .replacingOccurrences(of: "\u{00A0}", with: " ")
                #expect(comments.contains { $0.hasSuffix(rule) }, "\(item.code)")
            }
        }
        #expect(lines.allSatisfy { !$0.hasSuffix(" ") }, "no trailing spaces")
    }

    @Test func aCompleteRoundFromNothingListsEveryItemOf2566() throws {
        let fixture = try Fixture(["agencies/test/agency.yaml": Fixture.agencyYAML])
        let scaffold = try YearScaffold.create(content: fixture.content, agency: "test", year: 2566).get()
        #expect(scaffold.from == nil && scaffold.carried.isEmpty && scaffold.keptAsComments.isEmpty)
        let diagnostics = fixture.check()
        #expect(diagnostics.errors.isEmpty && diagnostics.warnings.isEmpty, "\(diagnostics.sorted.map { $0.formatted() })")
        let framework = try #require(fixture.load().frameworks[2566])
        #expect(scaffold.codes == framework.items.map(\.code) && scaffold.codes.count == 43)
        let o12 = try #require(framework.item("o12"))
        // Elements numbered, and the first-half rule of 2566 in words, above o12.
        #expect(scaffold.text.contains("  #   1. \(o12.elements[0])\n"))
        #expect(scaffold.text.contains("1 ตุลาคม 2565 – 31 มีนาคม 2566"))
    }

    @Test func aCompleteRoundKeepsUnlistedEntriesAsCommentsOnly() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML,
            "agencies/test/2567/year.yaml":
                "items:\n  o1: {status: done, unit: สำนักปลัด}\n  o9:\n    title: ข้อที่ 9\n    group: \"9.1\"\n    status: done\n",
        ])
        let scaffold = try YearScaffold.create(content: fixture.content, agency: "test", year: 2566, from: 2567).get()
        #expect(scaffold.keptAsComments.isEmpty && scaffold.fromContent.isEmpty, "2566 lists o9 itself")
        #expect(fixture.load().agencies.first?.year(2566)?.entries["o9"]?.definition.isEmpty == true)
        #expect(fixture.check().errors.isEmpty)
    }

    @Test func sameContentGivesTheSameFile() throws {
        let fixture = try fixture2567()
        let first = try YearScaffold.create(content: fixture.content, agency: "test", year: 2568).get()
        let again = try YearScaffold.create(content: fixture.content, agency: "test", year: 2568, force: true).get()
        #expect(first.text == again.text)
        let written = try String(contentsOf: first.file, encoding: .utf8)
        #expect(written == first.text)
    }

    // MARK: - Refusals

    @Test func anExistingYearFileIsNotOverwrittenWithoutForce() throws {
        let fixture = try fixture2567()
        try fixture.write("items: {}\n", to: "agencies/test/2568/year.yaml")
        let refused = YearScaffold.create(content: fixture.content, agency: "test", year: 2568)
        guard case .failure(.yearFileExists(let path)) = refused else {
            Issue.record("\(refused)")
            return
        }
        #expect(path.hasSuffix("agencies/test/2568/year.yaml"))
        let kept = try String(contentsOf: fixture.content.appendingPathComponent("agencies/test/2568/year.yaml"), encoding: .utf8)
        #expect(kept == "items: {}\n")
        #expect(throws: Never.self) {
            try YearScaffold.create(content: fixture.content, agency: "test", year: 2568, force: true).get()
        }
    }

    @Test func aYearWithoutCriteriaRunsOnTheLatestRoundAndSaysSoOnce() throws {
        let fixture = try fixture2567()
        let scaffold = try YearScaffold.create(content: fixture.content, agency: "test", year: 2570).get()
        #expect(scaffold.round == 2569 && scaffold.roundAssumed)
        #expect(scaffold.report.first == .roundAssumed(year: 2570, round: 2569))
        let text = try String(contentsOf: scaffold.file, encoding: .utf8)
        #expect(text.contains("\nround: 2569\n"))
        #expect(text.components(separatedBy: "ยังไม่มีเกณฑ์ ITA รอบ 2570").count == 2)
        // The gaps of the partial round's list are named where the clerk reads.
        #expect(text.contains("# ยังไม่ทราบข้อ o2, o6, o7 ของรอบ 2569"))
        // --round chooses; the choice is not "assumed".
        let chosen = try YearScaffold.create(content: fixture.content, agency: "test", year: 2570, round: 2568, force: true)
            .get()
        #expect(
            chosen.round == 2568 && !chosen.roundAssumed
                && chosen.report.allSatisfy { $0 != .roundAssumed(year: 2570, round: 2568) })
        #expect(try String(contentsOf: chosen.file, encoding: .utf8).contains("\nround: 2568\n"))
    }

    @Test func problemsAreReportedNotGuessed() throws {
        let fixture = try fixture2567()
        func problem(_ agency: String, _ year: Int, from: Int? = nil) -> ScaffoldMessage? {
            if case .failure(let message) = YearScaffold.create(content: fixture.content, agency: agency, year: year, from: from)
            {
                return message
            }
            return nil
        }
        #expect(problem("tost", 2568) == .unknownAgency("tost", suggestion: "test"))
        #expect(problem("test", 2450) == .unknownFramework(round: 2450, known: [2566, 2567, 2568, 2569]))
        #expect(problem("test", 2025) == .christianEraYear(2025, buddhistYear: 2568))
        #expect(problem("test", 2568, from: 2565) == .unknownFromYear(2565, agency: "test", known: [2567, 2568]))
        #expect(problem("test", 2568, from: 2568) == .fromSameYear(2568))
        #expect(
            !FileManager.default.fileExists(atPath: fixture.content.appendingPathComponent("agencies/test/2568/year.yaml").path))
    }

    @Test func anItemTheNewYearHasAsAMarkdownFileIsNotDefinedTwice() throws {
        let fixture = try fixture2567()
        try fixture.write("---\nstatus: in-progress\n---\n", to: "agencies/test/2568/items/o1.md")
        let scaffold = try YearScaffold.create(content: fixture.content, agency: "test", year: 2568).get()
        #expect(!scaffold.codes.contains("o1"))
        #expect(fixture.check().errors.isEmpty)
        #expect(fixture.load().agencies.first?.year(2568)?.entries["o1"]?.status == .inProgress)
    }

    @Test func messagesHaveEnglishWithoutThaiLetters() {
        let messages: [ScaffoldMessage] = [
            .christianEraYear(2025, buddhistYear: 2568), .unknownAgency("x", suggestion: "y"),
            .unknownFramework(round: 2570, known: [2566]),
            .fromSameYear(2568), .unknownFromYear(2565, agency: "x", known: []), .yearFileExists("p"),
            .cannotWrite(path: "p", reason: "r"),
            .wrote(path: "p", items: 3, round: 2568, from: 2567, carried: 2),
            .wrote(path: "p", items: 3, round: 2568, from: nil, carried: 0),
            .keptAsComments(codes: ["o2"], round: 2568), .carriedFromContent(codes: ["o5"], round: 2568), .filesToAdd(["f"]),
            .contentHasErrors(1),
        ]
        for message in messages {
            #expect(!message.text(in: .english).unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }, "\(message)")
            #expect(message.text(in: .thai).unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) }, "\(message)")
        }
    }

    // MARK: - The command

    @Test func theCommandWritesOnceThenRefusesWithExitOne() throws {
        let executable = Paths.repository.appendingPathComponent(".build/debug/oit")
        try #require(
            FileManager.default.isExecutableFile(atPath: executable.path), "build the oit product first (make test does)")
        let fixture = try fixture2567()
        func run(_ arguments: [String]) throws -> (status: Int32, errors: String) { try CommandTests.run(arguments) }
        let arguments = ["new", "year", "2568", "--agency", "test", "--content", fixture.content.path]
        let first = try run(arguments)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.errors.contains("Content/agencies/test/2568/year.yaml"))
        let second = try run(arguments + ["--lang", "en"])
        #expect(second.status == 1)
        #expect(
            second.errors.contains("--force") && !second.errors.unicodeScalars.contains { (0x0E00...0x0E7F).contains($0.value) })
        #expect(try run(arguments + ["--force"]).status == 0)
    }
}
