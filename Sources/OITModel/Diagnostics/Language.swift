/// The language of messages shown to people. Thai by default: webmasters read Thai.
public enum Language: String, Sendable, CaseIterable {
    case thai = "th"
    case english = "en"
}
