import ArgumentParser
import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// `oit set FILE KEY.PATH VALUE …`: changes values in one content file, rewriting only their lines
/// (comments, order, quoting and blank lines stay), then checks the file's agency as `oit check`
/// does. For scripts and vendors editing many agencies; the logic is `ContentFileEdit`'s.
struct SetValue: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set",
        abstract: "แก้ค่าในไฟล์เนื้อหาโดยคงหมายเหตุและรูปแบบเดิม / set values in a content file, keeping its comments",
        discussion: """
            ตัวอย่าง / examples:
              oit set agencies/x/2570/year.yaml items.o12.status done
              oit set agencies/x/2570/year.yaml items.o12.updated 2570-01-10 items.o12.elements all
              oit set agencies/x/2570/year.yaml items.o12.evidence.1 '{title: Order 12/2570, url: https://x.go.th/a}'
              oit set agencies/x/2570/year.yaml items.o12.reason --remove
            รายการเขียนเป็น [a, b] คีย์กับค่าเป็น {k: v}; ลำดับรายการเริ่มที่ 0 และลำดับถัดจากรายการสุดท้ายคือเพิ่มรายการใหม่
            Lists as [a, b], mappings as {k: v}; list entries count from 0, and the number after
            the last entry adds one. After saving, the agency is checked as oit check does.
            """)

    @Argument(help: ArgumentHelp("ไฟล์เนื้อหา (.yaml หรือ items/*.md) / content file", valueName: "file"))
    var file: String

    @Argument(
        help: ArgumentHelp(
            "ตำแหน่งค่าและค่าใหม่ สลับกัน (กับ --remove: ตำแหน่งค่าเท่านั้น) / KEY.PATH VALUE pairs (with --remove: paths only)",
            valueName: "key.path value"))
    var arguments: [String] = []

    @Flag(
        name: [.customLong("remove"), .customLong("delete")],
        help: "ลบคีย์ (หรือรายการ) ที่ระบุพร้อมบรรทัดของค่า / remove the keys (or list entries) and their lines")
    var remove = false

    @Option(help: "ภาษาของข้อความแจ้ง / message language")
    var lang: Language = .thai

    @Option(help: "รูปแบบข้อความแจ้ง: text, json, github / message format")
    var format: DiagnosticFormat = .text

    @Flag(help: "ถือว่าคำเตือนเป็นข้อผิดพลาด / treat warnings as errors")
    var strict = false

    func validate() throws {
        if arguments.isEmpty || (!remove && arguments.count % 2 != 0) {
            throw ValidationError(
                lang.pick(
                    "ต้องระบุตำแหน่งค่าและค่าใหม่เป็นคู่ เช่น oit set \(file) items.o12.status done (หรือตำแหน่งค่ากับ --remove)",
                    "give KEY.PATH VALUE pairs, e.g. oit set \(file) items.o12.status done (or paths with --remove)"))
        }
    }

    func run() throws {
        let report = Report(format: format, language: lang, paths: DisplayPaths(contentArgument: "."))
        let edits: [YAMLEdit]
        do {
            edits = try parsedEdits()
        } catch let error as YAMLEditError {
            // A key path or value on the command line that cannot be read: a mistake of the command,
            // said in one line (exit 2) without argument-parser's English usage text after it.
            report.status(
                "ข้อผิดพลาด: " + error.diagnostic(file: file).message.text(in: .thai),
                "error: " + error.diagnostic(file: file).message.text(in: .english))
            throw ExitStatus.usage.code
        }
        let url = URL(fileURLWithPath: file).standardizedFileURL
        let outcome: ContentFileEdit.Outcome
        do {
            outcome = try ContentFileEdit.edit(url, edits, shown: file)
        } catch let error as YAMLEditError {
            let diagnostic = error.diagnostic(file: file)
            var diagnostics = Diagnostics()
            diagnostics.error(diagnostic.message, at: diagnostic.location)
            report.print(diagnostics)
            throw ExitStatus.contentErrors.code
        }
        let changed = ContentFileEdit.changedLines(outcome.before, outcome.after).new.count
        report.status(
            outcome.wrote ? "บันทึก \(file) แล้ว: แก้ \(edits.count) ค่า เปลี่ยน \(changed) บรรทัด" : "\(file) มีค่าเหล่านี้อยู่แล้ว ไม่ได้แก้",
            outcome.wrote
                ? "saved \(file): \(edits.count) values, \(changed) lines changed"
                : "\(file) holds these values already; not changed")
        try check(url)
    }

    /// The edits the arguments ask for.
    private func parsedEdits() throws -> [YAMLEdit] {
        if remove { return try arguments.map { YAMLEdit(path: try YAMLKeyPath(parsing: $0), value: .remove) } }
        return try stride(from: 0, to: arguments.count, by: 2).map { index in
            YAMLEdit(
                path: try YAMLKeyPath(parsing: arguments[index]),
                value: try YAMLEditValue(parsingCommandLine: arguments[index + 1]))
        }
    }

    /// Checks the agency the file belongs to (or all the content, for a framework file) with the
    /// build's checks, as `oit check --agency` does.
    private func check(_ url: URL) throws {
        guard let place = ContentFileEdit.place(of: url) else { return }
        let argument = ContentSearch().relativePath(to: place.content)
        let report = Report(format: format, language: lang, paths: DisplayPaths(contentArgument: argument))
        var options = SiteBuilder.Options(
            content: place.content, theme: nil, output: URL(fileURLWithPath: "."), strict: strict)
        options.agencies = place.agency.map { [$0] } ?? []
        let checked = SiteBuilder(options: options).check()
        report.print(checked.diagnostics, counts: false)
        if checked.diagnostics.hasErrors {
            report.counts(checked.diagnostics)
            throw ExitStatus.contentErrors.code
        }
        let agencies = checked.project.agencies
        report.passed(
            agencies: agencies.count, years: agencies.reduce(0) { $0 + $1.years.count },
            warnings: checked.diagnostics.warningCount)
    }
}
