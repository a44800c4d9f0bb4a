/// Arabic or Thai digits (๐–๙), a site option.
public enum Digits {
    public static func apply(_ text: String, _ style: DigitStyle) -> String {
        guard style == .thai else { return text }
        return String(
            text.unicodeScalars.map { scalar -> Character in
                guard ("0"..."9").contains(scalar) else { return Character(scalar) }
                // ๐ (U+0E50) to ๙ follow in the order of 0 to 9.
                return Unicode.Scalar(scalar.value - 0x30 + 0x0E50).map(Character.init) ?? Character(scalar)
            })
    }
}
