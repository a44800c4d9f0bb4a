/// What each period rule asks for, written out for a fiscal year.
public enum PeriodText {
    public static func requirement(_ rule: PeriodRule, _ year: FiscalYear, digits: DigitStyle) -> String {
        switch rule {
        case .current:
            return "ข้อมูลที่เป็นปัจจุบัน"
        case .inForce:
            return "แผนหรือหลักเกณฑ์ที่มีผลบังคับใช้ใน" + ThaiText.fiscalYear(year, digits: digits)
        case .inYear:
            return "ข้อมูลที่เกิดขึ้นใน" + ThaiText.fiscalYear(year, digits: digits)
        case .firstHalf:
            return "รายงานที่ครอบคลุมอย่างน้อย 6 เดือนแรกของปีงบประมาณ พ.ศ. \(Digits.apply(String(year.buddhistYear), digits)) ("
                + ThaiText.range(year.start, year.firstHalfEnd, digits: digits) + ")"
        case .previousYear:
            return "รายงานผลของ" + ThaiText.fiscalYear(year.previous, digits: digits)
        }
    }

    /// The same requirement in English, with Christian-era dates, for `--lang en` messages.
    public static func englishRequirement(_ rule: PeriodRule, _ year: FiscalYear) -> String {
        func fiscalYear(_ year: FiscalYear) -> String {
            "fiscal year \(year.buddhistYear) (\(englishDate(year.start)) – \(englishDate(year.end)))"
        }
        switch rule {
        case .current:
            return "current information"
        case .inForce:
            return "a plan or rule in force in " + fiscalYear(year)
        case .inYear:
            return "information dated in " + fiscalYear(year)
        case .firstHalf:
            return "a report covering at least the first 6 months of fiscal year \(year.buddhistYear) "
                + "(\(englishDate(year.start)) – \(englishDate(year.firstHalfEnd)))"
        case .previousYear:
            return "a report on " + fiscalYear(year.previous)
        }
    }

    package static let englishMonths = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December",
    ]

    /// 1 Oct 2022
    package static func englishDate(_ date: CivilDate) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(date.day) \(months[date.month - 1]) \(date.year)"
    }
}
