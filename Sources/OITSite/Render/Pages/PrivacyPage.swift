/// What the site stores about readers, with a link to the agency's own personal-data policy.
struct PrivacyPage: PageModel {
    static let template = "privacy"

    var policy: LinkView?
}
