import Foundation

/// What `agency.yaml` says about the agency.
public struct AgencyProfile: Sendable {
    public var name: String
    public var nameEnglish: String?
    public var kind: String?
    public var district: String?
    public var province: String
    public var website: String
    /// Where the generated site is served; canonical links and the sitemap use it.
    public var baseURL: String
    public var address: String?
    public var phone: String?
    public var fax: String?
    public var email: String?
    public var social: [SocialLink]
    /// A file in the agency folder, relative to it.
    public var logo: String?
    /// The Garuda image (ตราครุฑ) the agency prints at the top left of its memos: a file in the
    /// agency folder. The product ships none; without it the memo shows no image.
    public var emblem: String?
    public var digits: DigitStyle
    public var source: SourceLocation
}
