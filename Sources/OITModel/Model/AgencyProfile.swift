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
    /// The agency's code in ITAS (`itas_code:`), as written: Check validates it and makes the
    /// survey links from it. A year's `year.yaml` may name another for its round.
    public var itasCode: Located<String>? = nil
    /// Whether pages show the staff survey (IIT) link too (`itas_show_iit: true`): it is for the
    /// agency's own staff, so it is shown only where the agency asks.
    public var itasShowIIT = false

    package init(
        name: String,
        nameEnglish: String? = nil,
        kind: String? = nil,
        district: String? = nil,
        province: String,
        website: String,
        baseURL: String,
        address: String? = nil,
        phone: String? = nil,
        fax: String? = nil,
        email: String? = nil,
        social: [SocialLink],
        logo: String? = nil,
        emblem: String? = nil,
        digits: DigitStyle,
        source: SourceLocation,
        itasCode: Located<String>? = nil,
        itasShowIIT: Bool = false
    ) {
        self.name = name
        self.nameEnglish = nameEnglish
        self.kind = kind
        self.district = district
        self.province = province
        self.website = website
        self.baseURL = baseURL
        self.address = address
        self.phone = phone
        self.fax = fax
        self.email = email
        self.social = social
        self.logo = logo
        self.emblem = emblem
        self.digits = digits
        self.source = source
        self.itasCode = itasCode
        self.itasShowIIT = itasShowIIT
    }
}
