import OITLoad

/// The top of the output: every agency of the build.
package struct AgencyIndexPage: PageModel {
    package static let template = "agencies"

    package struct Row: Encodable {
        package var name: String
        package var place: String
        package var href: String
    }

    package var agencies: [Row]
    package var root: String
    package var lang = "th"
}
