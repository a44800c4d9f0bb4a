/// Arabic (default) or Thai digits on the agency's pages.
public enum DigitStyle: String, Sendable, CaseIterable, Choice {
    case arabic, thai
    package var spellings: [String] { self == .arabic ? ["arabic", "อารบิก"] : ["thai", "ไทย"] }
}
