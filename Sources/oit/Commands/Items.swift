import ArgumentParser
import Foundation
import OITSite

/// `oit items <round>`: the Thai reference of a round's OIT items (code, title, group, elements,
/// period rule, source), as the build uses it, so a webmaster need not read framework files.
struct Items: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "แสดงรายการข้อ OIT ของรอบการประเมิน / list a round's OIT items")

    @Argument(help: "รอบการประเมิน (ปี พ.ศ.) เช่น 2568 / the round, e.g. 2568")
    var round: Int

    @Option(help: ArgumentHelp("โฟลเดอร์เนื้อหา (ใช้ frameworks/ ในนั้นด้วย) / content folder", valueName: "folder"))
    var content: String?

    func run() throws {
        let folder =
            content.map { URL(fileURLWithPath: $0) }
            ?? (FileManager.default.fileExists(atPath: "agencies") ? URL(fileURLWithPath: ".") : nil)
        guard let text = ItemReference.markdown(round: round, contentFolder: folder) else {
            FileHandle.standardError.write(Data("ไม่มีกรอบการประเมินรอบ \(round) / no framework for round \(round)\n".utf8))
            throw ExitStatus.contentErrors.code
        }
        print(text, terminator: "")
    }
}
