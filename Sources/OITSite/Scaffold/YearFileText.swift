import OITCheck
import OITLoad
import OITModel
import OITRender

/// Writes the text of a scaffolded `year.yaml`: a header in Thai that says what the file is and
/// what to do, then each item with Thai comments (title, group, required elements, period rule)
/// above its keys, then the old entries the round does not list, as comments.
struct YearFileText {
    var agency: String
    var year: Int
    var framework: Framework
    var from: Int?
    var entries: [ScaffoldEntry]
    /// The command named in the header as the file's maker.
    var command: String
    /// The year has no framework of its own and runs on `framework`, the latest known round.
    var roundAssumed: Bool

    private var fiscalYear: FiscalYear { FiscalYear(year) }

    func render() -> String {
        var lines = header()
        lines.append("round: \(framework.round)")
        let active = entries.filter { if case .keptAsComment = $0.kind { false } else { true } }
        let written = active.contains { if case .inItemsFile = $0.kind { false } else { true } }
        lines.append(written ? "items:" : "items: {}")
        for entry in active {
            lines.append("")
            lines += itemLines(entry)
        }
        let kept = entries.filter { if case .keptAsComment = $0.kind { true } else { false } }
        if !kept.isEmpty {
            lines.append("")
            lines.append(comment("── ข้อของปี \(from.map(String.init) ?? "") ที่รอบ \(framework.round) ไม่มี: เก็บไว้เป็นหมายเหตุ ──", 2))
            for entry in kept {
                lines.append("")
                lines += keptLines(entry)
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    // MARK: - Header

    private func header() -> [String] {
        var text = [
            "year.yaml ของ \(agency) \(plain(ThaiText.fiscalYear(fiscalYear, digits: .arabic)))",
            "สร้างด้วยคำสั่ง \(command): มีทุกข้อของรอบการประเมิน \(framework.round) ตามลำดับของกรอบ",
        ]
        if roundAssumed {
            text.append(
                "ยังไม่มีเกณฑ์ ITA รอบ \(year) จึงใช้เกณฑ์รอบ \(framework.round) ซึ่งเป็นรอบล่าสุดที่มี "
                    + "เมื่อมีเกณฑ์รอบ \(year) ให้สั่ง oit new year \(year) --round \(year) --force อีกครั้ง")
        }
        if let from {
            text.append("ยกหน่วยงานผู้รับผิดชอบ (unit) สรุป (summary) และหลักฐาน (evidence) มาจากปี \(from) ตรวจให้ถูกต้องสำหรับปี \(year)")
        } else {
            text.append("ไม่มีปีก่อนหน้าให้ยกข้อมูลมา")
        }
        text += [
            "ทุกข้อเริ่มที่ status: not-started ยังไม่มีวันที่ (updated, covers) และยังไม่ยืนยันองค์ประกอบ (elements)",
            "เมื่อเผยแพร่ข้อใดแล้ว ให้เปลี่ยน status เป็น done แล้วใส่ updated, covers และ elements ของปี \(year)",
        ]
        if framework.partial {
            text.append(
                "กรอบรอบ \(framework.round) ยังไม่ครบ (partial): ข้อที่กรอบยังไม่มี เพิ่มได้โดยเขียน title, group และ elements กับข้อนั้น")
        }
        let unlisted = framework.unlistedCodes
        if !unlisted.isEmpty {
            text.append(
                "ยังไม่ทราบข้อ \(unlisted.joined(separator: ", ")) ของรอบ \(framework.round) จึงไม่มีในไฟล์นี้ "
                    + "ถ้าเกณฑ์กำหนดให้เผยแพร่ ให้เพิ่มข้อนั้นพร้อม title: และ group:")
        }
        text.append(
            "รายการข้อของรอบ: สั่ง oit items \(framework.round); รูปแบบไฟล์: คู่มือ CONTENT.md ของ oit หัวข้อ year.yaml "
                + "(ติดตั้งด้วยแพ็กเกจ .deb แล้วอยู่ที่ /usr/share/doc/oit/CONTENT.md)")
        return text.map { comment($0, 0) }
    }

    // MARK: - Items

    private func itemLines(_ entry: ScaffoldEntry) -> [String] {
        var lines: [String] = []
        switch entry.kind {
        case .listed(let item):
            lines += describe(item)
        case .inItemsFile(let item, let path):
            lines += describe(item)
            lines.append(comment("ข้อนี้เขียนไว้ใน \(path) ของปี \(year) แล้ว จึงไม่เขียนซ้ำที่นี่", 2))
            return lines
        case .fromContent:
            let definition = entry.definition
            lines.append(comment("\(entry.code) \(definition.title?.value ?? "")", 2))
            lines.append(
                comment(
                    "กรอบรอบ \(framework.round) ยังไม่มีข้อนี้: ชื่อข้อ ตัวชี้วัดย่อย และองค์ประกอบยกมาจากที่หน่วยงานเขียนไว้ในปี \(from.map(String.init) ?? "")",
                    2))
            lines.append(comment("ช่วงเวลา: ยังไม่ทราบเกณฑ์ช่วงเวลาของข้อนี้ (ไม่ตรวจวันที่)", 2))
        case .keptAsComment:
            return keptLines(entry)
        }
        lines += notes(entry)
        lines.append("  \(YAMLEmitter.inline(entry.code)):")
        lines += keys(entry, includeDefinition: isFromContent(entry), includeBody: false)
        return lines
    }

    /// The Thai comments above an item of the framework: title, group, elements, period rule, and
    /// what its page shows besides evidence.
    private func describe(_ item: FrameworkItem) -> [String] {
        var lines = [comment("\(item.code) \(item.title)", 2)]
        if item.group.isEmpty {
            lines.append(comment("ตัวชี้วัดย่อย: ยังไม่ระบุ", 2))
        } else if let group = framework.group(item.group), group.standsForIndicator {
            lines.append(comment("ตัวชี้วัดย่อย: ยังไม่ทราบ (อยู่ในตัวชี้วัดที่ \(group.indicator) \(group.name))", 2))
        } else if let group = framework.group(item.group) {
            lines.append(comment("ตัวชี้วัดย่อย \(group.code) \(group.name)", 2))
        } else {
            lines.append(comment("ตัวชี้วัดย่อย \(item.group)", 2))
        }
        if item.elements.isEmpty {
            lines.append(comment("องค์ประกอบด้านข้อมูล: ยังไม่ทราบ", 2))
        } else {
            lines.append(comment("องค์ประกอบด้านข้อมูล:", 2))
            for (index, element) in item.elements.enumerated() {
                lines.append(comment("  \(index + 1). \(element)", 2))
            }
        }
        if item.periodStated {
            lines.append(comment("ช่วงเวลา: " + plain(PeriodText.requirement(item.period, fiscalYear, digits: .arabic)), 2))
        } else {
            lines.append(comment("ช่วงเวลา: ยังไม่ทราบเกณฑ์ช่วงเวลาของข้อนี้ (ไม่ตรวจวันที่)", 2))
        }
        switch item.holds {
        case .analysis?:
            lines.append(comment("หน้านี้แสดงการวิเคราะห์ผลและมาตรการของปี: เมื่อมี measures.yaml ข้อนี้นับว่าดำเนินการแล้วเอง", 2))
        case .progress?:
            lines.append(comment("หน้านี้แสดงรายงานความก้าวหน้าของมาตรการ: เมื่อมีรายงานใน progress/ ข้อนี้นับว่าดำเนินการแล้วเอง", 2))
        case nil:
            break
        }
        return lines
    }

    /// Comments about what the old entry had that is not carried as a key.
    private func notes(_ entry: ScaffoldEntry) -> [String] {
        guard let previous = entry.previous, let from else { return [] }
        var lines: [String] = []
        if previous.status == .notApplicable, let reason = previous.reason {
            lines.append(comment("ปี \(from) ระบุว่าไม่เกี่ยวข้อง (n/a) เพราะ: \(reason)", 2))
        }
        if previous.body != nil {
            lines.append(
                comment("ปี \(from) มีข้อความเพิ่มเติม (body) ของข้อนี้ใน \(contentPath(previous.code.location.file.path)) ไม่ได้ยกมา", 2))
        }
        return lines
    }

    private func isFromContent(_ entry: ScaffoldEntry) -> Bool {
        if case .fromContent = entry.kind { return true }
        return false
    }

    /// The keys of an entry at indent 4: definition (when asked), status, then what carries over.
    private func keys(_ entry: ScaffoldEntry, includeDefinition: Bool, includeBody: Bool) -> [String] {
        var lines: [String] = []
        let definition = entry.definition
        if includeDefinition {
            if let title = definition.title { lines += YAMLEmitter.keyValue("title", title.value, indent: 4) }
            if let group = definition.group { lines += YAMLEmitter.keyValue("group", group.value, indent: 4) }
            if let elements = definition.elements, !elements.isEmpty {
                lines.append("    elements:")
                lines += elements.flatMap { YAMLEmitter.sequenceItem($0, indent: 4) }
            }
        }
        lines.append("    status: \(ItemStatus.notStarted.rawValue)")
        guard let previous = entry.previous else { return lines }
        if let unit = previous.unit { lines += YAMLEmitter.keyValue("unit", unit, indent: 4) }
        if let summary = previous.summary { lines += YAMLEmitter.keyValue("summary", summary, indent: 4) }
        if !entry.evidence.isEmpty {
            lines.append("    evidence:")
            for evidence in entry.evidence { lines += evidenceLines(evidence) }
        }
        if includeBody, let body = previous.body { lines += YAMLEmitter.keyValue("body", body, indent: 4) }
        return lines
    }

    private func evidenceLines(_ evidence: ScaffoldEntry.CarriedEvidence) -> [String] {
        switch evidence {
        case .url(let title, let url):
            return listItem(YAMLEmitter.keyValue("title", title, indent: 8) + YAMLEmitter.keyValue("url", url, indent: 8))
        case .file(let title, let path):
            return listItem(YAMLEmitter.keyValue("title", title, indent: 8) + YAMLEmitter.keyValue("file", path, indent: 8))
        case .fileToAdd(let title, let path):
            let note = "ปี \(year) ยังไม่มีไฟล์ \(path): ใส่ไฟล์ในโฟลเดอร์ปี \(year) แล้วแทนบรรทัดนี้ด้วย file: \(path)"
            return listItem(YAMLEmitter.keyValue("title", title, indent: 8) + ["        url:  " + comment(note, 0)])
        }
    }

    /// Lines of a mapping (or scalar) indented for a list: the first line's last two spaces of
    /// indentation become `- `.
    private func listItem(_ lines: [String]) -> [String] {
        guard let first = lines.first else { return [] }
        let indent = first.prefix { $0 == " " }.count
        guard indent >= 2 else { return lines }
        return [String(repeating: " ", count: indent - 2) + "- " + first.dropFirst(indent)] + lines.dropFirst()
    }

    // MARK: - Kept as comments

    private func keptLines(_ entry: ScaffoldEntry) -> [String] {
        guard case .keptAsComment(let oldTitle) = entry.kind else { return [] }
        let name = oldTitle.map { "\(entry.code) \($0)" } ?? entry.code
        var lines = [comment("\(name): ไม่มีในรอบ \(framework.round) จึงเก็บข้อมูลของปี \(from.map(String.init) ?? "") ไว้เป็นหมายเหตุ", 2)]
        if framework.partial {
            lines.append(comment("ถ้ารอบ \(framework.round) มีข้อนี้จริง ให้ลบ # หน้าบรรทัดด้านล่าง และเขียน title กับ group ของข้อ", 2))
        } else {
            lines.append(comment("กรอบรอบ \(framework.round) ครบแล้ว: ย้ายข้อมูลไปไว้ในข้อที่ตรงกันของรอบนี้ แล้วลบหมายเหตุนี้", 2))
        }
        if let previous = entry.previous, previous.status == .notApplicable, let reason = previous.reason {
            lines.append(comment("ปี \(from.map(String.init) ?? "") ระบุว่าไม่เกี่ยวข้อง (n/a) เพราะ: \(reason)", 2))
        }
        let yaml = ["  \(YAMLEmitter.inline(entry.code)):"] + keys(entry, includeDefinition: true, includeBody: true)
        return lines + YAMLEmitter.commentedOut(yaml, indent: 2)
    }

    // MARK: - Text

    /// A path as messages show it (`Content/agencies/…`) from `agencies/` on, the same whatever the
    /// content folder is called.
    private func contentPath(_ shown: String) -> String {
        guard let range = shown.range(of: "agencies/") else { return shown }
        return String(shown[range.lowerBound...])
    }

    private func comment(_ text: String, _ indent: Int) -> String {
        YAMLEmitter.comment(plain(text), indent: indent)
    }

    /// Dates in wording keep together with no-break spaces on pages; in a file to edit they are
    /// ordinary spaces.
    private func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{00A0}", with: " ")
    }
}
