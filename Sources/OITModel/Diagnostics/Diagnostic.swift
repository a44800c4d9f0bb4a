/// One problem found while loading or checking content.
public struct Diagnostic: Sendable, Equatable {
    public enum Severity: String, Sendable, Comparable {
        case error, warning, note

        /// Errors first, then warnings, then notes.
        public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .note: return 2
            }
        }
    }

    public var severity: Severity
    public var location: SourceLocation?
    public var message: Message

    public init(_ severity: Severity, _ message: Message, at location: SourceLocation?) {
        self.severity = severity
        self.message = message
        self.location = location
    }

    /// `file:line:col: error: message`, the form editors and CI logs understand.
    public func formatted(in language: Language = .thai) -> String {
        let place = location.map { "\($0): " } ?? ""
        return "\(place)\(severity.rawValue): \(message.text(in: language))"
    }
}
