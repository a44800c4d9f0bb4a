/// What the build tells a clerk about years, rounds and dates: the traps of a new fiscal year
/// (a round without criteria yet, last year's files in this year's folder, a mistyped year).
/// One case of `Message` holds them all, with their wording and rule ids beside them.
public enum YearFinding: Sendable, Equatable, Codable {
    /// A year whose content names no round and whose own round has no framework runs on `round`.
    case roundAssumed(year: Int, round: Int)
    /// `results.yaml` or `analysis.yaml` of a round whose assessment has not begun on the check
    /// date: most likely the previous round's file, put in the wrong year folder.
    case roundNotAssessedYet(file: SourceFile, round: Int, belongsIn: Int)
    /// An analysis names a measure, but the next year, where measures go, has no `measures.yaml`.
    case measuresYearMissing(measure: String, year: Int)
    /// A date (ISO) more than a fiscal year after the end of the year it is written in.
    case dateFarAfterYear(date: String, fiscalYear: Int)
    /// A progress report dated (ISO) outside the year whose measures it reports on.
    case reportDateOutsideYear(date: String, fiscalYear: Int)
    /// A partial round's numbering skips these codes: public sources do not name them.
    case unlistedItems(codes: [String], round: Int)
    /// Bangkok has no subdistrict administrative organization (อบต.) or municipality.
    case provinceUnlikely(province: String, kind: String)
    /// A value `oit init` wrote as an example is still there.
    case placeholderValue(key: String, value: String)

    public var ruleID: String {
        switch self {
        case .roundAssumed: return "round-assumed"
        case .roundNotAssessedYet: return "round-not-assessed-yet"
        case .measuresYearMissing: return "measures-year-missing"
        case .dateFarAfterYear: return "date-far-after-year"
        case .reportDateOutsideYear: return "report-date-outside-year"
        case .unlistedItems: return "unlisted-items"
        case .provinceUnlikely: return "province-unlikely"
        case .placeholderValue: return "placeholder-value"
        }
    }

    package static let allRuleIDs = [
        "round-assumed", "round-not-assessed-yet", "measures-year-missing", "date-far-after-year",
        "report-date-outside-year", "unlisted-items", "province-unlikely", "placeholder-value",
    ]

    package func wording(showing show: ShowFile) -> Wording {
        switch self {
        case .roundAssumed(let year, let round):
            return Wording(
                th: "ยังไม่มีเกณฑ์ ITA รอบ \(year) ปี \(year) จึงใช้เกณฑ์รอบ \(round) ซึ่งเป็นรอบล่าสุดที่มี "
                    + "(เมื่อมีเกณฑ์รอบ \(year) ให้ใส่ round: \(year) ใน year.yaml)",
                en: "no ITA \(year) criteria yet: year \(year) runs on round \(round), the latest known "
                    + "(write round: \(year) in year.yaml once its criteria exist)")
        case .roundNotAssessedYet(let source, let round, let belongsIn):
            let file = show(source)
            return Wording(
                th: "การประเมิน ITA รอบ \(round) ยังไม่เริ่ม จึงยังไม่มี\(Self.thaiName(file))ของรอบ \(round) "
                    + "ถ้าเป็นของรอบ \(belongsIn) ให้ย้าย \(file) ไปไว้ในโฟลเดอร์ \(belongsIn)/",
                en: "the ITA \(round) assessment has not begun, so there are no \(round) \(Self.englishName(file)) yet; "
                    + "if this is round \(belongsIn)'s, move \(file) into the \(belongsIn)/ folder")
        case .measuresYearMissing(let measure, let year):
            return Wording(
                th: "มาตรการ \"\(measure)\" ต้องอยู่ใน measures.yaml ของปี \(year) แต่ปี \(year) ยังไม่มี measures.yaml",
                en: "measure \"\(measure)\" belongs in year \(year)'s measures.yaml, and year \(year) has none")
        case .dateFarAfterYear(let date, let fiscalYear):
            return Wording(
                th: "วันที่ \(Self.thaiDate(date)) อยู่หลังปีงบประมาณ \(fiscalYear) เกินหนึ่งปี พิมพ์ปีผิดหรือไม่?",
                en: "\(date) is more than a year after fiscal year \(fiscalYear); is the year mistyped?")
        case .reportDateOutsideYear(let date, let fiscalYear):
            return Wording(
                th: "รายงานความก้าวหน้าลงวันที่ \(Self.thaiDate(date)) ซึ่งไม่อยู่ในปีงบประมาณ \(fiscalYear) ที่รายงาน "
                    + "(1 ต.ค. \(fiscalYear - 1) – 31 ธ.ค. \(fiscalYear)) ตรวจปีของวันที่หรือโฟลเดอร์ปี",
                en: "the progress report is dated \(date), outside fiscal year \(fiscalYear) that it reports on "
                    + "(1 Oct \(fiscalYear - 544) – 31 Dec \(fiscalYear - 543)); check the date's year or the year folder")
        case .unlistedItems(let codes, let round):
            let list = codes.joined(separator: ", ")
            return Wording(
                th: "ยังไม่ทราบข้อ \(list) ของรอบ \(round) จึงไม่มีในรายการ ถ้าเกณฑ์กำหนดให้เผยแพร่ "
                    + "ให้เขียนข้อนั้นใน year.yaml พร้อม title: และ group:",
                en: "round \(round)'s items \(list) are not known, so they are not listed; if the criteria ask for them, "
                    + "write them in year.yaml with title: and group:")
        case .provinceUnlikely(let province, let kind):
            return Wording(
                th: "\(province)ไม่มี\(kind) ตรวจจังหวัด (province) หรือประเภทหน่วยงาน (kind)",
                en: "\(province) has no \(kind) (subdistrict administration); check province and kind")
        case .placeholderValue(let key, let value):
            return Wording(
                th: "\(key) ยังเป็นค่าตัวอย่างที่ oit init ใส่ไว้ (\"\(value)\") ให้แก้เป็นของหน่วยงาน",
                en: "\(key) is still the example oit init wrote (\"\(value)\"); replace it with the agency's own")
        }
    }

    /// A date in Thai words; the no-break spaces that keep it together on pages would show as
    /// `<U+00A0>` in a terminal message.
    private static func thaiDate(_ iso: String) -> String {
        guard let date = CivilDate(parsing: iso) else { return iso }
        return ThaiText.longDate(date, digits: .arabic).replacingOccurrences(of: "\u{00A0}", with: " ")
    }

    private static func thaiName(_ file: String) -> String {
        file.hasSuffix("analysis.yaml") ? "การวิเคราะห์ผลการประเมิน" : "ผลการประเมิน"
    }

    private static func englishName(_ file: String) -> String {
        file.hasSuffix("analysis.yaml") ? "analysis of results" : "results"
    }
}
