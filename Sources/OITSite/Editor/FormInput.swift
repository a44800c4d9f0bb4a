/// Readings of what the editor's forms post, shared by every form.
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

    /// A Thai digit (๐–๙) as its Arabic digit, any other character as it is: clerks type both.
    package static func arabicDigit(_ scalar: Unicode.Scalar) -> Character {
        guard (0x0E50...0x0E59).contains(scalar.value), let arabic = Unicode.Scalar(scalar.value - 0x0E50 + 0x30) else {
            return Character(scalar)
        }
        return Character(arabic)
    }
}
