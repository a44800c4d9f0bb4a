import OITModel

/// Which of a year's measures a progress report covers.
public struct ReportCoverage: Sendable, Equatable {
    /// How many of the year's measures the report has an entry for.
    public var reported: Int
    /// Ids of the year's measures the report leaves out, in measure order.
    public var unreported: [String]
    public var measures: Int

    public var isComplete: Bool { unreported.isEmpty }

    package init(_ report: ProgressReport, measures: [Measure]) {
        let ids = Set(report.entries.map(\.measure.value)).union(report.unreadMeasures)
        let missing = measures.filter { !ids.contains($0.id.value) }
        self.measures = measures.count
        unreported = missing.map(\.id.value)
        reported = Set(measures.map(\.id.value)).intersection(ids).count
    }
}
