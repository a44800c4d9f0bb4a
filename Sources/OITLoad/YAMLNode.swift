import OITModel
import Yams

/// A YAML node together with the place it was written, so that every later check can point at it.
public struct YAMLNode: Sendable {
    public enum Value: Sendable {
        /// `plain` is false for quoted and block scalars: `"2566"` stays text.
        case scalar(String, plain: Bool)
        case mapping([(key: YAMLNode, value: YAMLNode)])
        case sequence([YAMLNode])
    }

    public var value: Value
    public var location: SourceLocation

    /// A plain `~`, `null` or empty scalar: the key is written but has no value.
    public var isNull: Bool {
        if case .scalar(let text, plain: true) = value {
            return ["", "~", "null", "Null", "NULL"].contains(text)
        }
        return false
    }

    public var scalar: String? {
        if case .scalar(let text, _) = value { return text }
        return nil
    }
}
