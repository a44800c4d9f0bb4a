import Foundation
import OITLoad
import OITModel
import OITRender

/// The first text of the files the editor creates for a year's measures and progress reports: a
/// Thai comment header that says what the file is and where its format is described, as the
/// scaffold's `year.yaml` has, then the keys. Written only where no file is (never over one).
public enum CycleFileText {
    /// The header of a new `measures.yaml`; the editor's first save adds `measures:` under it.
    public static func measuresHeader(agency: String, year: Int) -> String {
        [
            "มาตรการของ \(agency) ปีงบประมาณ \(year) ที่ตอบผลการประเมินรอบ \(year - 1)",
            "สร้างด้วยตัวแก้ไขของ oit serve: หนึ่งมาตรการต่อหนึ่งรายการ มีรหัส (id) ชื่อ (title) และข้อที่ตอบ",
            "(indicators, questions หรือ items อย่างน้อยหนึ่งอย่าง) รหัสข้อตรวจกับกรอบการประเมินรอบ \(year - 1)",
            "รูปแบบไฟล์: คู่มือ CONTENT.md ของ oit หัวข้อ measures.yaml (ติดตั้งด้วยแพ็กเกจ .deb แล้วอยู่ที่ /usr/share/doc/oit/CONTENT.md)",
        ].map { "# " + $0 }.joined(separator: "\n") + "\n"
    }

    /// A new progress report: the round, then one entry per measure, each `not-started`.
    public static func report(agency: String, year: Int, round: ProgressReport.Round, measures: [String]) -> String {
        let months = round == .sixMonth ? 6 : 12
        var lines = [
            "# รายงานความก้าวหน้าของมาตรการ รอบ \(months) เดือน ของ \(agency) ปีงบประมาณ \(year)",
            "# สร้างด้วยตัวแก้ไขของ oit serve: หนึ่งรายการต่อหนึ่งมาตรการของ measures.yaml ทุกรายการเริ่มที่ not-started",
            "# ใส่วันที่ของรายงาน (date) สถานะ (status) สรุปผล (summary) และผลลัพธ์ (outcome) ของแต่ละมาตรการ",
            "# รูปแบบไฟล์: คู่มือ CONTENT.md ของ oit หัวข้อ progress/*.yaml",
            "round: \(round.rawValue)",
            "title: "
                + YAMLEmitter.inline(
                    "รายงานผลการดำเนินงานตามมาตรการส่งเสริมคุณธรรมและความโปร่งใส รอบ \(months) เดือน ปีงบประมาณ \(year)"),
        ]
        if measures.isEmpty {
            lines.append("entries: []")
        } else {
            lines.append("entries:")
            for id in measures {
                lines.append("  - measure: " + YAMLEmitter.inline(id))
                lines.append("    status: not-started")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes `text` as a new file, creating its folder; fails when a file is there already.
    public static func create(_ text: String, at url: URL) throws {
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url, options: .withoutOverwriting)
    }

    /// How many entries the top-level list `key` has in `text` (nil when the text does not parse):
    /// compared with what was loaded, it tells whether an entry was dropped by the loader, in which
    /// case positions in the file and in the form would not agree.
    public static func listCount(_ text: String, key: String) -> Int? {
        var diagnostics = Diagnostics()
        guard let root = YAMLParser.parse(text, file: "", into: &diagnostics), case .mapping(let pairs) = root.value else {
            return text.trimmingSpacesAndNewlines().isEmpty || text.split(separator: "\n").allSatisfy { $0.hasPrefix("#") }
                ? 0 : nil
        }
        guard let pair = pairs.first(where: { $0.key.scalar == key }) else { return 0 }
        if case .sequence(let list) = pair.value.value { return list.count }
        return pair.value.isNull ? 0 : nil
    }
}
