/// What the site stores about readers, with a link to the agency's own personal-data policy.
package struct PrivacyPage: PageModel {
    package static let template = "privacy"

    package var policy: LinkView?
}
