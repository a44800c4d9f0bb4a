import Foundation

/// Scores as published: two decimals, signed changes.
public enum Figures {
    public static func score(_ value: Double) -> String { String(format: "%.2f", PublishedScore.rounded(value)) }

    public static func change(_ value: Double) -> String {
        let rounded = PublishedScore.rounded(value)
        return rounded > 0 ? "+" + score(rounded) : rounded < 0 ? "−" + score(-rounded) : score(0)
    }
}
