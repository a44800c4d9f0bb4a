/// The kinds of value a key can hold, named for messages.
public enum ValueKind: String, Sendable {
    case mapping, list, text, number, wholeNumber, date, yesNo
}
