import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// A Thai Markdown reference of one round's framework: every OIT item with its group, required
/// elements, period rule, source and confidence, and a header that says what is still unknown.
///
/// Webmasters and reviewers read it to see what the tool knows about a round without reading YAML;
/// it is generated (`make docs`) so that it never drifts from the framework files. The output
/// depends only on the framework, in file order, so the same data always gives the same text.
public enum ItemReference {
    /// The reference a fiscal year uses, as this build would use it: the built-in framework,
    /// extended or replaced by the content folder's `frameworks/<round>.yaml` when there is one.
    /// A year without a framework of its own gets the round it runs on (`RoundChoice`), with a
    /// line that says so; nil when no round is as early as the year.
    public static func markdown(year: Int, contentFolder: URL?) -> (round: Int, text: String)? {
        let folder = contentFolder?.appending(path: "frameworks")
        let context = LoadContext(root: contentFolder ?? URL(fileURLWithPath: "."))
        let frameworks = FrameworkLoader.loadAll(
            contentFolder: folder.flatMap { ContentFolder.exists($0, directory: true) ? $0 : nil }, context)
        guard let round = RoundChoice.round(forYear: year, known: frameworks.keys),
            let framework = frameworks[round]
        else { return nil }
        return (round, markdown(for: framework, generatedDoc: false))
    }

    /// - Parameter generatedDoc: true for the repository's `docs/items/` pages (`make docs`),
    ///   which say how they are made; false for `oit items`, whose reader has no such file.
    public static func markdown(for framework: Framework, generatedDoc: Bool = true) -> String {
        var out: [String] = []
        let year = FiscalYear(framework.round)
        out.append("# รายการข้อ OIT รอบการประเมิน ITA \(framework.round)")
        out.append("")
        if generatedDoc {
            out.append(
                "> ไฟล์นี้สร้างจาก `Sources/OITSite/Resources/Frameworks/\(framework.round).yaml` ด้วยคำสั่ง `make docs` "
                    + "อย่าแก้ไขไฟล์นี้โดยตรง ให้แก้ไฟล์กรอบการประเมินแล้วสร้างใหม่")
            out.append("")
        }
        out.append("ปีงบประมาณที่ประเมิน: \(ThaiText.fiscalYear(year, digits: .arabic))")
        out.append("")
        out.append(contentsOf: status(framework))
        out.append(contentsOf: scoring(framework))
        out.append(contentsOf: summaryTable(framework))
        out.append(contentsOf: details(framework))
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// Thai words for a period rule, relative to the assessed fiscal year.
    public static func periodWords(_ rule: PeriodRule) -> String {
        switch rule {
        case .current: return "ข้อมูลที่เป็นปัจจุบัน"
        case .inForce: return "แผนที่มีผลบังคับใช้ในปีงบประมาณที่ประเมิน"
        case .inYear: return "ข้อมูลที่เกิดขึ้นในปีงบประมาณที่ประเมิน"
        case .firstHalf: return "รายงานที่ครอบคลุมอย่างน้อย 6 เดือนแรกของปีงบประมาณที่ประเมิน (1 ตุลาคม – 31 มีนาคม)"
        case .previousYear: return "รายงานผลของปีงบประมาณก่อนปีที่ประเมิน"
        }
    }

    public static func confidenceWords(_ confidence: Confidence) -> String {
        switch confidence {
        case .high: return "สูง"
        case .medium: return "ปานกลาง"
        case .low: return "ต่ำ"
        }
    }

    static let unstatedPeriod = "ยังไม่ทราบ (ไฟล์ไม่ได้ระบุ จึงไม่ตรวจวันที่)"

    static func period(of item: FrameworkItem) -> String {
        item.periodStated ? "\(periodWords(item.period)) (`\(item.period.rawValue)`)" : unstatedPeriod
    }

    /// A group code of the form "9.1" is an official sub-indicator number; any other code
    /// ("9", "9-procurement") stands for a sub-indicator whose number is not known.
    static func isNumbered(_ group: IndicatorGroup) -> Bool {
        let parts = group.code.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
    }

    private static func status(_ framework: Framework) -> [String] {
        var out = ["## ความครบถ้วนของข้อมูล", ""]
        if framework.partial {
            out.append(
                "- **รายการข้อยังไม่ครบ** (`partial: true`): แสดงเฉพาะข้อที่ทราบจากแหล่งข้อมูลสาธารณะ "
                    + "เนื้อหาของหน่วยงานเพิ่มหรือแก้ข้อได้ (ดูคู่มือรูปแบบไฟล์ CONTENT.md ของ oit หัวข้อ Framework files)")
        } else {
            out.append("- รายการข้อครบตามกรอบการประเมินของรอบนี้ (`partial: false`)")
        }
        let codes = { (items: [FrameworkItem]) in items.map(\.code).joined(separator: ", ") }
        let unlisted = framework.unlistedCodes
        if !unlisted.isEmpty {
            out.append(
                "- **ยังไม่ทราบข้อ \(unlisted.joined(separator: ", "))** จึงไม่มีในรายการ: ถ้าหน่วยงานต้องเผยแพร่ข้อเหล่านี้ "
                    + "ให้เขียนข้อนั้นใน year.yaml พร้อม title: และ group:")
        }
        let noElements = framework.items.filter { $0.elements.isEmpty }
        if !noElements.isEmpty {
            out.append("- ยังไม่ทราบองค์ประกอบด้านข้อมูล \(noElements.count) ข้อ: \(codes(noElements))")
        }
        let noPeriod = framework.items.filter { !$0.periodStated }
        if !noPeriod.isEmpty {
            out.append("- ยังไม่ทราบช่วงเวลาที่เกณฑ์กำหนด \(noPeriod.count) ข้อ: \(codes(noPeriod))")
        }
        let unnumbered = framework.groups.filter { !isNumbered($0) }
        if !unnumbered.isEmpty {
            let names = unnumbered.map { "`\($0.code)` \($0.name)" }.joined(separator: "; ")
            out.append("- ตัวชี้วัดย่อยที่ยังไม่ทราบเลขอย่างเป็นทางการ (รหัสเป็นเลขตัวชี้วัดหรือคำ ไม่ใช่เลขตัวชี้วัดย่อยตามคู่มือ): \(names)")
        }
        for confidence in [Confidence.medium, .low] {
            let items = framework.items.filter { $0.confidence == confidence }
            if !items.isEmpty {
                out.append("- ความเชื่อมั่น\(confidenceWords(confidence)) \(items.count) ข้อ: \(codes(items))")
            }
        }
        if framework.item(holding: .analysis) == nil {
            out.append("- ยังไม่ทราบข้อที่แสดงการวิเคราะห์ผลการประเมินและมาตรการ")
        }
        if framework.item(holding: .progress) == nil {
            out.append("- ยังไม่ทราบข้อที่แสดงความก้าวหน้าของการดำเนินการตามมาตรการ")
        }
        if framework.privacyPolicyItem == nil {
            out.append("- ยังไม่ทราบข้อที่เป็นนโยบายคุ้มครองข้อมูลส่วนบุคคล")
        }
        if framework.eitQRItem == nil {
            out.append("- ยังไม่ทราบข้อที่ต้องแสดง QR code แบบวัด EIT")
        }
        if let note = framework.note {
            out.append("")
            out.append("หมายเหตุของไฟล์: \(note)")
        }
        out.append("")
        return out
    }

    private static func scoring(_ framework: Framework) -> [String] {
        var out = ["## เครื่องมือ ตัวชี้วัด และเกณฑ์", ""]
        out.append("| เครื่องมือ | ชื่อ | น้ำหนัก | อักษรนำหน้าข้อ | ตัวชี้วัด |")
        out.append("|---|---|---|---|---|")
        for tool in framework.tools {
            let indicators = framework.indicators(of: tool).map { "\($0.number) \($0.name)" }.joined(separator: "; ")
            out.append(
                "| \(cell(tool.code)) | \(cell(tool.name)) | \(number(tool.weight)) | \(cell(tool.questionPrefix ?? "–")) | \(cell(indicators)) |"
            )
        }
        out.append("")
        if !framework.labels.isEmpty {
            let labels = framework.labels.map { label in
                label.label + " ≥ " + number(label.min) + (label.everyToolMin.map { " และทุกเครื่องมือ ≥ " + number($0) } ?? "")
            }
            out.append("- ระดับผลการประเมิน: " + labels.joined(separator: "; "))
        }
        if !framework.bands.isEmpty {
            out.append("- ระดับตัวอักษร: " + framework.bands.map { "\($0.grade) ≥ \(number($0.min))" }.joined(separator: "; "))
        }
        out.append("- คะแนนต่ำกว่า \(number(framework.analysisThreshold)) ถือเป็นจุดที่ต้องพัฒนาในการวิเคราะห์ผล")
        out.append("")
        return out
    }

    private static func summaryTable(_ framework: Framework) -> [String] {
        var out = ["## สรุปรายการข้อ", ""]
        guard !framework.items.isEmpty else { return out + ["ยังไม่มีข้อที่ทราบ", ""] }
        out.append("| ข้อ | ชื่อข้อ | ตัวชี้วัดย่อย | ช่วงเวลา | ความเชื่อมั่น |")
        out.append("|---|---|---|---|---|")
        for item in framework.items {
            let period = item.periodStated ? "`\(item.period.rawValue)`" : "ยังไม่ทราบ"
            let confidence = item.confidence.map(confidenceWords) ?? "–"
            out.append("| \(item.code) | \(cell(item.title)) | \(cell(item.group)) | \(period) | \(confidence) |")
        }
        out.append("")
        return out
    }

    private static func details(_ framework: Framework) -> [String] {
        var out: [String] = ["## รายละเอียดรายข้อ", ""]
        var listed = Set<String>()
        for indicator in framework.indicators {
            let groups = framework.groups(of: indicator)
            guard groups.contains(where: { !framework.items(in: $0).isEmpty }) else { continue }
            out.append("### ตัวชี้วัดที่ \(indicator.number) \(indicator.name)")
            out.append("")
            for group in groups {
                let items = framework.items(in: group)
                guard !items.isEmpty else { continue }
                out.append("#### \(group.code) \(group.name)")
                out.append("")
                for item in items {
                    out.append(contentsOf: detail(item, group: group, framework))
                    listed.insert(item.code)
                }
            }
        }
        let orphans = framework.items.filter { !listed.contains($0.code) }
        if !orphans.isEmpty {
            out.append("### ข้อที่ไม่อยู่ในตัวชี้วัดย่อยใด")
            out.append("")
            for item in orphans { out.append(contentsOf: detail(item, group: nil, framework)) }
        }
        return out
    }

    private static func detail(_ item: FrameworkItem, group: IndicatorGroup?, _ framework: Framework) -> [String] {
        var out = ["##### \(item.code) \(escape(item.title))", ""]
        if let group {
            let indicator = framework.indicator(group.indicator).map { " (ตัวชี้วัดที่ \($0.number) \($0.name))" } ?? ""
            out.append("- ตัวชี้วัดย่อย: `\(group.code)` \(group.name)\(indicator)")
        } else {
            out.append("- ตัวชี้วัดย่อย: `\(item.group)` (ไม่มีในไฟล์)")
        }
        out.append("- ช่วงเวลาที่เกณฑ์กำหนด: \(period(of: item))")
        switch item.holds {
        case .analysis?: out.append("- หน้านี้แสดงการวิเคราะห์ผลการประเมินรอบก่อนและมาตรการของปี (`holds: analysis`)")
        case .progress?: out.append("- หน้านี้แสดงรายงานความก้าวหน้าของการดำเนินการตามมาตรการ (`holds: progress`)")
        case nil: break
        }
        switch item.role {
        case .privacyPolicy?: out.append("- เป็นนโยบายคุ้มครองข้อมูลส่วนบุคคลของเว็บไซต์ (`role: privacy-policy`)")
        case .eitQR?:
            let element = item.roleElement.map { " (องค์ประกอบที่ \($0))" } ?? ""
            out.append(
                "- หน้านี้แสดง QR code แบบวัด EIT\(element) ที่สร้างจากรหัส ITAS ของหน่วยงาน (`itas_code:`) "
                    + "(`role: eit-qr`)")
        case nil: break
        }
        out.append("- แหล่งที่มา: \(item.source.map(escape) ?? "ไม่ได้ระบุ")")
        out.append("- ความเชื่อมั่น: \(item.confidence.map { "\(confidenceWords($0)) (`\($0.rawValue)`)" } ?? "ไม่ได้ระบุ")")
        if item.elements.isEmpty {
            out.append("- องค์ประกอบด้านข้อมูล: ยังไม่ทราบ")
        } else {
            out.append("- องค์ประกอบด้านข้อมูล:")
            for (index, element) in item.elements.enumerated() { out.append("  \(index + 1). \(escape(element))") }
        }
        out.append("")
        return out
    }

    /// Weights and thresholds as written: 0.3 → "0.30", 85 → "85", 84.5 → "84.5".
    static func number(_ value: Double) -> String {
        if value < 1 && value > 0 { return String(format: "%.2f", value) }
        if value == value.rounded() { return String(Int(value)) }
        return String(format: "%g", value)
    }

    /// Text inside a table cell: a `|` would end the cell, a line break the row.
    static func cell(_ text: String) -> String {
        escape(text).replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Markdown characters in data text that would otherwise format it.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_<>[]".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
