/// Readings of what the editor's forms post, shared by every form (Thai digits: `Digits.arabic`).
package enum FormInput {
    /// A "move this entry" button's value: `up-3` → (3, −1), `down-3` → (3, 1); with a `prefix`,
    /// `social-up-3` reads the same. Nil for any other value.
    package static func move(_ action: String, prefix: String? = nil) -> (index: Int, step: Int)? {
        var parts = action.split(separator: "-").map(String.init)
        if let prefix {
            guard parts.first == prefix else { return nil }
            parts.removeFirst()
        }
        guard parts.count == 2, let index = Int(parts[1]) else { return nil }
        switch parts[0] {
        case "up": return (index, -1)
        case "down": return (index, 1)
        default: return nil
        }
    }
}
