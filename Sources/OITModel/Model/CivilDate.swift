/// A calendar day, stored in the Christian era (ISO), shown in พ.ศ.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int  // Christian era
    public let month: Int
    public let day: Int

    /// Years above this are taken as พ.ศ.: no content date is that far in the Christian era.
    package static let buddhistEraThreshold = 2400
    package static let buddhistEraOffset = 543

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2023-03-15` or `2566-03-15` (a year above 2400 is พ.ศ.).
    public init?(parsing text: String) {
        guard let (y, m, d) = Self.parts(text) else { return nil }
        self.init(year: Self.christianYear(y), month: m, day: d)
    }

    /// The year (as written), month and day of a date written `YYYY-MM-DD` whose month has no
    /// such day (`2570-02-29`), for a message that names the day rather than a bad date.
    package static func dayNotInMonth(_ text: String) -> (year: Int, month: Int, day: Int)? {
        guard let (year, month, day) = parts(text), (1...12).contains(month),
            day > daysIn(month: month, year: christianYear(year)), day <= 31
        else { return nil }
        return (year, month, day)
    }

    /// A year as written, in the Christian era (a year above 2400 is พ.ศ.).
    package static func christianYear(_ written: Int) -> Int {
        written > buddhistEraThreshold ? written - buddhistEraOffset : written
    }

    private static func parts(_ text: String) -> (Int, Int, Int)? {
        let parts = text.trimmingSpaces().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        return (y, m, d)
    }

    public var buddhistYear: Int { year + CivilDate.buddhistEraOffset }

    /// The Thai fiscal year (พ.ศ.) this day belongs to: October starts the next one.
    public var fiscalYear: Int { buddhistYear + (month >= 10 ? 1 : 0) }

    /// ISO 8601, as stored and exported.
    public var description: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public static func < (a: CivilDate, b: CivilDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    package static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}
