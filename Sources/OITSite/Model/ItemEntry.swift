/// What an agency publishes for one OIT item in one year.
public struct ItemEntry: Sendable {
    public var code: Located<String>
    public var status: ItemStatus
    public var updated: Located<CivilDate>?
    public var unit: String?
    public var covers: Located<Coverage>?
    public var elements: ElementConfirmation
    public var summary: String?
    public var evidence: [Evidence]
    public var body: String?
    public var reason: String?
}

public enum ItemStatus: String, Sendable, CaseIterable, Choice {
    case done
    case inProgress = "in-progress"
    case notStarted = "not-started"
    case notApplicable = "n/a"

    var spellings: [String] {
        switch self {
        case .done: return ["done", "ดำเนินการแล้ว"]
        case .inProgress: return ["in-progress", "อยู่ระหว่างดำเนินการ"]
        case .notStarted: return ["not-started", "ยังไม่ได้ดำเนินการ"]
        case .notApplicable: return ["n/a", "ไม่เกี่ยวข้อง"]
        }
    }
}

/// Which required elements the agency confirms it shows.
public enum ElementConfirmation: Sendable, Equatable {
    case all
    case some([Located<Int>])

    public func confirms(_ number: Int) -> Bool {
        switch self {
        case .all: return true
        case .some(let numbers): return numbers.contains { $0.value == number }
        }
    }
}

/// A link or a file that shows the item's content.
public struct Evidence: Sendable {
    public enum Target: Sendable, Equatable {
        case url(String)
        /// A path relative to the year folder; copied to the same path in the output.
        case file(String)
    }

    public var title: String
    public var target: Target
    public var location: SourceLocation
}
