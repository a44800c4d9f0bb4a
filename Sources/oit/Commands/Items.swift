import ArgumentParser
import Foundation
import OITLoad
import OITModel
import OITRender
import OITSite

/// `oit items <round>`: the Thai reference of a round's OIT items (code, title, group, elements,
/// period rule, source), as the build uses it, so a webmaster need not read framework files.
struct Items: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "แสดงรายการข้อ OIT ของรอบการประเมิน / list a round's OIT items")

    @Argument(help: "ปีงบประมาณหรือรอบการประเมิน (ปี พ.ศ.) เช่น 2570 / the fiscal year or round, e.g. 2570")
    var round: Int

    @Option(help: ArgumentHelp("โฟลเดอร์เนื้อหา (ใช้ frameworks/ ในนั้นด้วย) / content folder", valueName: "folder"))
    var content: String?

    @Option(help: "ภาษาของข้อความแจ้ง / message language")
    var lang: Language = .thai

    func run() throws {
        // The content's own frameworks count when there is a project here or above; the built-in
        // ones alone otherwise (the reference is useful before any project exists).
        let folder = try? ContentSearch().locate(given: content).get().content
        guard let (used, text) = ItemReference.markdown(year: round, contentFolder: folder) else {
            Report.status(
                lang.pick(
                    "ไม่มีกรอบการประเมินรอบ \(round) หรือก่อนหน้านั้น", "no framework for round \(round) or any earlier round"))
            throw ExitStatus.contentErrors.code
        }
        if used != round {
            Report.status(
                lang.pick(
                    "ยังไม่มีเกณฑ์ ITA รอบ \(round) ปี \(round) จึงใช้เกณฑ์รอบ \(used) ซึ่งเป็นรอบล่าสุดที่มี รายการด้านล่างคือรอบ \(used)",
                    "no ITA \(round) criteria yet: year \(round) runs on round \(used), the latest known; listed below is round \(used)"
                ))
        }
        print(text, terminator: "")
    }
}
