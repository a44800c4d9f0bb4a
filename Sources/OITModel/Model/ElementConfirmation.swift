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
