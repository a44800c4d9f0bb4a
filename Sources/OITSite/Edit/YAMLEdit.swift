import OITLoad
import OITRender

/// One change to a YAML document: the value at `path` becomes `value` (or is removed).
public struct YAMLEdit: Hashable, Sendable {
    public var path: YAMLKeyPath
    public var value: YAMLEditValue

    public init(path: YAMLKeyPath, value: YAMLEditValue) {
        self.path = path
        self.value = value
    }
}
