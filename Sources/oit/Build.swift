import ArgumentParser
import Foundation
import OITSite

/// Options shared by the commands that read content.
struct ContentOptions: ParsableArguments {
    @Option(help: "โฟลเดอร์เนื้อหา / content folder")
    var content = "Content"

    @Option(help: "ภาษาของข้อความแจ้ง th หรือ en / message language")
    var lang = "th"

    @Flag(help: "ถือว่าคำเตือนเป็นข้อผิดพลาด / treat warnings as errors")
    var strict = false

    var language: Language { Language(rawValue: lang) ?? .thai }
}

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "สร้างเว็บไซต์ / build the site")

    @OptionGroup var options: ContentOptions

    @Option(help: "โฟลเดอร์แม่แบบ / theme folder")
    var theme = "Templates"

    @Option(help: "โฟลเดอร์ผลลัพธ์ / output folder")
    var output = "Site"

    func run() throws {
        let builder = SiteBuilder(options: .init(content: URL(fileURLWithPath: options.content), theme: URL(fileURLWithPath: theme),
                                                 output: URL(fileURLWithPath: output), strict: options.strict))
        let outcome = builder.build()
        Report.print(outcome.diagnostics, language: options.language)
        guard outcome.wrote else {
            Report.line(options.language == .thai ? "สร้างเว็บไซต์ไม่สำเร็จ \(output)/ ยังเป็นฉบับเดิม"
                        : "build failed; \(output)/ is unchanged")
            throw ExitCode.failure
        }
        Report.line(options.language == .thai ? "สร้างเว็บไซต์ \(outcome.agencies) หน่วยงานใน \(output)/ แล้ว"
                    : "built \(outcome.agencies) agencies into \(output)/")
    }
}

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "ตรวจเนื้อหาโดยไม่สร้างเว็บไซต์ / check content only")

    @OptionGroup var options: ContentOptions

    func run() throws {
        let builder = SiteBuilder(options: .init(content: URL(fileURLWithPath: options.content), theme: URL(fileURLWithPath: "."),
                                                 output: URL(fileURLWithPath: "."), strict: options.strict))
        let diagnostics = builder.check().diagnostics
        Report.print(diagnostics, language: options.language)
        if diagnostics.hasErrors { throw ExitCode.failure }
    }
}

enum Report {
    static func print(_ diagnostics: Diagnostics, language: Language) {
        for diagnostic in diagnostics.sorted { line(diagnostic.formatted(in: language)) }
        if diagnostics.errorCount + diagnostics.warningCount > 0 {
            line(language == .thai ? "ข้อผิดพลาด \(diagnostics.errorCount) คำเตือน \(diagnostics.warningCount)"
                 : "\(diagnostics.errorCount) errors, \(diagnostics.warningCount) warnings")
        }
    }

    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}
