/// A measure's state in a progress report: the item states without "not applicable".
public enum ProgressStatus: String, Sendable, CaseIterable, Choice {
    case done
    case inProgress = "in-progress"
    case notStarted = "not-started"

    var itemStatus: ItemStatus {
        switch self {
        case .done: return .done
        case .inProgress: return .inProgress
        case .notStarted: return .notStarted
        }
    }
    var spellings: [String] { itemStatus.spellings }
    var nearWords: [String] { itemStatus.nearWords }
}
