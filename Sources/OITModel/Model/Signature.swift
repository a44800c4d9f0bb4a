/// A signature block under a memo.
public struct Signature: Sendable {
    public var name: String?
    public var position: String?

    package init(name: String? = nil, position: String? = nil) {
        self.name = name
        self.position = position
    }
}
