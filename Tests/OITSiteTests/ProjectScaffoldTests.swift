import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite
@testable import OITWrite

/// `oit init`: the current Thai fiscal year, the files it writes, and that they build.
@Suite struct ProjectScaffoldTests {
    static var utc: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    func date(_ year: Int, _ month: Int, _ day: Int) -> Date {
        Self.utc.date(from: DateComponents(year: year, month: month, day: day, hour: 12))!
    }

    @Test func fiscalYearStartsInOctoberAndIsBuddhistEra() {
        #expect(ProjectScaffold.fiscalYear(of: date(2026, 9, 30), calendar: Self.utc) == 2569)
        #expect(ProjectScaffold.fiscalYear(of: date(2026, 10, 1), calendar: Self.utc) == 2570)
        #expect(ProjectScaffold.fiscalYear(of: date(2023, 1, 15), calendar: Self.utc) == 2566)
        #expect(ProjectScaffold.fiscalYear(of: date(2022, 12, 31), calendar: Self.utc) == 2566)
    }

    @Test func aYearWithoutAFrameworkUsesTheLatestKnownRound() throws {
        let known = try #require(BuiltInFiles.frameworkRounds.max())
        let later = ProjectScaffold(
            folder: URL(fileURLWithPath: "/nonexistent"), agency: "x",
            today: date(known - 543 + 3, 11, 1), calendar: Self.utc)
        #expect(later.fiscalYear == known + 4)
        #expect(later.round == known)
        #expect(later.yearYAML.contains("\nround: \(known)\n"))
        let current = ProjectScaffold(
            folder: URL(fileURLWithPath: "/nonexistent"), agency: "x",
            today: date(2566 - 543, 3, 1), calendar: Self.utc)
        #expect(current.round == 2566)
        #expect(current.yearYAML.contains("\nround: 2566\n"))
        #expect(!current.yearYAML.contains("ยังไม่มีเกณฑ์ ITA"))
        // Said once, in the header, in the words `oit new year` uses for the same year.
        #expect(later.yearYAML.components(separatedBy: "ยังไม่มีเกณฑ์ ITA").count == 2)
        #expect(later.yearYAML.contains("\n# ยังไม่มีเกณฑ์ ITA รอบ \(known + 4) จึงใช้เกณฑ์รอบ \(known) ซึ่งเป็นรอบล่าสุดที่มี"))
        #expect(later.yearYAML.contains("\n# สร้างด้วยคำสั่ง oit init:"))
        // The year's file is the new-year scaffold: every item of the round, not started.
        #expect(current.yearYAML.contains("\n  o43:\n    status: not-started\n"))
    }

    @Test func everyScaffoldYearBuildsAndPassesTheGeneratedCICheck() throws {
        // Each fiscal year the tool can start: the project builds, and passes the check of the CI
        // file it comes with (--strict, allowing only the items not entered yet).
        for year in (BuiltInFiles.frameworkRounds.min() ?? 2566)...((BuiltInFiles.frameworkRounds.max() ?? 2569) + 1) {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oit-scaffold-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: folder) }
            let scaffold = ProjectScaffold(
                folder: folder, agency: "testagency", today: date(year - 543, 3, 1), calendar: Self.utc)
            try scaffold.create()
            let untouched = Self.build(folder)
            // The example name and Bangkok for an อบต. are the only findings, until they are filled in.
            #expect(
                untouched.diagnostics.errors.map(\.message.ruleID).sorted() == ["placeholder-value", "province-unlikely"],
                "\(year)")
            try Self.fillInProfile(folder, agency: "testagency")
            var options = SiteBuilder.Options(
                content: folder, theme: nil, output: folder.appendingPathComponent("Site"), strict: true)
            options.allowedWarnings = ["missing-entries"]
            let outcome = SiteBuilder(options: options).build()
            let messages = outcome.diagnostics.sorted.map { $0.formatted(in: .english) }
            #expect(outcome.wrote, "\(year): \(messages)")
            #expect(outcome.diagnostics.errorCount == 0, "\(year): \(messages)")
            #expect(outcome.diagnostics.warnings.allSatisfy { $0.message.ruleID == "missing-entries" }, "\(year): \(messages)")
        }
        #expect(
            ProjectScaffold.githubWorkflow(agency: "x").contains("oit build --strict --allow missing-entries --format github"))
    }

    /// The scaffold built as its CI file builds it (--strict, allowing the items not entered yet).
    static func build(_ folder: URL) -> SiteBuilder.Outcome {
        var options = SiteBuilder.Options(
            content: folder, theme: nil, output: folder.appendingPathComponent("Site"), strict: true)
        options.allowedWarnings = ["missing-entries"]
        return SiteBuilder(options: options).build()
    }

    /// What a clerk does first: the agency's own name and province in place of the examples.
    static func fillInProfile(_ folder: URL, agency: String) throws {
        let file = folder.appendingPathComponent("agencies/\(agency)/agency.yaml")
        let text = try String(contentsOf: file, encoding: .utf8)
        let filled = try text.edited(replacing: "name: องค์การบริหารส่วนตำบลตัวอย่าง", with: "name: องค์การบริหารส่วนตำบลทดสอบ")
            .edited(replacing: "province: กรุงเทพมหานคร", with: "province: ลพบุรี")
        #expect(filled.contains("name: องค์การบริหารส่วนตำบลทดสอบ") && filled.contains("province: ลพบุรี"))
        try Data(filled.utf8).write(to: file)
    }

    @Test func writesNothingWhenAFileExists() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("oit-scaffold-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("keep\n".utf8).write(to: folder.appendingPathComponent(".gitignore"))
        let scaffold = ProjectScaffold(folder: folder, agency: "testagency")
        #expect(throws: ProjectScaffold.Failure.wouldOverwrite([".gitignore"])) { try scaffold.create() }
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("agencies").path))
        #expect(throws: ProjectScaffold.Failure.invalidAgency("Klong Kate")) {
            try ProjectScaffold(folder: folder, agency: "Klong Kate").create()
        }
    }

    @Test func agencySkeletonIsCommentedInThai() {
        let scaffold = ProjectScaffold(folder: URL(fileURLWithPath: "/nonexistent"), agency: "testagency")
        let comments = scaffold.agencyYAML.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(comments.count >= 10)
        #expect(comments.filter { String($0).containsThai }.count >= 10)
        #expect(scaffold.files.map(\.path).contains(".github/workflows/oit.yml"))
    }
}
