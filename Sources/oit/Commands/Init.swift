import ArgumentParser
import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite
import OITWrite

/// `oit init <folder> --agency <slug>`: a new content project that builds as it is.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "สร้างโฟลเดอร์เนื้อหาใหม่ของหน่วยงาน / create a new content project",
        discussion: """
            สร้าง agencies/<ชื่อ>/agency.yaml, ปีงบประมาณปัจจุบัน, .gitignore และ .github/workflows/oit.yml
            ไม่เขียนทับไฟล์ที่มีอยู่แล้ว
            Creates agencies/<slug>/agency.yaml, the current fiscal year, .gitignore and
            .github/workflows/oit.yml. Never overwrites an existing file.
            """)

    @Argument(help: ArgumentHelp("โฟลเดอร์ของโครงการ (สร้างให้ถ้ายังไม่มี) / project folder", valueName: "folder"))
    var folder = "."

    @Option(help: ArgumentHelp("ชื่อโฟลเดอร์ของหน่วยงาน: a-z 0-9 และ - / the agency's folder name", valueName: "slug"))
    var agency: String

    @Option(help: "ภาษาของข้อความแจ้ง / message language")
    var lang: Language = .thai

    func validate() throws {
        guard ProjectScaffold.isValidSlug(agency) else {
            throw ValidationError(
                lang.pick(
                    "ชื่อหน่วยงาน \"\(agency)\" ใช้ไม่ได้ ให้ใช้ตัวอักษรภาษาอังกฤษตัวเล็ก ตัวเลข และ - เท่านั้น เช่น klongkate",
                    "agency name \"\(agency)\" is not valid: use lower-case letters, digits and - only, e.g. klongkate"))
        }
    }

    func run() throws {
        let scaffold = ProjectScaffold(folder: URL(fileURLWithPath: folder).standardizedFileURL, agency: agency)
        do {
            let written = try scaffold.create()
            let prefix = folder == "." ? "" : folder.hasSuffix("/") ? folder : folder + "/"
            for path in written { Report.status("  " + prefix + path) }
            let move = folder == "." ? "" : "cd \(folder) && "
            Report.status(
                lang.pick(
                    "สร้างโครงการของ \(agency) ปีงบประมาณ \(scaffold.fiscalYear) แล้ว ต่อไป: แก้ agency.yaml แล้วสั่ง \(move)oit serve",
                    "created the project of \(agency), fiscal year \(scaffold.fiscalYear). Next: edit agency.yaml, then \(move)oit serve"
                ))
        } catch ProjectScaffold.Failure.wouldOverwrite(let existing) {
            Report.status(lang.pick("มีไฟล์เหล่านี้อยู่แล้ว จึงไม่ได้สร้างอะไร:", "these files exist already, so nothing was created:"))
            for path in existing { Report.status("  " + path) }
            throw ExitStatus.usage.code
        } catch let error as ProjectScaffold.Failure {
            throw error
        } catch {
            Report.status(
                lang.pick(
                    "เขียนไฟล์ใน \(folder) ไม่ได้: \(error.localizedDescription)",
                    "cannot write into \(folder): \(error.localizedDescription)"))
            throw ExitStatus.outputNotWritable.code
        }
    }
}
