import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// Issue 17: what a public page says when content is missing, and the warning the webmaster gets
/// instead of a hint on the page.
@Suite struct PublicPagesTests {
    func site(_ files: [String: String]) throws -> (Fixture, SiteBuilder.Outcome) { try Fixture.built(files) }

    func text(_ fixture: Fixture, _ path: String) throws -> String {
        try String(contentsOf: fixture.output.appendingPathComponent("test/" + path), encoding: .utf8)
    }

    static let measures = "measures:\n  - {id: M1, title: มาตรการเปิดเผยข้อมูล, indicators: [9]}\n"
    static let results = "indicators: {1: 90, 2: 85, 3: 88, 4: 79, 5: 82, 6: 76, 7: 81, 8: 70, 9: 92, 10: 60}\n"

    @Test func anAnalysisWithoutThePreviousResultsIsAWarningNotAHintOnThePage() throws {
        let (fixture, outcome) = try site([
            "agencies/test/2566/year.yaml": "items:\n  o1: {status: in-progress}\n",
            "agencies/test/2566/measures.yaml": Self.measures,
        ])
        #expect(outcome.wrote)
        let expected = Message.analysisWithoutResults(item: "o42", resultsYear: 2565, file: "agencies/test/2565/results.yaml")
        #expect(outcome.diagnostics.places { $0 == expected } == ["2566/year.yaml:1:1"])
        #expect(expected.text(in: .thai).contains("agencies/test/2565/results.yaml"))
        #expect(expected.text(in: .english).contains("add agencies/test/2565/results.yaml"))
        #expect(!expected.text(in: .english).hasThaiLetters)
        let page = try text(fixture, "2566/o42/index.html")
        #expect(page.contains("ผลการประเมิน ITA ปี 2565 ไม่ได้เผยแพร่ไว้ในเว็บไซต์นี้"))
        #expect(!page.contains("results.yaml") && !page.contains("เพิ่มได้ที่"))
    }

    @Test func anAnalysisWithThePreviousResultsOrNotDoneIsNotWarned() throws {
        let (_, withResults) = try site([
            "agencies/test/2565/year.yaml": "round: 2566\n",
            "agencies/test/2565/results.yaml": Self.results,
            "agencies/test/2566/year.yaml": "items:\n  o1: {status: in-progress}\n",
            "agencies/test/2566/measures.yaml": Self.measures,
        ])
        #expect(withResults.wrote)
        #expect(!withResults.diagnostics.all.contains { $0.message.ruleID == "analysis-without-results" })
        // Without measures o42 is not done: the missing entry is what the webmaster is told.
        let (_, notDone) = try site(["agencies/test/2566/year.yaml": "items:\n  o1: {status: in-progress}\n"])
        #expect(!notDone.diagnostics.all.contains { $0.message.ruleID == "analysis-without-results" })
        #expect(
            notDone.diagnostics.warnings.contains {
                if case .missingEntries(let codes) = $0.message { codes.contains("o42") } else { false }
            })
    }

    @Test func anItemWhoseElementsAreNotListedSaysSoInsteadOfCountingZero() throws {
        let (fixture, outcome) = try site([
            "agencies/test/2569/year.yaml": """
            items:
              o1: {status: done, updated: 2568-11-01}
              o3: {status: done, elements: [แสดงที่อยู่, แสดงหมายเลขโทรศัพท์]}
              o4: {status: in-progress, elements: all}
            """
        ])
        #expect(outcome.wrote, "\(outcome.diagnostics.sorted.map { $0.formatted() })")
        for code in ["o1", "o4", "o5"] {
            let page = try text(fixture, "2569/\(code)/index.html")
            #expect(page.contains("เกณฑ์การประเมินที่เว็บไซต์นี้ใช้ไม่ได้ระบุองค์ประกอบด้านข้อมูลของข้อนี้แยกเป็นข้อ"), "\(code)")
            #expect(!page.contains("แสดงแล้ว 0 จาก 0") && !page.contains("class=\"checklist\""), "\(code)")
        }
        // The content's own elements are counted, all shown.
        let own = try text(fixture, "2569/o3/index.html")
        #expect(own.contains("(แสดงแล้ว 2 จาก 2)") && own.contains("แสดงหมายเลขโทรศัพท์"))
        #expect(!own.contains("ไม่ได้ระบุองค์ประกอบ"))
        let assessed = try #require(SiteBuilder(options: fixture.options).check().assessment.year(2569, of: "test"))
        #expect(assessed.elements(of: "o1") == nil && assessed.elements(of: "o3")?.confirmedNumbers == [1, 2])
    }

    @Test func aFullRoundStillCountsItsElements() throws {
        let (fixture, outcome) = try site(["agencies/test/2566/year.yaml": "items:\n  o1: {status: done, elements: [2]}\n"])
        #expect(outcome.wrote)
        let page = try text(fixture, "2566/o1/index.html")
        #expect(page.contains("(แสดงแล้ว 1 จาก 2)"))
        let assessed = try #require(SiteBuilder(options: fixture.options).check().assessment.year(2566, of: "test"))
        let tally = try #require(assessed.elements(of: "o1"))
        #expect(tally.confirmed == [false, true] && tally.confirmedNumbers == [2])
    }

    /// The evidence section of an item page, up to its end.
    func evidenceSection(_ page: String) -> String {
        let start = page.range(of: "<h2>หลักฐานและเอกสาร</h2>").map { page[$0.upperBound...] } ?? ""
        return start.components(separatedBy: "</section>")[0]
    }

    @Test func aHeldItemLinksToThePagesThatHoldItsContentInsteadOfNoEvidence() throws {
        let (fixture, outcome) = try site([
            "agencies/test/2565/year.yaml": "round: 2566\n",
            "agencies/test/2565/results.yaml": Self.results,
            "agencies/test/2566/year.yaml": "items:\n  o1: {status: in-progress}\n",
            "agencies/test/2566/measures.yaml": Self.measures,
            "agencies/test/2566/progress/6-month.yaml": "round: 6-month\nentries:\n  - {measure: M1, status: done}\n",
        ])
        #expect(outcome.wrote)
        #expect(!outcome.diagnostics.all.contains { $0.message.ruleID == "done-without-evidence" })
        let analysis = evidenceSection(try text(fixture, "2566/o42/index.html"))
        #expect(analysis.contains("href=\"../../2566/measures/index.html\">มาตรการปีงบประมาณ 2566</a>"))
        #expect(analysis.contains("href=\"../../2565/results/index.html\">ผลการประเมิน ITA 2565</a>"))
        #expect(analysis.contains("(หน้าในเว็บไซต์นี้)") && !analysis.contains("ยังไม่มีหลักฐาน"))
        let progress = evidenceSection(try text(fixture, "2566/o43/index.html"))
        #expect(progress.contains("href=\"../../2566/progress/6-month/index.html\""))
        #expect(!progress.contains("ยังไม่มีหลักฐาน"))
        // An item that is not done has no held pages to show.
        let notDone = evidenceSection(try text(fixture, "2566/o1/index.html"))
        #expect(notDone.contains("ยังไม่มีหลักฐาน"))
    }

    @Test func aDoneItemWithoutEvidenceIsWarnedWhereItsEntryIs() throws {
        let (fixture, outcome) = try site([
            "agencies/test/2566/year.yaml": """
            items:
              o1: {status: done}
              o2: {status: done, evidence: [{title: ผู้บริหาร, url: 'https://www.example.go.th/x'}]}
              o3: {status: in-progress}
              o42: {status: done}
            """,
            "agencies/test/2566/items/o4.md": "---\nstatus: ดำเนินการแล้ว\n---\nอำนาจหน้าที่ตามกฎหมาย\n",
        ])
        #expect(outcome.wrote)
        #expect(
            outcome.diagnostics.places { $0.ruleID == "done-without-evidence" } == [
                "items/o4.md:1:1", "2566/year.yaml:2:3", "2566/year.yaml:5:3",
            ])
        #expect(!Message.doneWithoutEvidence("o1").text(in: .english).hasThaiLetters)
        #expect(evidenceSection(try text(fixture, "2566/o1/index.html")).contains("ยังไม่มีหลักฐาน"))
    }

    /// A clerk writes "all of them" in Thai: it confirms every element, and is never published as one.
    @Test(arguments: ["ครบทุกข้อ", "ครบ", "ทั้งหมด", "ทุกข้อ", "ครบถ้วน", "All", "ครบ ทุกข้อ"])
    func thaiWordsForAllConfirmEveryElement(word: String) throws {
        let (fixture, outcome) = try site([
            "agencies/test/2566/year.yaml": """
            items:
              o1: {status: done, elements: \(word), evidence: [{title: แผนผัง, url: 'https://www.example.go.th/o1'}]}
            """
        ])
        #expect(outcome.wrote, "\(outcome.diagnostics.sorted.map { $0.formatted() })")
        let page = try text(fixture, "2566/o1/index.html")
        #expect(page.contains("(แสดงแล้ว 2 จาก 2)"))
        #expect(page.contains("แผนผังโครงสร้างการแบ่งส่วนราชการ"))
        #expect(!page.contains("1. \(word)"))
    }

    @Test(arguments: [
        ("elements: มีแผนผังองค์กร", "มีแผนผังองค์กร", "3:15"),
        ("elements: [ครบทุกข้อ]", "ครบทุกข้อ", "3:16"),
        ("elements: [มีแผนผังองค์กร, ทั้งหมด]", "ทั้งหมด", "3:32"),
    ])
    func wordsThatAreNoElementAreAnError(line: String, value: String, place: String) throws {
        let (_, outcome) = try site(["agencies/test/2569/year.yaml": "items:\n  o1:\n    \(line)\n    status: done\n"])
        #expect(!outcome.wrote)
        #expect(outcome.diagnostics.places { $0 == .invalidElements(value) } == ["2569/year.yaml:\(place)"])
        #expect(Message.invalidElements(value).text(in: .english).contains("elements: all"))
    }

    @Test func anItemWhoseSubIndicatorIsNotKnownEndsItsEyebrowWithTheIndicator() throws {
        let (fixture, outcome) = try site([
            "agencies/test/2569/year.yaml": """
            items:
              o1: {status: in-progress}
              o77: {status: in-progress, title: ข้อที่หน่วยงานกำหนดเอง}
            """
        ])
        #expect(outcome.wrote)
        let page = try text(fixture, "2569/o25/index.html")
        #expect(page.contains("<p class=\"eyebrow\">ตัวชี้วัดที่ 10 การป้องกันการทุจริต</p>"))
        // An item whose group the framework does not name has no eyebrow at all.
        #expect(!(try text(fixture, "2569/o77/index.html")).contains("class=\"eyebrow\""))
        let full = try site(["agencies/test/2566/year.yaml": "items:\n  o1: {status: in-progress}\n"])
        #expect(
            try text(full.0, "2566/o1/index.html").contains(
                "<p class=\"eyebrow\">ตัวชี้วัดที่ 9 การเปิดเผยข้อมูล · 9.1 ข้อมูลพื้นฐาน</p>"))
    }

    @Test func aResultsOnlyYearIsTitledAndListedAsTheResultsItHolds() throws {
        let (fixture, outcome) = try site([
            "agencies/test/2568/results.yaml": Self.results,
            "agencies/test/2569/year.yaml": "items:\n  o1: {status: in-progress}\n",
        ])
        #expect(outcome.wrote)
        let overview = try text(fixture, "2568/index.html")
        #expect(overview.contains("<title>ผลการประเมิน ITA ปีงบประมาณ 2568 – "))
        #expect(overview.contains("<h1>ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2568</h1>"))
        #expect(!overview.contains("(OIT)") && !overview.contains("OIT 2568"))
        for page in ["index.html", "2569/o1/index.html", "2568/results/index.html"] {
            let html = try text(fixture, page)
            #expect(html.contains(">ผลการประเมิน ITA 2568</a></li>") && html.contains(">OIT 2569</a></li>"), "\(page)")
        }
        let notFound = try text(fixture, "404.html")
        #expect(notFound.contains(">ผลการประเมิน ITA 2568</a>") && notFound.contains(">OIT ปีงบประมาณ พ.ศ. 2569</a>"))
        #expect(try text(fixture, "2569/index.html").contains("<h1>การเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2569</h1>"))
    }

    @Test func submissionURLsBreakOnlyAfterTheSlashesOfTheirPath() throws {
        #expect(
            SubmissionSheet.breakableParts("https://www.example.go.th/oit/2566/o12/") == [
                "https://www.example.go.th/", "oit/", "2566/", "o12/",
            ])
        #expect(SubmissionSheet.breakableParts("https://www.example.go.th") == ["https://www.example.go.th"])
        #expect(SubmissionSheet.breakableParts("https://a.go.th/x/file.pdf") == ["https://a.go.th/", "x/", "file.pdf"])
        let (fixture, outcome) = try site(["agencies/test/2566/year.yaml": "items:\n  o1: {status: in-progress}\n"])
        #expect(outcome.wrote)
        let sheet = try text(fixture, "2566/submission/index.html")
        let parts = ["https://www.example.go.th/", "2566/", "o1/"].map { "<span class=\"part\">\($0)</span>" }
        #expect(sheet.contains("<a href=\"https://www.example.go.th/2566/o1/\">" + parts.joined(separator: "<wbr>") + "</a>"))
        let css = try String(contentsOf: Paths.theme.appendingPathComponent("assets/style.css"), encoding: .utf8)
        let rule = try #require(css.split(separator: "\n").first { $0.hasPrefix("td.url {") })
        #expect(!rule.contains("anywhere") && !css.contains("break-all"))
    }

    @Test func theNotFoundPageHasNoCanonicalLink() throws {
        let (fixture, outcome) = try site(["agencies/test/2566/year.yaml": "items:\n  o1: {status: in-progress}\n"])
        #expect(outcome.wrote)
        #expect(!(try text(fixture, "404.html")).contains("rel=\"canonical\""))
        let contact = try text(fixture, "contact/index.html")
        #expect(contact.contains("<link rel=\"canonical\" href=\"https://www.example.go.th/contact/\">"))
    }
}
