import OITCheck

/// A year's item counts, formatted with the agency's digits.
package struct CountsView: Encodable {
    package var total: String
    package var done: String
    package var inProgress: String
    package var notStarted: String
    package var notApplicable: String
    package var missing: String
    package var percentDone: String

    package init(_ counts: ItemCounts, _ number: (Int) -> String) {
        total = number(counts.total)
        done = number(counts.done)
        inProgress = number(counts.inProgress)
        notStarted = number(counts.notStarted)
        notApplicable = number(counts.notApplicable)
        missing = number(counts.missing)
        percentDone = number(counts.percentDone)
    }
}
