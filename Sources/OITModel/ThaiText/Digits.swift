/// Arabic or Thai digits (๐–๙): a site option for pages, and both read where clerks type numbers.
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

    /// The other way, for what clerks type: each Thai digit as its Arabic one, the rest as it is.
    public static func arabic(_ text: String) -> String {
        String(
            text.unicodeScalars.map { scalar -> Character in
                guard (0x0E50...0x0E59).contains(scalar.value) else { return Character(scalar) }
                return Unicode.Scalar(scalar.value - 0x0E50 + 0x30).map(Character.init) ?? Character(scalar)
            })
    }
}
