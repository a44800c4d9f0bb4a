import Foundation

/// Fragment ids within pages, shared by the pages that link to them.
public enum Anchor: Hashable, Sendable {
    case indicator(String)
    case question(String)
    case measure(String)
    case progressEntry(String)

    public var id: String {
        switch self {
        case .indicator(let code): return "ind-" + code.replacingOccurrences(of: ".", with: "-")
        case .question(let code): return "q-" + code
        case .measure(let id): return "measure-" + id
        case .progressEntry(let measure): return "entry-" + measure
        }
    }
}
