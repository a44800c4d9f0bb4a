import OITModel

/// How many items of a year are in each state; n/a items do not count towards completeness.
public struct ItemCounts: Sendable, Equatable {
    public var total = 0
    public var done = 0
    public var inProgress = 0
    public var notStarted = 0
    public var notApplicable = 0
    public var missing = 0

    public init(_ statuses: [ItemStatus?]) {
        total = statuses.count
        for status in statuses {
            switch status {
            case .done?: done += 1
            case .inProgress?: inProgress += 1
            case .notStarted?: notStarted += 1
            case .notApplicable?: notApplicable += 1
            case nil: missing += 1
            }
        }
    }

    /// Items done, as a whole percentage of the items that apply.
    public var percentDone: Int { Self.percent(done, of: total - notApplicable) }

    package static func percent(_ part: Int, of whole: Int) -> Int {
        whole == 0 ? 0 : Int((Double(part) * 100 / Double(whole)).rounded())
    }
}
