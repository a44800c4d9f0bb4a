/// The Thai words of the public pages that are built in Swift (titles, breadcrumbs, labels that
/// carry figures): kept in one file, apart from the code that decides what a page shows. Fixed
/// page text that needs no figures lives in the templates.
enum PageText {
    // Agency and site
    static func place(district: String?, province: String) -> String {
        [district.map { "อำเภอ\($0)" }, "จังหวัด\(province)"].compactMap { $0 }.joined(separator: " ")
    }
    static func homeTitle(_ agency: String) -> String { "การเปิดเผยข้อมูลสาธารณะ (OIT) – \(agency)" }
    static func homeDescription(_ agency: String) -> String { "ข้อมูลการประเมินคุณธรรมและความโปร่งใส (ITA) ของ\(agency)" }
    static let contact = "ติดต่อ"
    static func contactDescription(_ agency: String) -> String { "ข้อมูลการติดต่อ\(agency)" }
    static let siteMap = "แผนผังเว็บไซต์"
    static func siteMapDescription(_ agency: String) -> String { "แผนผังเว็บไซต์ OIT ของ\(agency)" }
    static let privacyTitle = "นโยบายความเป็นส่วนตัวของเว็บไซต์"
    static let privacyCrumb = "นโยบายความเป็นส่วนตัว"
    static func privacyDescription(_ agency: String) -> String { "การเก็บข้อมูลของเว็บไซต์ OIT ของ\(agency)" }
    static let notFound = "ไม่พบหน้านี้"
    static let notFoundDescription = "ไม่พบหน้าที่ต้องการ"
    static func pageTitle(_ title: String, agency: String) -> String { "\(title) – \(agency)" }

    // Years and items
    static func fiscalYear(_ year: String) -> String { "ปีงบประมาณ \(year)" }
    static func overviewTitle(_ year: String) -> String { "OIT ปีงบประมาณ \(year)" }
    /// The title of a year folder that holds only results: what it publishes is the round's results.
    static func resultsYearTitle(_ year: String) -> String { "ผลการประเมิน ITA ปีงบประมาณ \(year)" }
    static func overviewDescription(year: Int, agency: String) -> String {
        "รายการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. \(year) ของ\(agency)"
    }
    static func itemTitle(code: String, title: String) -> String { "\(code) \(title)" }
    /// The `<title>` of an item page: the year too, since every year has an o12.
    static func itemPageTitle(code: String, title: String, year: String) -> String { "\(code) \(title) ปีงบประมาณ \(year)" }
    /// A title the agency wrote, with the year added when it does not already name it.
    static func withYear(_ title: String, year: String) -> String { "\(title) ปีงบประมาณ \(year)" }
    static func itemDescription(code: String, title: String, year: Int, agency: String) -> String {
        "\(code) \(title) ปีงบประมาณ พ.ศ. \(year) \(agency)"
    }
    static func itemWithYear(code: String, title: String, year: String) -> String {
        "\(code) \(title) (ปีงบประมาณ \(year))"
    }
    static func indicator(_ number: String, _ name: String) -> String { "ตัวชี้วัดที่ \(number) \(name)" }
    static func subIndicator(_ code: String, _ name: String) -> String { "ตัวชี้วัดย่อยที่ \(code) \(name)" }
    /// "9.1 ข้อมูลพื้นฐาน", or the name alone where the official number is not known.
    static func group(_ code: String?, _ name: String) -> String { code.map { "\($0) \(name)" } ?? name }
    static func groupCaption(indicator: String, group: String) -> String { "\(indicator): \(group)" }
    static func question(_ code: String) -> String { "ข้อคำถาม \(code)" }

    // The EIT survey (ITAS)
    /// The text alternative of the QR code: what it is and where it goes.
    static func eitQRLabel(agency: String, url: String) -> String {
        "QR code แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ของ\(agency) ไปที่ \(url)"
    }
    static func eitPosterTitle(_ year: String) -> String { "โปสเตอร์ QR code แบบวัด EIT ปีงบประมาณ \(year)" }
    static let eitPosterCrumb = "โปสเตอร์ QR code แบบวัด EIT"
    static func eitPosterDescription(year: Int, agency: String) -> String {
        "QR code แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ปีงบประมาณ พ.ศ. \(year) ของ\(agency) สำหรับพิมพ์ติดจุดบริการ"
    }

    // Statuses
    static let done = "ดำเนินการแล้ว"
    static let inProgress = "อยู่ระหว่างดำเนินการ"
    static let notStarted = "ยังไม่ได้ดำเนินการ"
    static let notApplicable = "ไม่เกี่ยวข้อง"
    static let missing = "ยังไม่มีข้อมูล"

    // Submission sheet
    static func submissionTitle(_ year: String) -> String { "แบบสรุป URL สำหรับระบบ ITAS ปี \(year)" }
    static let submissionDescription = "URL และคำอธิบายของแต่ละข้อ สำหรับกรอกในระบบ ITAS"
    static let submissionCrumb = "แบบสรุปสำหรับระบบ ITAS"
    static let submissionSiteMap = "แบบสรุปสำหรับกรอกในระบบ ITAS"
    static func notApplicableBecause(_ reason: String) -> String { "ไม่เกี่ยวข้อง: " + reason }
    static func defaultExplanation(title: String, year: String) -> String { "\(title) ปีงบประมาณ พ.ศ. \(year)" }
    static let csvHeader = ["ข้อ", "หัวข้อ", "URL", "คำอธิบาย", "สถานะ"]

    // Results
    static func results(_ year: String) -> String { "ผลการประเมิน ITA \(year)" }
    static func resultsDescription(year: Int, agency: String) -> String {
        "คะแนนการประเมินคุณธรรมและความโปร่งใส ปี \(year) และการวิเคราะห์ของ\(agency)"
    }
    static let resultsCrumb = "ผลการประเมิน"
    static func resultSummary(year: String, figures: [String]) -> String {
        "ผลการประเมิน ITA \(year): " + figures.joined(separator: " · ")
    }
    static let overall = "คะแนนรวม"
    static let general = "ภาพรวม"
    static func change(_ direction: ScoreChange.Direction) -> String {
        switch direction {
        case .up: return "เพิ่มขึ้น"
        case .down: return "ลดลง"
        case .same: return "เท่าเดิม"
        }
    }
    static func discrepancy(_ figure: Discrepancy.Figure, stated: String, computed: String) -> String {
        switch figure {
        case .overall: return "คะแนนรวมที่ระบุในเอกสาร \(stated) แต่คำนวณจากคะแนนตัวชี้วัดได้ \(computed)"
        case .tool(let code): return "คะแนน \(code) ที่ระบุในเอกสาร \(stated) แต่คำนวณได้ \(computed)"
        case .grade: return "ระดับที่ระบุในเอกสาร \(stated) แต่คำนวณได้ \(computed)"
        case .label: return "ผลการประเมินที่ระบุในเอกสาร \"\(stated)\" แต่ตามเกณฑ์คือ \"\(computed)\""
        }
    }
    static func strength(_ indicator: String, score: String) -> String { "\(indicator) (\(score))" }
    static func constraint(_ topic: Constraint.Topic) -> String {
        switch topic {
        case .staff: return "ด้านบุคลากร"
        case .budget: return "ด้านงบประมาณ"
        case .technology: return "ด้านเทคโนโลยี"
        case .area: return "ด้านพื้นที่"
        case .economy: return "ด้านเศรษฐกิจและสังคม"
        }
    }
    static func chartTitle(previous: String, current: String) -> String {
        "เปรียบเทียบคะแนนปี \(previous) กับปี \(current) (ตัวเลขเดียวกับตารางด้านบน)"
    }
    static func chartYear(_ year: String) -> String { "ปี \(year)" }

    // Measures and progress
    static func measures(_ year: String) -> String { "มาตรการปีงบประมาณ \(year)" }
    static func measuresDescription(year: Int, agency: String) -> String {
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ \(year) ของ\(agency)"
    }
    static let measuresCrumb = "มาตรการ"
    static func measure(id: String, title: String) -> String { "\(id) \(title)" }
    static func months(_ count: String) -> String { "\(count) เดือน" }
    static func progressReport(round: String, year: String) -> String {
        "รายงานความก้าวหน้าตามมาตรการ รอบ \(round) ปีงบประมาณ \(year)"
    }
    static func progressCrumb(round: String) -> String { "รายงานความก้าวหน้า รอบ " + round }
    static func coverage(reported: String, of total: String) -> String { "รายงานแล้ว \(reported) จาก \(total) มาตรการ" }
    static let memo = "บันทึกข้อความ"
    static func memoTitle(_ subject: String) -> String { "บันทึกข้อความ: \(subject)" }
}
