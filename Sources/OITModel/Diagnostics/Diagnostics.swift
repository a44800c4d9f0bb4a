/// Collects every problem of a build, so that all of them are reported in one run.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public mutating func error(_ message: Message, at location: SourceLocation?) {
        all.append(Diagnostic(.error, message, at: location))
    }

    public mutating func warning(_ message: Message, at location: SourceLocation?) {
        all.append(Diagnostic(.warning, message, at: location))
    }

    /// Information that needs no change in the content; `--strict` does not make it fail.
    public mutating func note(_ message: Message, at location: SourceLocation?) {
        all.append(Diagnostic(.note, message, at: location))
    }

    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    public var errorCount: Int { all.filter { $0.severity == .error }.count }
    public var warningCount: Int { all.filter { $0.severity == .warning }.count }
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// Turns every warning into an error (`--strict`), except warnings of the `allowed` rules
    /// (`--allow <rule>`). Notes stay notes.
    public mutating func promoteWarnings(except allowed: Set<String> = []) {
        for index in all.indices where all[index].severity == .warning && !allowed.contains(all[index].message.ruleID) {
            all[index].severity = .error
        }
    }

    /// The diagnostics for which `keep` is true, in their original order.
    public func filtered(_ keep: (Diagnostic) -> Bool) -> Diagnostics {
        var kept = Diagnostics()
        kept.all = all.filter(keep)
        return kept
    }

    /// Diagnostics in a stable order: errors, then warnings, then notes (what stops the build
    /// first), each by file, line and column; those without a place last.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { a, b in
            if a.element.severity != b.element.severity { return a.element.severity < b.element.severity }
            switch (a.element.location, b.element.location) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}
