import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite
import Testing

/// The `oit` executable itself: exit status and messages as CI and webmasters see them.
@Suite struct CommandTests {
    static let executable = Paths.repository.appendingPathComponent(".build/debug/oit")

    func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        try Self.run(arguments)
    }

    /// Runs the built `oit` with `arguments`: its exit status and what it wrote to standard error.
    static func run(_ arguments: [String]) throws -> (status: Int32, errors: String) {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func brokenContentExitsNonZeroWithThaiFileLineColumn() throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.executable.path), "build the oit product first (make test does)")
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n    evidance: []\n")
        let result = try run([
            "build", "--content", fixture.content.path, "--theme", Paths.theme.path, "--output", fixture.output.path,
        ])
        #expect(result.status == 1)
        #expect(result.errors.contains("2566/year.yaml:4:5: error: ไม่รู้จักชื่อ \"evidance\" หมายถึง \"evidence\" หรือไม่?"))
        #expect(!FileManager.default.fileExists(atPath: fixture.output.path))
    }

    @Test func goodContentExitsZero() throws {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable.path))
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n")
        let result = try run([
            "build", "--content", fixture.content.path, "--theme", Paths.theme.path, "--output", fixture.output.path,
        ])
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("test/2566/o1/index.html").path))
    }

    // MARK: - oit as an installed tool (issue 9)

    @Test func initThenBuildWithNoFlagsOutsideTheRepository() throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let initialized = try OITProcess.run(["init", "proj", "--agency", "testagency"], in: folder)
        #expect(initialized.status == 0, "\(initialized.errors)")
        let project = folder.appendingPathComponent("proj")
        let built = try OITProcess.run([], in: project)
        #expect(built.status == 0, "\(built.errors)")
        let site = project.appendingPathComponent("Site")
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("testagency/index.html").path))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("testagency/assets/fonts/Laksaman.woff").path))
        let agencies = try FileManager.default.contentsOfDirectory(atPath: site.path).filter {
            $0 != "assets" && $0 != "index.html" && !$0.hasPrefix(".")
        }
        #expect(agencies == ["testagency"], "no example agency enters a user's build")
        let untouched = try OITProcess.run(["build", "--strict", "--format", "github"], in: project)
        #expect(untouched.status == 1, "the example name is not published: \(untouched.output)")
        #expect(untouched.output.contains("placeholder-value"), "\(untouched.output)")
        try ProjectScaffoldTests.fillInProfile(project, agency: "testagency")
        let strict = try OITProcess.run(["build", "--strict", "--format", "github"], in: project)
        #expect(strict.status == 0, "a new project with its name and province passes the CI check: \(strict.output)")
        let page = try String(contentsOf: site.appendingPathComponent("testagency/index.html"), encoding: .utf8)
        #expect(!page.contains("__oit"), "the live-reload script is never in build output")
    }

    @Test func argumentParsersOwnWordsComeWithThai() throws {
        try #require(OITProcess.isBuilt)
        let missing = try OITProcess.run(["new", "year"], in: FileManager.default.temporaryDirectory)
        #expect(missing.status == 2)
        #expect(missing.errors.hasPrefix("ข้อผิดพลาด: ขาดค่าที่ต้องใส่\nError: Missing expected argument"), "\(missing.errors)")
        let english = try OITProcess.run(["new", "year", "--lang", "en"], in: FileManager.default.temporaryDirectory)
        #expect(english.errors.hasPrefix("Error: Missing expected argument"), "\(english.errors)")
        let help = try OITProcess.run(["check", "--help"])
        #expect(help.status == 0)
        #expect(help.output.contains("USAGE (วิธีใช้): oit check") && help.output.contains("OPTIONS (ตัวเลือก):"))
        // What is not help stays byte for byte: a completion script.
        let completion = try OITProcess.run(["--generate-completion-script", "bash"])
        #expect(completion.output.hasPrefix("#!/bin/bash") && !completion.output.contains("วิธีใช้"))
    }

    @Test func aFailedFirstBuildDoesNotClaimAnUnchangedSite() throws {
        try #require(OITProcess.isBuilt)
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try OITProcess.run(["init", "proj", "--agency", "x"], in: folder).status == 0)
        let project = folder.appendingPathComponent("proj")
        try Data("name: [\n".utf8).write(to: project.appendingPathComponent("agencies/x/agency.yaml"))
        let failed = try OITProcess.run(["build"], in: project)
        #expect(failed.status == 1)
        #expect(failed.errors.contains("ยังไม่ได้สร้าง Site/") && !failed.errors.contains("ยังเป็นฉบับเดิม"), "\(failed.errors)")
    }

    @Test func initRefusesToOverwrite() throws {
        try #require(OITProcess.isBuilt)
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try OITProcess.run(["init", ".", "--agency", "testagency"], in: folder).status == 0)
        let agencyFile = folder.appendingPathComponent("agencies/testagency/agency.yaml")
        try Data("name: แก้แล้ว\n".utf8).write(to: agencyFile)
        let again = try OITProcess.run(["init", ".", "--agency", "testagency"], in: folder)
        #expect(again.status == 2)
        #expect(try String(contentsOf: agencyFile, encoding: .utf8) == "name: แก้แล้ว\n")
        #expect(try OITProcess.run(["init", ".", "--agency", "Bad Name"], in: folder).status == 2)
    }

    @Test func versionExitsZero() throws {
        try #require(OITProcess.isBuilt)
        let result = try OITProcess.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output.trimmingCharacters(in: .whitespacesAndNewlines) == OITVersion.current)
    }

    @Test func usageErrorsExitTwo() throws {
        try #require(OITProcess.isBuilt)
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n")
        let base = ["build", "--content", fixture.content.path, "--output", fixture.output.path]
        #expect(try OITProcess.run(base + ["--lang", "fr"]).status == 2)
        #expect(try OITProcess.run(base + ["--format", "xml"]).status == 2)
        #expect(try OITProcess.run(base + ["--allow", "no-such-rule"]).status == 2)
        #expect(try OITProcess.run(base + ["--agency", "nobody"]).status == 2)
        #expect(try OITProcess.run(base + ["--theme", fixture.root.appendingPathComponent("missing").path]).status == 2)
        #expect(try OITProcess.run(["no-such-command"]).status == 2)
    }

    @Test func unwritableOutputExitsThree() throws {
        try #require(OITProcess.isBuilt)
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n")
        let file = fixture.root.appendingPathComponent("a-file")
        try Data("x".utf8).write(to: file)
        let result = try OITProcess.run([
            "build", "--content", fixture.content.path,
            "--output", file.appendingPathComponent("Site").path,
        ])
        #expect(result.status == 3, "\(result.errors)")
    }

    /// A year with one item entry, done with its evidence: round 2566 then warns only that the
    /// other 42 have no entry.
    static let yearWithWarnings =
        "items:\n  o1:\n    status: done\n    evidence: [{title: แผนผัง, url: 'https://www.example.go.th/o1'}]\n"

    @Test func checkPrintsTheReadinessAfterTheMessages() throws {
        try #require(OITProcess.isBuilt)
        let fixture = try Fixture(year: Self.yearWithWarnings)
        let result = try OITProcess.run(["check", "--content", fixture.content.path, "--lang", "en"])
        #expect(result.status == 0, "\(result.errors)")
        let lines = result.errors.split(separator: "\n").map(String.init)
        let head = try #require(lines.firstIndex { $0.hasPrefix("OIT readiness (predicted) ") })
        #expect(lines[head].contains("indicator 9 = ") && lines[head].contains(", 0 of 43 items pass"))
        #expect(lines.contains("  o1: element 1 not confirmed; element 2 not confirmed"))
        #expect(lines.contains("  o2: no entry in year.yaml"))
        #expect(lines.last?.hasPrefix("no errors found") == true)
    }

    @Test func formatJSONIsOneObjectPerLine() throws {
        try #require(OITProcess.isBuilt)
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n    evidance: []\n")
        let result = try OITProcess.run(["check", "--content", fixture.content.path, "--format", "json", "--lang", "en"])
        #expect(result.status == 1)
        let lines = result.output.split(separator: "\n")
        #expect(!lines.isEmpty)
        var rules: [String] = []
        // The diagnostics, then one readiness object per agency-year.
        let last = try #require(try JSONSerialization.jsonObject(with: Data((lines.last ?? "").utf8)) as? [String: Any])
        let readiness = try #require(last["readiness"] as? [String: Any])
        #expect(readiness["agency"] as? String == "test" && readiness["year"] as? Int == 2566)
        for line in lines.dropLast() {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            #expect(Set(object.keys) == ["file", "line", "column", "severity", "rule", "message", "notes"])
            rules.append(object["rule"] as? String ?? "")
            if object["rule"] as? String == "unknown-key" {
                #expect((object["file"] as? String)?.hasSuffix("agencies/test/2566/year.yaml") == true)
                #expect(object["line"] as? Int == 4)
                #expect(object["column"] as? Int == 5)
                #expect(object["severity"] as? String == "error")
                #expect((object["message"] as? String)?.contains("evidance") == true)
            }
        }
        #expect(rules.contains("unknown-key"))
    }

    @Test func formatGitHubIsWorkflowCommands() throws {
        try #require(OITProcess.isBuilt)
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n    evidance: []\n")
        let result = try OITProcess.run(["check", "--content", fixture.content.path, "--format", "github"])
        #expect(result.status == 1)
        let pattern = try Regex(#"^::(error|warning) file=.+,line=\d+,col=\d+"#)
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(!lines.isEmpty)
        for line in lines { #expect(line.firstMatch(of: pattern) != nil, "\(line)") }
        #expect(lines.contains { $0.hasPrefix("::error file=") && $0.contains("line=4,col=5,title=unknown-key::") })
    }

    @Test func englishBuildWithWarningsHasNoThai() throws {
        try #require(OITProcess.isBuilt)
        let fixture = try Fixture(year: Self.yearWithWarnings)
        let result = try OITProcess.run([
            "build", "--content", fixture.content.path, "--output", fixture.output.path, "--lang", "en",
        ])
        #expect(result.status == 0)
        #expect(result.errors.contains("warning: "), "the fixture must produce warnings")
        #expect(!result.errors.containsThai, "\(result.errors)")
        #expect(!result.output.containsThai)
    }

    @Test func strictFailsOnWarningsUnlessTheRuleIsAllowed() throws {
        try #require(OITProcess.isBuilt)
        let fixture = try Fixture(year: Self.yearWithWarnings)
        let base = ["build", "--content", fixture.content.path, "--output", fixture.output.path, "--strict"]
        #expect(try OITProcess.run(base).status == 1)
        let allowed = try OITProcess.run(base + ["--allow", "missing-entries"])
        #expect(allowed.status == 0, "\(allowed.errors)")
        #expect(allowed.errors.contains("warning: "), "an allowed warning is still shown")
    }

    @Test func messagesShowPathsAsTyped() throws {
        try #require(OITProcess.isBuilt)
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n    evidance: []\n")
        let fromRoot = try OITProcess.run(["check", "--content", "Content"], in: fixture.root)
        #expect(
            fromRoot.errors.contains("\nContent/agencies/test/2566/year.yaml:4:5: error:")
                || fromRoot.errors.hasPrefix("Content/agencies/test/2566/year.yaml:4:5: error:"), "\(fromRoot.errors)")
        // In a project folder (agencies/ here) the content folder is "." and paths start inside it.
        let inside = try OITProcess.run(["check"], in: fixture.content)
        #expect(inside.errors.contains("agencies/test/2566/year.yaml:4:5: error:"))
        #expect(!inside.errors.contains("Content/agencies"))
        let nested = try OITProcess.run(["check", "--content", "./sub/../Content"], in: fixture.root)
        #expect(nested.errors.contains("sub/../Content/agencies/test/2566/year.yaml:4:5: error:"), "\(nested.errors)")
    }

    @Test func agencyOptionBuildsOnlyThoseAgencies() throws {
        try #require(OITProcess.isBuilt)
        let fixture = try Fixture([
            "agencies/good/agency.yaml": Fixture.agencyYAML, "agencies/good/2566/year.yaml": "items:\n  o1:\n    status: done\n",
            "agencies/broken/agency.yaml": Fixture.agencyYAML,
            "agencies/broken/2566/year.yaml": "items:\n  o1:\n    statuz: done\n",
        ])
        let all = try OITProcess.run(["build", "--content", fixture.content.path, "--output", fixture.output.path])
        #expect(all.status == 1)
        let one = try OITProcess.run([
            "build", "--content", fixture.content.path, "--output", fixture.output.path, "--agency", "good",
        ])
        #expect(one.status == 0, "\(one.errors)")
        #expect(!one.errors.contains("broken/"), "messages about other agencies are left out")
        #expect(FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("good/index.html").path))
        #expect(!FileManager.default.fileExists(atPath: fixture.output.appendingPathComponent("broken").path))
    }

    @Test func baseURLReplacesEveryAgencysBaseURL() throws {
        try #require(OITProcess.isBuilt)
        let fixture = try Fixture(year: "items:\n  o1:\n    status: done\n")
        let result = try OITProcess.run([
            "build", "--content", fixture.content.path, "--output", fixture.output.path,
            "--base-url", "https://preview.example.org/pr-7",
        ])
        #expect(result.status == 0)
        let sitemap = try String(contentsOf: fixture.output.appendingPathComponent("test/sitemap.xml"), encoding: .utf8)
        #expect(sitemap.contains("<loc>https://preview.example.org/pr-7/test/</loc>"))
        #expect(!sitemap.contains("example.go.th"))
        let robots = try String(contentsOf: fixture.output.appendingPathComponent("test/robots.txt"), encoding: .utf8)
        #expect(robots.contains("Sitemap: https://preview.example.org/pr-7/test/sitemap.xml"))
        #expect(
            try OITProcess.run([
                "build", "--content", fixture.content.path, "--output", fixture.output.path,
                "--base-url", "preview.example.org",
            ]).status == 2)
    }

    @Test func helpListsEveryCommandInThaiAndEnglish() throws {
        try #require(OITProcess.isBuilt)
        let help = try OITProcess.run(["help"])
        #expect(help.status == 0)
        for command in ["build", "check", "init", "serve"] {
            let line = try #require(
                help.output.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(command) },
                "\(command) missing from oit help")
            #expect(String(line).containsThai, "\(line)")
            #expect(line.contains(" / "), "Thai / English abstract: \(line)")
        }
        let completion = try OITProcess.run(["--generate-completion-script", "bash"])
        #expect(completion.status == 0)
        #expect(completion.output.contains("serve"))
    }

    @Test func itemsPrintsARoundsReferenceAndRefusesAnUnknownRound() throws {
        try #require(OITProcess.isBuilt, "build the oit product first (make test does)")
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = ["items", "2568", "--content", Paths.exampleContent.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let text = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(text.hasPrefix("# รายการข้อ OIT รอบการประเมิน ITA 2568") && text.contains("o27"))
        #expect(try Self.run(["items", "2400"]).status == 1)
        // A year without criteria of its own lists the round it runs on, and says so.
        let later = try OITProcess.run(["items", "2599"], in: FileManager.default.temporaryDirectory)
        #expect(later.status == 0)
        #expect(later.errors.contains("ยังไม่มีเกณฑ์ ITA รอบ 2599"), "\(later.errors)")
    }

    /// Issue 17: a check that finds nothing says so in one line, in text format only.
    @Test func checkSaysWhenItFindsNoProblem() throws {
        try #require(OITProcess.isBuilt)
        let clean = try Fixture(
            year: "items:\n  o1:\n    status: done\n    evidence:\n      - {title: ผัง, url: https://www.example.go.th/a}\n",
            extra: [
                "agencies/other/agency.yaml": Fixture.agencyYAML, "agencies/other/2566/results.yaml": "indicators:\n  1: 90\n",
            ])
        let thai = try OITProcess.run(["check", "--content", clean.content.path])
        #expect(thai.status == 0)
        // Round 2566 warns that the other items of `test` have no entry (and `other` has no score for 2-10).
        #expect(thai.errors.hasSuffix("ไม่พบข้อผิดพลาด (ตรวจ 2 หน่วยงาน 2 ปีงบประมาณ) มีคำเตือน 2 เรื่อง\n"), "\(thai.errors)")
        #expect(!thai.errors.contains("ข้อผิดพลาด 0"), "one closing line, not two: \(thai.errors)")
        let english = try OITProcess.run(["check", "--content", clean.content.path, "--lang", "en"])
        #expect(
            english.errors.hasSuffix("no errors found (checked 2 agencies, 2 fiscal years); 2 warnings\n"), "\(english.errors)")
        for format in ["json", "github"] {
            let machine = try OITProcess.run(["check", "--content", clean.content.path, "--format", format])
            #expect(!machine.errors.contains("ไม่พบ"), "\(format): \(machine.errors)")
            #expect(!machine.output.contains("ไม่พบ"), "\(format): \(machine.output)")
        }
    }

    @Test func checkOfANewProjectSaysNoProblemsFound() throws {
        try #require(OITProcess.isBuilt)
        let folder = try OITProcess.emptyFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try OITProcess.run(["init", ".", "--agency", "testagency"], in: folder).status == 0)
        try ProjectScaffoldTests.fillInProfile(folder, agency: "testagency")
        let english = try OITProcess.run(["check", "--lang", "en"], in: folder)
        #expect(english.status == 0)
        #expect(english.errors.hasSuffix("no problems found (checked 1 agency, 1 fiscal year)\n"), "\(english.errors)")
        let thai = try OITProcess.run(["check"], in: folder)
        #expect(thai.errors.hasSuffix("ไม่พบข้อผิดพลาด (ตรวจ 1 หน่วยงาน 1 ปีงบประมาณ)\n"), "\(thai.errors)")
    }

    /// Issue 17: `oit check` inside the content folder names the first of two entries as it names
    /// the second, without the folder's own name.
    @Test func pathsInMessagesAreRelativeToTheCurrentFolder() throws {
        try #require(OITProcess.isBuilt)
        let fixture = try Fixture(
            year: "items:\n  o1:\n    status: done\n", extra: ["agencies/test/2566/items/o1.md": "---\nstatus: done\n---\n"])
        let result = try OITProcess.run(["check"], in: fixture.content)
        #expect(
            result.errors.contains(
                "agencies/test/2566/items/o1.md:1:1: error: \"o1\" ถูกกำหนดซ้ำ (ครั้งแรกที่ agencies/test/2566/year.yaml:2:3)"),
            "\(result.errors)")
    }
}
