/// `--strict` with `--allow <rule>`: CI can fail on the warnings that matter and let others be.
extension Diagnostics {
    /// Turns every warning into an error, except those whose rule id is in `allowed`.
    public mutating func promoteWarnings(except allowed: Set<String>) {
        guard !allowed.isEmpty else { return promoteWarnings() }
        var promoted = Diagnostics()
        for diagnostic in all {
            if diagnostic.severity == .warning && !allowed.contains(diagnostic.message.ruleID) {
                promoted.error(diagnostic.message, at: diagnostic.location)
            } else {
                promoted.append(diagnostic)
            }
        }
        self = promoted
    }

    /// The diagnostics for which `keep` is true, in their original order.
    public func filtered(_ keep: (Diagnostic) -> Bool) -> Diagnostics {
        var kept = Diagnostics()
        for diagnostic in all where keep(diagnostic) { kept.append(diagnostic) }
        return kept
    }

    private mutating func append(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error: error(diagnostic.message, at: diagnostic.location)
        case .warning: warning(diagnostic.message, at: diagnostic.location)
        }
    }
}
