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
