import ArgumentParser
import Foundation
import OITLoad
import OITRender
import OITSite

/// `oit build`: the whole site, replaced only when the build succeeds.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "สร้างเว็บไซต์ / build the site",
        discussion: """
            ในโฟลเดอร์ที่สร้างด้วย oit init สั่ง oit build ได้เลยโดยไม่ต้องใส่ตัวเลือก
            In a folder made by `oit init`, `oit build` needs no options.
            """)

    @OptionGroup var options: ContentOptions
    @OptionGroup var themeOptions: ThemeOptions

    @Option(
        help: ArgumentHelp(
            "โฟลเดอร์ผลลัพธ์ (ค่าเริ่มต้น: Site ข้างโฟลเดอร์ agencies/) / output folder (default: Site beside agencies/)",
            valueName: "folder"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "ที่อยู่เว็บของโฟลเดอร์ผลลัพธ์ ใช้แทน base_url (หน่วยงานอยู่ที่ <url><ชื่อ>/) / URL the output folder is served at, replacing base_url",
            valueName: "url"))
    var baseURL: String?

    @Flag(
        help:
            "สร้างทุกหน่วยงานใหม่ ไม่ใช้ข้อมูลการสร้างครั้งก่อน (.oit-cache.json) / render every agency, ignoring the previous build's cache")
    var full = false

    func validate() throws {
        try themeOptions.check(options.lang)
        if let baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw ValidationError(
                options.lang.pick(
                    "--base-url ต้องขึ้นต้นด้วย https:// หรือ http://",
                    "--base-url must start with https:// or http://"))
        }
    }

    func run() throws {
        let report = options.report
        let output = self.output ?? options.defaultOutput
        let outputURL = URL(fileURLWithPath: output).standardizedFileURL
        var builderOptions = options.builderOptions(theme: themeOptions.themeURL, output: outputURL, baseURL: baseURL)
        builderOptions.incremental = !full
        // Progress on a terminal; elsewhere (a pipe, CI) a summary at the end, with text messages only.
        let line = ProgressLine.isWanted(format: options.format) ? ProgressLine(language: options.lang) : nil
        if let line { builderOptions.progress = { line.update($0) } }
        let outcome = SiteBuilder(options: builderOptions).build()
        line?.finish()
        report.print(outcome.diagnostics)
        if outcome.outputFailed {
            report.status("เขียนโฟลเดอร์ผลลัพธ์ \(output)/ ไม่ได้", "cannot write the output folder \(output)/")
            throw ExitStatus.outputNotWritable.code
        }
        guard outcome.wrote else {
            if FileManager.default.fileExists(atPath: outputURL.path) {
                report.status("สร้างเว็บไซต์ไม่สำเร็จ \(output)/ ยังเป็นฉบับเดิม", "build failed; \(output)/ is unchanged")
            } else {
                report.status("สร้างเว็บไซต์ไม่สำเร็จ จึงยังไม่ได้สร้าง \(output)/", "build failed; \(output)/ was not created")
            }
            throw ExitStatus.contentErrors.code
        }
        report.status(
            "สร้างเว็บไซต์ \(outcome.agencies) หน่วยงานใน \(output)/ แล้ว", "built \(outcome.agencies) agencies into \(output)/")
        if line == nil, options.format == .text, let summary = outcome.summary {
            Report.status(ProgressLine.summary(summary, options.lang))
        }
    }
}
