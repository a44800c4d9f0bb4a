/// The top of the output: every agency of the build.
struct AgencyIndexPage: PageModel {
    static let template = "agencies"

    struct Row: Encodable {
        var name: String
        var place: String
        var href: String
    }

    var agencies: [Row]
    var root: String
    var lang = "th"
}
