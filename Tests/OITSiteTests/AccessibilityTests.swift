import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// What a screen reader or keyboard user meets on the rendered pages: table captions and row
/// headers, one tab stop per overview row, titles that carry the year, stacked-row labels kept out
/// of accessible names, a focus ring with enough contrast, a chart that fits a phone, empty tables
/// that say so, and the memo's emblem slot.
@Suite struct AccessibilityTests {
    static let fixture: Fixture = {
        let fixture = try! Fixture([
            "agencies/a11y/agency.yaml": """
            name: องค์การบริหารส่วนตำบลทดสอบ
            province: ลพบุรี
            website: https://www.example.go.th/
            emblem: emblem.png
            """,
            // Not an image of anything: the build copies the file, it does not read it.
            "agencies/a11y/emblem.png": "test file",
            "agencies/a11y/2565/year.yaml": "round: 2566\n",
            "agencies/a11y/2565/results.yaml":
                "indicators: {1: 90, 2: 85, 3: 88, 4: 79, 5: 82, 6: 76, 7: 81, 8: 70, 9: 92, 10: 60}\n",
            "agencies/a11y/2566/year.yaml": """
            items:
              o1:
                status: done
                evidence:
                  - title: แผนผังโครงสร้าง
                    url: https://www.example.go.th/structure
            """,
            "agencies/a11y/2566/results.yaml":
                "indicators: {1: 92, 2: 84, 3: 88, 4: 85, 5: 80, 6: 79, 7: 83, 8: 74, 9: 95, 10: 70}\n",
            "agencies/a11y/2566/measures.yaml": """
            measures:
              - id: M1
                title: มาตรการเปิดเผยข้อมูล
                indicators: [9]
            """,
            "agencies/a11y/2566/progress/12-month.yaml": """
            round: 12-month
            date: 2566-10-16
            entries:
              - measure: M1
                status: done
                summary: เผยแพร่ครบ
                evidence:
                  - title: หน้าเว็บ
                    url: https://www.example.go.th/m1
            memo:
              office: สำนักปลัด
              subject: รายงานผลการดำเนินการตามมาตรการ
              to: นายกองค์การบริหารส่วนตำบลทดสอบ
              body: ตามที่ได้จัดทำมาตรการ
              signatures:
                - {name: (นางสาวตัวอย่าง ทดสอบ), position: นักวิเคราะห์นโยบายและแผน}
            """,
        ])
        let outcome = fixture.build()
        precondition(outcome.wrote, "\(outcome.diagnostics.sorted)")
        return fixture
    }()

    func page(_ path: String) throws -> String {
        try String(contentsOf: Self.fixture.output.appendingPathComponent("a11y/" + path), encoding: .utf8)
    }

    static var css: String {
        get throws { try String(contentsOf: Paths.theme.appendingPathComponent("assets/style.css"), encoding: .utf8) }
    }

    /// Every `<table …>` element of the theme (Markdown tables in the agency's own text are bare
    /// `<table>` and are the agency's to caption).
    static func themeTables(_ html: String) -> [Substring] {
        html.components(separatedBy: "<table ").dropFirst().map { Substring($0.components(separatedBy: "</table>")[0]) }
    }

    static func bodyRows(_ table: Substring) -> [String] {
        guard let body = table.components(separatedBy: "<tbody>").dropFirst().first else { return [] }
        return body.components(separatedBy: "<tr").dropFirst().map { $0.components(separatedBy: "</tr>")[0] }
    }

    @Test(arguments: [
        "2566/index.html", "2566/results/index.html", "2566/submission/index.html",
        "2566/progress/12-month/index.html", "2566/o43/index.html", "2565/results/index.html",
    ])
    func everyDataTableHasACaptionAndRowHeaders(_ path: String) throws {
        let tables = Self.themeTables(try page(path))
        #expect(!tables.isEmpty)
        for table in tables {
            #expect(table.contains("<caption"), "\(path): a table without caption")
            let rows = Self.bodyRows(table)
            #expect(!rows.isEmpty)
            for row in rows {
                #expect(row.contains("<th scope=\"row\""), "\(path): a row without a row header: \(row.prefix(120))")
            }
        }
    }

    @Test func overviewCaptionsTellTheTablesApart() throws {
        let captions = try page("2566/index.html").components(separatedBy: "<caption").dropFirst()
            .map { $0.components(separatedBy: "</caption>")[0] }
        #expect(captions.count == 7)
        #expect(Set(captions).count == captions.count)
        #expect(captions.allSatisfy { $0.contains("9.") || $0.contains("10.") })
    }

    @Test func oneTabStopPerOverviewRow() throws {
        for table in Self.themeTables(try page("2566/index.html")) {
            for row in Self.bodyRows(table) {
                #expect(row.components(separatedBy: "<a ").count - 1 == 1, "\(row.prefix(120))")
            }
        }
    }

    @Test func pageTitlesCarryTheYear() throws {
        for path in [
            "2566/o12/index.html", "2566/index.html", "2566/results/index.html", "2566/measures/index.html",
            "2566/progress/12-month/index.html", "2566/progress/12-month/memo/index.html", "2566/submission/index.html",
        ] {
            let title = try page(path).components(separatedBy: "<title>")[1].components(separatedBy: "</title>")[0]
            #expect(title.contains("2566"), "\(path): \(title)")
        }
    }

    /// Stacked-row labels come from `data-label` through CSS `content`; each such declaration must
    /// also give the empty alternative text, so the label is not read as part of the cell.
    @Test func stackedRowLabelsStayOutOfTheAccessibleName() throws {
        let declarations = try Self.css.components(separatedBy: ";").filter { $0.contains("attr(data-label)") }
        let withAlternative = declarations.filter { $0.contains("/ \"\"") }
        #expect(withAlternative.count >= 2)
        // Every rule with a label also has the silent form (the plain one is the fallback before it).
        let rules = try Self.css.components(separatedBy: "}").filter { $0.contains("attr(data-label)") }
        #expect(rules.allSatisfy { $0.contains("attr(data-label) \": \" / \"\"") }, "\(rules)")
        // The labels are in the cells' data-label attributes, never as text in the cell.
        let progress = try page("2566/progress/12-month/index.html")
        #expect(progress.contains("data-label=\"หลักฐาน\""))
    }

    @Test func focusRingHasThreeToOneOnEveryBackground() throws {
        let css = try Self.css
        func value(_ pattern: String) throws -> String {
            let match = try #require(css.firstMatch(of: try Regex(pattern)))
            return String(try #require(match.output[1].substring))
        }
        let ring = try value(#":focus-visible \{ outline: 3px solid (#[0-9a-f]{6})"#)
        let headerRing = try value(#"\.site-header :focus-visible \{ outline-color: (#[0-9a-f]{6}|#fff)"#)
        let light =
            ["--paper", "--tint", "--done-bg", "--progress-bg", "--todo-bg", "--na-bg"].map { name in
                (try? value(name + #": (#[0-9a-f]{6})"#)) ?? "#000000"
            } + ["#fff8e6", "#fff1f0", "#fff4f2"]  // notice, warning and weak-row tints
        for background in light {
            #expect(Contrast.ratio(ring, background) >= 3, "\(ring) on \(background)")
        }
        let header = try value(#"--accent: (#[0-9a-f]{6})"#)
        #expect(Contrast.ratio(headerRing == "#fff" ? "#ffffff" : headerRing, header) >= 3)
        #expect(Contrast.ratio("#f0b400", "#ffffff") < 3)  // the old ring, as a check of the check
    }

    @Test func chartFitsAPhoneAndKeepsItsTextAlternative() throws {
        let html = try page("2566/results/index.html")
        let svg = try #require(html.components(separatedBy: "<svg ").dropFirst().first)
        #expect(svg.contains("viewBox=\"0 0 400 "))
        #expect(svg.contains("role=\"img\"") && svg.contains("<title id=\"chart-title\">"))
        let chartRule = try #require(try Self.css.components(separatedBy: "\n").first { $0.hasPrefix(".chart {") })
        #expect(!chartRule.contains("min-width"))
        // No scrolling wrapper left that a keyboard could not reach.
        #expect(!html.contains("chart-scroll"))
    }

    @Test func emptySubmissionSheetAndProgressReportSaySoInWords() throws {
        var diagnostics = Diagnostics()
        let theme = try #require(Theme.load(themeFolder: Paths.theme, overrides: nil, into: &diagnostics))
        let agency = AgencyView(name: "ทดสอบ", place: "", website: "https://www.example.go.th/", social: [])
        let sheet = try #require(
            theme.render(
                "submission",
                PageContext(
                    root: "", agency: agency,
                    page: SubmissionPage(year: "2569", rows: [], csv: "x.csv")),
                into: &diagnostics))
        #expect(!sheet.contains("<table"))
        #expect(sheet.contains("ยังไม่มีข้อ"))
        let report = ProgressPage(
            title: "รายงาน", round: "6 เดือน", coverage: "", measuresTotal: "0", measuresReported: "0",
            complete: true, unreported: [], entries: [])
        let progress = try #require(
            theme.render("progress", PageContext(root: "", agency: agency, page: report), into: &diagnostics))
        #expect(!progress.contains("<table"))
        #expect(progress.contains("ยังไม่มีผลการดำเนินการ"))
    }

    @Test func memoShowsTheAgencysEmblemAndCopiesIt() throws {
        let memo = try page("2566/progress/12-month/memo/index.html")
        #expect(memo.contains("<img class=\"memo-emblem\" src=\"../../../../emblem.png\" alt=\"\">"))
        #expect(FileManager.default.fileExists(atPath: Self.fixture.output.appendingPathComponent("a11y/emblem.png").path))
    }

    @Test func memoWithoutEmblemShowsNoImage() throws {
        let snapshot = try String(
            contentsOf: Paths.snapshots.appendingPathComponent("snap_2566_progress_12-month_memo_index.html"),
            encoding: .utf8)
        let article = try #require(snapshot.components(separatedBy: "<article class=\"memo\">").dropFirst().first)
        #expect(!article.contains("<img"))
    }

    @Test func missingEmblemFileIsAnErrorAtItsLine() throws {
        let fixture = try Fixture([
            "agencies/test/agency.yaml": Fixture.agencyYAML + "emblem: garuda.png\n",
            "agencies/test/2566/year.yaml": "items:\n  o1:\n    status: done\n",
        ])
        let places = fixture.check().places { $0 == .missingFile("garuda.png") }
        #expect(places == ["test/agency.yaml:4:9"])
    }
}

/// WCAG 2 contrast ratio of two `#rrggbb` colours.
enum Contrast {
    static func ratio(_ a: String, _ b: String) -> Double {
        let (la, lb) = (luminance(a), luminance(b))
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    static func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }
}
