import Foundation

/// Thai presentation of dates, digits and fiscal-year periods.
public enum ThaiText {
    static let monthNames = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
                             "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"]
    static let monthAbbreviations = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.",
                                     "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]

    /// Joins the parts of a date so that a line never breaks inside it.
    static let noBreak = "\u{00A0}"

    /// 15 มีนาคม 2566
    public static func longDate(_ date: CivilDate, digits: DigitStyle) -> String {
        Digits.apply([String(date.day), monthNames[date.month - 1], String(date.buddhistYear)].joined(separator: noBreak), digits)
    }

    /// 15 มี.ค. 2566
    public static func shortDate(_ date: CivilDate, digits: DigitStyle) -> String {
        Digits.apply([String(date.day), monthAbbreviations[date.month - 1], String(date.buddhistYear)].joined(separator: noBreak), digits)
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

/// Arabic or Thai digits (๐–๙), a site option.
public enum Digits {
    public static func apply(_ text: String, _ style: DigitStyle) -> String {
        guard style == .thai else { return text }
        return String(text.unicodeScalars.map { scalar -> Character in
            guard ("0"..."9").contains(scalar) else { return Character(scalar) }
            return Character(Unicode.Scalar(scalar.value - 0x30 + 0x0E50)!)
        })
    }
}

/// Scores and counts as published: two decimals, signed changes.
public enum Figures {
    public static func score(_ value: Double) -> String { String(format: "%.2f", ScoreCard.rounded(value)) }

    public static func change(_ value: Double) -> String {
        let rounded = ScoreCard.rounded(value)
        return rounded > 0 ? "+" + score(rounded) : rounded < 0 ? "−" + score(-rounded) : score(0)
    }

    public static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : Int((Double(part) * 100 / Double(whole)).rounded())
    }
}

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
}
