import OITLoad
import OITModel
import OITRender
import OITWrite

/// A score (0–100) or threshold as a clerk types it: Arabic or Thai digits (`๘๘.๐๕`), an optional
/// fraction. Stored as Arabic digits, exactly as typed otherwise (`74.20` stays `74.20`).
public enum ScoreInput {
    /// Why a typed score was refused, in the clerk's language.
    public enum Refusal: Error, Equatable, Sendable {
        case notANumber(String)
        case outOfRange(String)

        public func text(in language: Language) -> String {
            switch (self, language) {
            case (.notANumber(let typed), .thai): return "“\(typed)” ไม่ใช่ตัวเลข: พิมพ์คะแนน 0–100 เช่น 88.05"
            case (.notANumber(let typed), .english): return "“\(typed)” is not a number: type a score from 0 to 100, e.g. 88.05"
            case (.outOfRange(let typed), .thai): return "คะแนน \(typed) อยู่นอกช่วง 0–100"
            case (.outOfRange(let typed), .english): return "the score \(typed) is outside 0–100"
            }
        }
    }

    /// The score as the file will hold it; nil for an empty field (the key is removed).
    public static func parse(_ typed: String) throws(Refusal) -> String? {
        let text = Digits.arabic(typed.trimmingSpacesAndNewlines())
        guard !text.isEmpty else { return nil }
        guard let number = Scalars.plainDecimal(text) else { throw .notANumber(typed.trimmingSpacesAndNewlines()) }
        guard (0...100).contains(number) else { throw .outOfRange(text) }
        return text
    }

    /// Whether two texts of a field hold the same score (`74.2` and `74.20`), so that retyping a
    /// value in another form writes nothing.
    public static func same(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        guard let x = Scalars.plainDecimal(a), let y = Scalars.plainDecimal(b) else { return false }
        return x == y
    }
}
