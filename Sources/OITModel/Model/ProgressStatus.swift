/// A measure's state in a progress report: the item states without "not applicable".
public enum ProgressStatus: String, Sendable, CaseIterable, Choice {
    case done
    case inProgress = "in-progress"
    case notStarted = "not-started"

    package var itemStatus: ItemStatus {
        switch self {
        case .done: return .done
        case .inProgress: return .inProgress
        case .notStarted: return .notStarted
        }
    }
    package var spellings: [String] { itemStatus.spellings }
    package var nearWords: [String] { itemStatus.nearWords }
}
