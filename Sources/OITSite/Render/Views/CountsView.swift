/// A year's item counts, formatted with the agency's digits.
struct CountsView: Encodable {
    var total: String
    var done: String
    var inProgress: String
    var notStarted: String
    var notApplicable: String
    var missing: String
    var percentDone: String

    init(_ counts: ItemCounts, _ number: (Int) -> String) {
        total = number(counts.total)
        done = number(counts.done)
        inProgress = number(counts.inProgress)
        notStarted = number(counts.notStarted)
        notApplicable = number(counts.notApplicable)
        missing = number(counts.missing)
        percentDone = number(counts.percentDone)
    }
}
