/// How sure the framework file is of a fact it states: `high` when an official document says it,
/// `medium` when independent public sources agree, `low` when one agency's practice suggests it.
public enum Confidence: String, Sendable, CaseIterable, Choice {
    case high, medium, low

    package var spellings: [String] { [rawValue] }
}
