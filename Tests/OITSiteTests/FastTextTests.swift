import Foundation
import Testing

@testable import OITCheck
@testable import OITLoad
@testable import OITModel
@testable import OITRender
@testable import OITSite
@testable import OITWrite

/// Byte-level shortcuts taken for speed give what the character-level code they replaced gives.
@Suite struct FastTextTests {
    /// Every scalar of the Basic Multilingual Plane, alone, after a Thai letter and before a
    /// combining mark.
    @Test func shortcutsMatchTheCharacterWalkForEveryScalar() {
        var mismatches: [String] = []
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(scalar), "ก" + String(scalar) + "x", "a/" + String(scalar) + "\u{301}b"] {
                let control = text.unicodeScalars.contains { $0 == "\\" || $0.properties.generalCategory == .control }
                if OutputFolder.hasBackslashOrControl(text) != control { mismatches.append("path U+\(hex(value))") }
                if SubmissionSheet.oneLine(text) != text.split(whereSeparator: \.isNewline).joined(separator: " ") {
                    mismatches.append("line U+\(hex(value))")
                }
                let address = "https://a.go.th/" + text
                let valid = !address.contains(where: { $0.isWhitespace })
                if WebAddress.isValid(address) != valid { mismatches.append("address U+\(hex(value))") }
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    /// `WebAddress` as it was, walking characters: the reference for its byte path.
    static func referenceIsValid(_ text: String) -> Bool {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"), !text.contains(where: { $0.isWhitespace })
        else { return false }
        let host = text.split(separator: "/", omittingEmptySubsequences: true).dropFirst().first ?? ""
        return host.contains(".") || host.hasPrefix("localhost")
    }

    @Test func webAddressesAsBefore() {
        let pieces = [
            "https://", "http://", "/", "//", ".", "a", "localhost", ":8080", " ", "\t", "\r\n", "ก", "\u{301}", "x.go.th",
            "?q=1",
        ]
        var generator = SplitMix64(seed: 2_567)
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...6, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            #expect(WebAddress.isValid(text) == Self.referenceIsValid(text), "\(text.debugDescription)")
            #expect(WebAddress.host(text) == text.split(separator: "/").dropFirst().first.map(String.init))
        }
    }

    @Test(arguments: ["", "\n", "a\r\nb", "\n\nสอง\u{2028}บรรทัด\n", "ไม่มี", "x\u{85}y", "\r", "a\u{0B}\u{0C}b"])
    func oneLineJoinsLines(_ text: String) {
        #expect(SubmissionSheet.oneLine(text) == text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }

    private func hex(_ value: UInt32) -> String { String(value, radix: 16) }
}

/// The fingerprint hash notices any one changed bit, wherever it lies in a word or the tail, and
/// no two such changes give the same hash.
@Suite struct FingerprintHashTests {
    @Test func everyChangedByteChangesTheHash() {
        let bytes = (0..<203).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        func hash(_ bytes: [UInt8]) -> UInt64 {
            var hasher = WordwiseFNVHash()
            bytes.withUnsafeBytes { hasher.add($0) }
            return hasher.value
        }
        let original = hash(bytes)
        var seen: Set<UInt64> = [original]
        for index in bytes.indices {
            for bit in 0..<8 {
                var changed = bytes
                changed[index] ^= 1 << bit
                seen.insert(hash(changed))
            }
        }
        #expect(seen.count == bytes.count * 8 + 1)
        #expect(hash(bytes) == original)
        #expect(hash([]) != hash([0]))
    }
}

/// Front matter found on bytes (text without CR) is what splitting the text into lines finds.
@Suite struct FrontMatterTests {
    /// The line-splitting parse `FrontMatter` used for every file before its byte path.
    static func reference(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first?.trimmingSpaces() == "---" else { return "none" }
        lines.removeFirst()
        guard let close = lines.firstIndex(where: { $0 == "---" || $0 == "..." }) else { return "unclosed" }
        return "yaml[" + lines[..<close].joined(separator: "\n") + "]body[" + lines[(close + 1)...].joined(separator: "\n") + "]"
    }

    static func described(_ split: FrontMatter.Split) -> String {
        switch split {
        case .none: return "none"
        case .unclosed: return "unclosed"
        case .found(let found): return "yaml[" + found.yaml + "]body[" + found.body + "]"
        }
    }

    @Test func matchesLineSplittingOnRandomTexts() {
        let pieces = ["---", "...", "\n", "\n", " ", "-", ".", "a: 1", "ก", "\u{301}", "\t", "--- ", "x", "\u{3000}"]
        var generator = SplitMix64(seed: 2_566)
        var mismatches: [String] = []
        for _ in 0..<20_000 {
            let count = Int.random(in: 0...12, using: &generator)
            let text = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            if Self.described(FrontMatter.parse(text)) != Self.reference(text) { mismatches.append(text) }
        }
        for text in ["---", "---\n", "---\n---", "---\n---\n", "---\na\n...\nbody\n", " --- \nx\n---\n\n", "---\n\n---"] {
            if Self.described(FrontMatter.parse(text)) != Self.reference(text) { mismatches.append(text) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10).map { $0.debugDescription })")
    }
}

@Suite struct QuestionOrderTests {
    @Test func sortedIsTheNaturalOrderWithTiesInTextOrder() {
        let codes = ["i10", "e2", "i2", "i1", "e10", "o3", "i01", "x", "i", "e1", "ก5", "i1"]
        #expect(QuestionOrder.sorted(codes) == ["e1", "e2", "e10", "i", "i01", "i1", "i1", "i2", "i10", "o3", "x", "ก5"])
        var generator = SplitMix64(seed: 2_568)
        for _ in 0..<200 {
            let shuffled = (1...40).map { "\(["i", "e", "o"].randomElement(using: &generator)!)\($0)" }
                .shuffled(using: &generator)
            #expect(QuestionOrder.sorted(shuffled) == shuffled.sorted(by: QuestionOrder.less))
        }
    }
}

@Suite struct TemplateFieldsTests {
    @Test func findsTheLastValueOfEachName() {
        var fields: TemplateFields = ["title": .text("a"), "t": .int(1), "ชื่อ": .bool(true)]
        fields.append("title", .text("b"))
        #expect(fields["title"] == .text("b"))
        #expect(fields["t"] == .int(1))
        #expect(fields["ชื่อ"] == .bool(true))
        #expect(fields["titles"] == nil && fields["titl"] == nil && fields["Title"] == nil && fields[""] == nil)
        #expect(fields == ["t": .int(1), "ชื่อ": .bool(true), "title": .text("b")])
        #expect(fields != ["t": .int(1), "ชื่อ": .bool(true), "title": .text("a")])
        #expect(fields.dictionary.count == 3)
    }
}
