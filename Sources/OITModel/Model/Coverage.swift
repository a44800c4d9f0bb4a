/// The period a document covers: `2566`, `2566-2570` or `2565-10-01..2566-03-31`.
public struct Coverage: Hashable, Sendable {
    public let start: CivilDate
    public let end: CivilDate
    /// How it was written, for display: fiscal years or dates.
    public let fiscalYears: ClosedRange<Int>?

    public init?(parsing raw: String) {
        let text = raw.trimmingSpaces()
        if text.contains("..") {
            let ends = text.components(separatedBy: "..")
            guard ends.count == 2, let a = CivilDate(parsing: ends[0]), let b = CivilDate(parsing: ends[1]), a <= b
            else { return nil }
            (start, end, fiscalYears) = (a, b, nil)
            return
        }
        let years = text.split(separator: "-").map { Int($0.trimmingSpaces()) }
        guard (1...2).contains(years.count), let first = years.first ?? nil, let last = years.last ?? nil,
            first <= last, first > CivilDate.buddhistEraThreshold, last - first < 100
        else { return nil }
        (start, end, fiscalYears) = (FiscalYear(first).start, FiscalYear(last).end, first...last)
    }

    public func includes(_ year: FiscalYear) -> Bool { start <= year.start && year.end <= end }
    public func includesFirstHalf(of year: FiscalYear) -> Bool { start <= year.start && year.firstHalfEnd <= end }
    public func isExactly(_ year: FiscalYear) -> Bool { start == year.start && end == year.end }
}
