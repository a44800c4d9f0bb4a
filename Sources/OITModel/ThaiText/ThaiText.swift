import Foundation

/// Thai presentation of dates, digits and fiscal-year periods.
public enum ThaiText {
    package static let monthNames = [
        "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
        "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    ]
    package static let monthAbbreviations = [
        "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
        "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค.",
    ]

    /// Joins the parts of a date so that a line never breaks inside it.
    package static let noBreak = "\u{00A0}"

    /// 15 มีนาคม 2566
    public static func longDate(_ date: CivilDate, digits: DigitStyle) -> String {
        Digits.apply(
            [String(date.day), monthNames[date.month - 1], String(date.buddhistYear)].joined(separator: noBreak), digits)
    }

    /// 15 มี.ค. 2566
    public static func shortDate(_ date: CivilDate, digits: DigitStyle) -> String {
        Digits.apply(
            [String(date.day), monthAbbreviations[date.month - 1], String(date.buddhistYear)].joined(separator: noBreak), digits)
    }

    /// 1 ตุลาคม 2565 – 30 กันยายน 2566
    public static func range(_ start: CivilDate, _ end: CivilDate, digits: DigitStyle) -> String {
        "\(longDate(start, digits: digits)) – \(longDate(end, digits: digits))"
    }

    /// ปีงบประมาณ พ.ศ. 2566 (1 ตุลาคม 2565 – 30 กันยายน 2566)
    public static func fiscalYear(_ year: FiscalYear, digits: DigitStyle) -> String {
        "ปีงบประมาณ พ.ศ. \(Digits.apply(String(year.buddhistYear), digits)) (\(range(year.start, year.end, digits: digits)))"
    }

    public static func coverage(_ coverage: Coverage, digits: DigitStyle) -> String {
        if let years = coverage.fiscalYears {
            let text = years.count == 1 ? "\(years.lowerBound)" : "\(years.lowerBound)–\(years.upperBound)"
            return "ปีงบประมาณ พ.ศ. " + Digits.apply(text, digits)
        }
        return range(coverage.start, coverage.end, digits: digits)
    }
}
