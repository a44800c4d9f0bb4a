/// A Thai fiscal year, named in พ.ศ.: year N runs from 1 October N−1 to 30 September N.
public struct FiscalYear: Hashable, Comparable, Sendable {
    public let buddhistYear: Int

    public init(_ buddhistYear: Int) { self.buddhistYear = buddhistYear }

    public var start: CivilDate { Self.day(buddhistYear - 544, 10, 1) }
    public var end: CivilDate { Self.day(buddhistYear - 543, 9, 30) }
    /// The last day of the first half-year: 31 March.
    public var firstHalfEnd: CivilDate { Self.day(buddhistYear - 543, 3, 31) }

    /// A day that exists in every year (1 October, 30 September, 31 March).
    private static func day(_ year: Int, _ month: Int, _ day: Int) -> CivilDate {
        guard let date = CivilDate(year: year, month: month, day: day) else { preconditionFailure("no \(day)/\(month)/\(year)") }
        return date
    }
    public var previous: FiscalYear { FiscalYear(buddhistYear - 1) }

    public func contains(_ date: CivilDate) -> Bool { start <= date && date <= end }

    public static func < (a: FiscalYear, b: FiscalYear) -> Bool { a.buddhistYear < b.buddhistYear }
}
