/// A social-network page of the agency.
public struct SocialLink: Sendable {
    public var name: String
    public var url: String
}
