import Foundation

/// One JSON object on one line, made by Foundation's encoder (keys sorted, so the same value
/// always gives the same bytes; slashes in paths left as they are).
public enum JSONLine {
    public static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and numbers cannot fail.
        return String(decoding: (try? encoder.encode(value)) ?? Data("{}".utf8), as: UTF8.self)
    }
}
