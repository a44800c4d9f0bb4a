import ArgumentParser
import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
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

    @Option(help: "ชื่อโฟลเดอร์ของหน่วยงาน (ไม่ใส่ได้ถ้ามีหน่วยงานเดียว) / the agency's folder name (optional with one agency)")
    var agency: String?

    @Option(help: "ปีที่ยกข้อมูลมา (ไม่ใส่ = ปีก่อนหน้า ถ้ามี) / year to carry from (default: the previous year, if any)")
    var from: Int?

    @Option(
        help:
            "รอบการประเมินที่ใช้รายการข้อ (ไม่ใส่ = รอบของปีนั้น หรือรอบล่าสุดที่มีถ้ายังไม่มี) / the round whose items to list (default: the year's own, else the latest known)"
    )
    var round: Int?

    @Option(
        help: ArgumentHelp(
            "โฟลเดอร์เนื้อหา (ค่าเริ่มต้น: โฟลเดอร์แรกที่มี agencies/ จากโฟลเดอร์นี้ขึ้นไป) / content folder",
            valueName: "folder"))
    var content: String?

    @Option(help: "ภาษาของข้อความแจ้ง / message language")
    var lang: Language = .thai

    @Flag(help: "เขียนทับ year.yaml ที่มีอยู่ / overwrite an existing year.yaml")
    var force = false

    func run() throws {
        func say(_ message: ScaffoldMessage) { Report.status(message.text(in: lang)) }
        let found: ContentSearch.Found
        switch ContentSearch().locate(given: content) {
        case .success(let location): found = location
        case .failure(let notFound):
            Report.status(notFound.text(in: lang))
            throw ExitStatus.usage.code
        }
        let slugs = Project.agencySlugs(in: found.content)
        guard let slug = agency ?? (slugs.count == 1 ? slugs.first : nil) else {
            Report.status(
                lang.pick(
                    "มีหลายหน่วยงาน ให้ระบุ --agency <ชื่อ> (มี: \(slugs.joined(separator: ", ")))",
                    "several agencies: give --agency <slug> (found: \(slugs.joined(separator: ", ")))"))
            throw ExitStatus.usage.code
        }
        let result = YearScaffold.create(
            content: found.content, agency: slug, year: year, round: round, from: from, force: force)
        switch result {
        case .failure(let problem):
            say(problem)
            throw ExitStatus.contentErrors.code
        case .success(let scaffold):
            let paths = DisplayPaths(contentArgument: found.argument)
            say(
                .wrote(
                    path: paths.display(SourceFile(scaffold.path)), items: scaffold.codes.count, round: scaffold.round,
                    from: scaffold.from, carried: scaffold.carried.count))
            scaffold.report.forEach(say)
        }
    }
}
