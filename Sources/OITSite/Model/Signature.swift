/// A signature block under a memo.
public struct Signature: Sendable {
    public var name: String?
    public var position: String?
}
