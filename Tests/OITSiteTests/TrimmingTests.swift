import Foundation
import Testing

@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite

/// The loaders' trimming matches Foundation's `trimmingCharacters(in:)` it replaced.
@Suite struct TrimmingTests {
    /// Every scalar of the Basic Multilingual Plane, before and after text, both ways.
    @Test func matchesFoundationForEveryScalar() {
        var mismatches: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(scalar) + "ก" + String(scalar)
            if text.trimmingSpaces() != text.trimmingCharacters(in: .whitespaces) {
                mismatches.append("spaces U+" + String(value, radix: 16))
            }
            if text.trimmingSpacesAndNewlines() != text.trimmingCharacters(in: .whitespacesAndNewlines) {
                mismatches.append("newlines U+" + String(value, radix: 16))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test(arguments: [
        "", " ", "\t\n", "ไม่มีช่องว่าง", "  ข้อความ  ", "\u{200B}x\u{200B}", " \u{301}abc", "a \u{E49}",
        "\r\nline\r\n", "\u{3000}全角\u{3000}", "x\u{2028}", "  two  words  ",
    ])
    func matchesFoundation(_ text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingSpacesAndNewlines() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(Substring(text).trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
    }
}
