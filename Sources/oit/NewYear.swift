import ArgumentParser
import Foundation
import OITSite

/// `oit new …`: starts content from what the framework and earlier years already say.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "เริ่มเนื้อหาใหม่ / start new content",
        subcommands: [NewYear.self])
}

/// `oit new year 2568 --agency klongkate [--from 2567]`: writes the new year's `year.yaml` with
/// every item of the round, carrying units, summaries and evidence from the earlier year.
struct NewYear: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "year",
        abstract: "สร้าง year.yaml ของปีงบประมาณใหม่ / write the year.yaml of a new fiscal year",
        discussion: """
            ทุกข้อของรอบการประเมินของปีนั้น ตามลำดับของกรอบ สถานะ not-started ไม่มีวันที่ \
            ยกหน่วยงานผู้รับผิดชอบ สรุป และหลักฐานมาจากปีก่อน (--from) / every item of the year's round, \
            not-started, no dates, with units, summaries and evidence carried from an earlier year.
            """)

    @Argument(help: "ปีงบประมาณ พ.ศ. / fiscal year (Buddhist era)")
    var year: Int

    @Option(help: "ชื่อโฟลเดอร์ของหน่วยงาน / the agency's folder name")
    var agency: String

    @Option(help: "ปีที่ยกข้อมูลมา (ไม่ใส่ = ปีก่อนหน้า ถ้ามี) / year to carry from (default: the previous year, if any)")
    var from: Int?

    @Option(help: "โฟลเดอร์เนื้อหา / content folder")
    var content = "Content"

    @Option(help: "ภาษาของข้อความแจ้ง th หรือ en / message language")
    var lang = "th"

    @Flag(help: "เขียนทับ year.yaml ที่มีอยู่ / overwrite an existing year.yaml")
    var force = false

    func run() throws {
        let language = Language(rawValue: lang) ?? .thai
        func say(_ message: ScaffoldMessage) {
            FileHandle.standardError.write(Data((message.text(in: language) + "\n").utf8))
        }
        switch YearScaffold.create(content: URL(fileURLWithPath: content), agency: agency, year: year, from: from, force: force) {
        case .failure(let problem):
            say(problem)
            throw ExitCode.failure
        case .success(let scaffold):
            say(
                .wrote(
                    path: scaffold.path, items: scaffold.codes.count, round: scaffold.round, from: scaffold.from,
                    carried: scaffold.carried.count))
            scaffold.report.forEach(say)
        }
    }
}
