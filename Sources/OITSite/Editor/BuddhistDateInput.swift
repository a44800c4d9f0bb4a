import OITLoad
import OITModel
import OITRender
import OITWrite

/// Dates as a clerk types them in the editor: day, month and year in the Buddhist Era (พ.ศ.),
/// `15/3/2566`, with `/`, `-` or `.` between and Thai or Arabic digits; `2566-03-15` (the order the
/// content files use, B.E. year) is accepted too. Stored in files as ISO (`2023-03-15`), as today.
public enum BuddhistDateInput {
    /// Why a typed date was refused, in the clerk's language.
    public enum Refusal: Error, Equatable, Sendable {
        /// Not a date in any accepted form.
        case notADate(String)
        /// A Christian-era year (`2023`): the field asks for พ.ศ.
        case christianYear(Int)
        /// A day the month does not have (`30/2/2566`).
        case noSuchDay(String)

        public func text(in language: Language) -> String {
            switch (self, language) {
            case (.notADate(let typed), .thai):
                return "“\(typed)” ไม่ใช่วันที่: พิมพ์ วัน/เดือน/ปี พ.ศ. เช่น 15/3/2566"
            case (.notADate(let typed), .english):
                return "“\(typed)” is not a date: type day/month/year in the Buddhist Era, e.g. 15/3/2566"
            case (.christianYear(let year), .thai):
                return "ปี \(year) เป็นปี ค.ศ.: พิมพ์ปี พ.ศ. (\(year + 543))"
            case (.christianYear(let year), .english):
                return "\(year) is a Christian-era year: type the Buddhist Era year (\(year + 543))"
            case (.noSuchDay(let typed), .thai):
                return "ไม่มีวันที่ “\(typed)” ในปฏิทิน"
            case (.noSuchDay(let typed), .english):
                return "“\(typed)” is not a day of the calendar"
            }
        }
    }

    /// The day typed, nil for an empty field.
    public static func parse(_ typed: String) throws(Refusal) -> CivilDate? {
        let text = Digits.arabic(typed).trimmingSpacesAndNewlines()
        guard !text.isEmpty else { return nil }
        let parts = text.split(whereSeparator: { "/-.".contains($0) }).map(String.init)
        let numbers = parts.compactMap { part in part.allSatisfy(\.isASCII) ? Int(part) : nil }
        guard parts.count == 3, numbers.count == 3 else { throw .notADate(typed) }
        // Year first when the first part has four digits (`2566-03-15`), else day first.
        let (year, month, day) = parts[0].count == 4 ? (numbers[0], numbers[1], numbers[2]) : (numbers[2], numbers[1], numbers[0])
        guard parts[0].count == 4 || parts[2].count == 4 else { throw .notADate(typed) }
        guard year > 2400 else {
            if year >= 1900 && year < 2200 { throw .christianYear(year) }
            throw .notADate(typed)
        }
        guard let date = CivilDate(year: year - 543, month: month, day: day) else {
            if (1...12).contains(month) && (1...31).contains(day) { throw .noSuchDay(typed) }
            throw .notADate(typed)
        }
        return date
    }

    /// `15/03/2566`: the date as the field shows it.
    public static func format(_ date: CivilDate) -> String {
        "\(date.day < 10 ? "0" : "")\(date.day)/\(date.month < 10 ? "0" : "")\(date.month)/\(date.buddhistYear)"
    }
}
