/// When an item's content must be dated, relative to the fiscal year assessed.
public enum PeriodRule: String, Sendable, CaseIterable, Choice {
    case current
    case inForce = "in-force"
    case inYear = "in-year"
    case firstHalf = "first-half"
    case previousYear = "previous-year"

    package var spellings: [String] { [rawValue] }
}
