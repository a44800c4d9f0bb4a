/// A calendar day, stored in the Christian era (ISO), shown in พ.ศ.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int  // Christian era
    public let month: Int
    public let day: Int

    /// Years above this are taken as พ.ศ.: no content date is that far in the Christian era.
    static let buddhistEraThreshold = 2400
    static let buddhistEraOffset = 543

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// `2023-03-15` or `2566-03-15` (a year above 2400 is พ.ศ.).
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, (1...2).contains(parts[1].count), (1...2).contains(parts[2].count),
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        let year = y > CivilDate.buddhistEraThreshold ? y - CivilDate.buddhistEraOffset : y
        self.init(year: year, month: m, day: d)
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

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// A Thai fiscal year, named in พ.ศ.: year N runs from 1 October N−1 to 30 September N.
public struct FiscalYear: Hashable, Comparable, Sendable {
    public let buddhistYear: Int

    public init(_ buddhistYear: Int) { self.buddhistYear = buddhistYear }

    public var start: CivilDate { CivilDate(year: buddhistYear - 544, month: 10, day: 1)! }
    public var end: CivilDate { CivilDate(year: buddhistYear - 543, month: 9, day: 30)! }
    /// The last day of the first half-year: 31 March.
    public var firstHalfEnd: CivilDate { CivilDate(year: buddhistYear - 543, month: 3, day: 31)! }
    public var previous: FiscalYear { FiscalYear(buddhistYear - 1) }

    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }

    public static func < (a: FiscalYear, b: FiscalYear) -> Bool { a.buddhistYear < b.buddhistYear }
}

/// The period a document covers: `2566`, `2566-2570` or `2565-10-01..2566-03-31`.
public struct Coverage: Hashable, Sendable {
    public let start: CivilDate
    public let end: CivilDate
    /// How it was written, for display: fiscal years or dates.
    public let fiscalYears: ClosedRange<Int>?

    public init?(parsing raw: String) {
        let text = raw.trimmingCharacters(in: .whitespaces)
        if text.contains("..") {
            let ends = text.components(separatedBy: "..")
            guard ends.count == 2, let a = CivilDate(parsing: ends[0]), let b = CivilDate(parsing: ends[1]), a <= b
            else { return nil }
            (start, end, fiscalYears) = (a, b, nil)
            return
        }
        let years = text.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard (1...2).contains(years.count), let first = years.first ?? nil, let last = years.last ?? nil,
            first <= last, first > CivilDate.buddhistEraThreshold, last - first < 100
        else { return nil }
        (start, end, fiscalYears) = (FiscalYear(first).start, FiscalYear(last).end, first...last)
    }

    public func includes(_ year: FiscalYear) -> Bool { start <= year.start && year.end <= end }
    public func includesFirstHalf(of year: FiscalYear) -> Bool { start <= year.start && year.firstHalfEnd <= end }
    public func isExactly(_ year: FiscalYear) -> Bool { start == year.start && end == year.end }
}
