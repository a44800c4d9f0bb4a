import OITCheck
import OITRender

/// One key and its value in a mapping written by an edit.
public struct YAMLEditPair: Hashable, Sendable {
    public var key: String
    public var value: YAMLEditValue

    public init(key: String, value: YAMLEditValue) {
        self.key = key
        self.value = value
    }
}
