import OITModel

/// Trimming without Foundation's `trimmingCharacters(in:)`, which copies the text into an
/// `NSString` and walks it in UTF-16: measurable when every scalar of every content file is
/// trimmed, as the loaders do. Most values have nothing to trim and come back without a copy.
///
/// The sets are Foundation's own (swift-corelibs-foundation's `CFCharacterSet`): "whitespace" is
/// space, tab, no-break space, U+1680, U+2000–U+200B, U+202F, U+205F and U+3000; "newlines" adds
/// U+000A–U+000D, U+0085, U+2028 and U+2029. A test compares both on edge cases.
extension StringProtocol {
    /// `trimmingCharacters(in: .whitespaces)`.
    package func trimmingSpaces() -> String { trimming(Self.isSpace) }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    package func trimmingSpacesAndNewlines() -> String { trimming { Self.isSpace($0) || Self.isNewline($0) } }

    private func trimming(_ drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !drop($0) }), let last = scalars.lastIndex(where: { !drop($0) })
        else { return "" }
        if first == scalars.startIndex, scalars.index(after: last) == scalars.endIndex { return String(self) }
        // Scalar by scalar: a string subscript could round to a character boundary.
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[first...last])
        return String(trimmed)
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    private static func isNewline(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }
}
