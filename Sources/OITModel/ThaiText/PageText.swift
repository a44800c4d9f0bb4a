/// The Thai words of the public pages that are built in Swift (titles, breadcrumbs, labels that
/// carry figures): kept in one file, apart from the code that decides what a page shows. Fixed
/// page text that needs no figures lives in the templates.
package enum PageText {
    // Agency and site
    package static func place(district: String?, province: String) -> String {
        [district.map { "อำเภอ\($0)" }, "จังหวัด\(province)"].compactMap { $0 }.joined(separator: " ")
    }
    package static func homeTitle(_ agency: String) -> String { "การเปิดเผยข้อมูลสาธารณะ (OIT) – \(agency)" }
    package static func homeDescription(_ agency: String) -> String { "ข้อมูลการประเมินคุณธรรมและความโปร่งใส (ITA) ของ\(agency)" }
    package static let contact = "ติดต่อ"
    package static func contactDescription(_ agency: String) -> String { "ข้อมูลการติดต่อ\(agency)" }
    package static let siteMap = "แผนผังเว็บไซต์"
    package static func siteMapDescription(_ agency: String) -> String { "แผนผังเว็บไซต์ OIT ของ\(agency)" }
    package static let privacyTitle = "นโยบายความเป็นส่วนตัวของเว็บไซต์"
    package static let privacyCrumb = "นโยบายความเป็นส่วนตัว"
    package static func privacyDescription(_ agency: String) -> String { "การเก็บข้อมูลของเว็บไซต์ OIT ของ\(agency)" }
    package static let notFound = "ไม่พบหน้านี้"
    package static let notFoundDescription = "ไม่พบหน้าที่ต้องการ"
    package static func pageTitle(_ title: String, agency: String) -> String { "\(title) – \(agency)" }

    // Years and items
    package static func fiscalYear(_ year: String) -> String { "ปีงบประมาณ \(year)" }
    package static func overviewTitle(_ year: String) -> String { "OIT ปีงบประมาณ \(year)" }
    /// The title of a year folder that holds only results: what it publishes is the round's results.
    package static func resultsYearTitle(_ year: String) -> String { "ผลการประเมิน ITA ปีงบประมาณ \(year)" }
    package static func overviewDescription(year: Int, agency: String) -> String {
        "รายการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. \(year) ของ\(agency)"
    }
    package static func itemTitle(code: String, title: String) -> String { "\(code) \(title)" }
    /// The `<title>` of an item page: the year too, since every year has an o12.
    package static func itemPageTitle(code: String, title: String, year: String) -> String {
        "\(code) \(title) ปีงบประมาณ \(year)"
    }
    /// A title the agency wrote, with the year added when it does not already name it.
    package static func withYear(_ title: String, year: String) -> String { "\(title) ปีงบประมาณ \(year)" }
    package static func itemDescription(code: String, title: String, year: Int, agency: String) -> String {
        "\(code) \(title) ปีงบประมาณ พ.ศ. \(year) \(agency)"
    }
    package static func itemWithYear(code: String, title: String, year: String) -> String {
        "\(code) \(title) (ปีงบประมาณ \(year))"
    }
    package static func indicator(_ number: String, _ name: String) -> String { "ตัวชี้วัดที่ \(number) \(name)" }
    package static func subIndicator(_ code: String, _ name: String) -> String { "ตัวชี้วัดย่อยที่ \(code) \(name)" }
    /// "9.1 ข้อมูลพื้นฐาน", or the name alone where the official number is not known.
    package static func group(_ code: String?, _ name: String) -> String { code.map { "\($0) \(name)" } ?? name }
    package static func groupCaption(indicator: String, group: String) -> String { "\(indicator): \(group)" }
    package static func question(_ code: String) -> String { "ข้อคำถาม \(code)" }

    // The EIT survey (ITAS)
    /// The text alternative of the QR code: what it is and where it goes.
    package static func eitQRLabel(agency: String, url: String) -> String {
        "QR code แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ของ\(agency) ไปที่ \(url)"
    }
    package static func eitPosterTitle(_ year: String) -> String { "โปสเตอร์ QR code แบบวัด EIT ปีงบประมาณ \(year)" }
    package static let eitPosterCrumb = "โปสเตอร์ QR code แบบวัด EIT"
    package static func eitPosterDescription(year: Int, agency: String) -> String {
        "QR code แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT) ปีงบประมาณ พ.ศ. \(year) ของ\(agency) สำหรับพิมพ์ติดจุดบริการ"
    }

    // Statuses
    package static let done = "ดำเนินการแล้ว"
    package static let inProgress = "อยู่ระหว่างดำเนินการ"
    package static let notStarted = "ยังไม่ได้ดำเนินการ"
    package static let notApplicable = "ไม่เกี่ยวข้อง"
    package static let missing = "ยังไม่มีข้อมูล"

    // Submission sheet
    package static func submissionTitle(_ year: String) -> String { "แบบสรุป URL สำหรับระบบ ITAS ปี \(year)" }
    package static let submissionDescription = "URL และคำอธิบายของแต่ละข้อ สำหรับกรอกในระบบ ITAS"
    package static let submissionCrumb = "แบบสรุปสำหรับระบบ ITAS"
    package static let submissionSiteMap = "แบบสรุปสำหรับกรอกในระบบ ITAS"
    package static func notApplicableBecause(_ reason: String) -> String { "ไม่เกี่ยวข้อง: " + reason }
    package static func defaultExplanation(title: String, year: String) -> String { "\(title) ปีงบประมาณ พ.ศ. \(year)" }
    package static let csvHeader = ["ข้อ", "หัวข้อ", "URL", "คำอธิบาย", "สถานะ"]

    // Results
    package static func results(_ year: String) -> String { "ผลการประเมิน ITA \(year)" }
    package static func resultsDescription(year: Int, agency: String) -> String {
        "คะแนนการประเมินคุณธรรมและความโปร่งใส ปี \(year) และการวิเคราะห์ของ\(agency)"
    }
    package static let resultsCrumb = "ผลการประเมิน"
    package static func resultSummary(year: String, figures: [String]) -> String {
        "ผลการประเมิน ITA \(year): " + figures.joined(separator: " · ")
    }
    package static let overall = "คะแนนรวม"
    package static let general = "ภาพรวม"
    package static func discrepancy(_ figure: Discrepancy.Figure, stated: String, computed: String) -> String {
        switch figure {
        case .overall: return "คะแนนรวมที่ระบุในเอกสาร \(stated) แต่คำนวณจากคะแนนตัวชี้วัดได้ \(computed)"
        case .tool(let code): return "คะแนน \(code) ที่ระบุในเอกสาร \(stated) แต่คำนวณได้ \(computed)"
        case .grade: return "ระดับที่ระบุในเอกสาร \(stated) แต่คำนวณได้ \(computed)"
        case .label: return "ผลการประเมินที่ระบุในเอกสาร \"\(stated)\" แต่ตามเกณฑ์คือ \"\(computed)\""
        }
    }
    package static func strength(_ indicator: String, score: String) -> String { "\(indicator) (\(score))" }
    package static func constraint(_ topic: Constraint.Topic) -> String {
        switch topic {
        case .staff: return "ด้านบุคลากร"
        case .budget: return "ด้านงบประมาณ"
        case .technology: return "ด้านเทคโนโลยี"
        case .area: return "ด้านพื้นที่"
        case .economy: return "ด้านเศรษฐกิจและสังคม"
        }
    }
    package static func chartTitle(previous: String, current: String) -> String {
        "เปรียบเทียบคะแนนปี \(previous) กับปี \(current) (ตัวเลขเดียวกับตารางด้านบน)"
    }
    package static func chartYear(_ year: String) -> String { "ปี \(year)" }

    // Measures and progress
    package static func measures(_ year: String) -> String { "มาตรการปีงบประมาณ \(year)" }
    package static func measuresDescription(year: Int, agency: String) -> String {
        "มาตรการส่งเสริมคุณธรรมและความโปร่งใส ปีงบประมาณ \(year) ของ\(agency)"
    }
    package static let measuresCrumb = "มาตรการ"
    package static func measure(id: String, title: String) -> String { "\(id) \(title)" }
    package static func months(_ count: String) -> String { "\(count) เดือน" }
    package static func progressReport(round: String, year: String) -> String {
        "รายงานความก้าวหน้าตามมาตรการ รอบ \(round) ปีงบประมาณ \(year)"
    }
    package static func progressCrumb(round: String) -> String { "รายงานความก้าวหน้า รอบ " + round }
    package static func coverage(reported: String, of total: String) -> String { "รายงานแล้ว \(reported) จาก \(total) มาตรการ" }
    package static let memo = "บันทึกข้อความ"
    package static func memoTitle(_ subject: String) -> String { "บันทึกข้อความ: \(subject)" }
}
