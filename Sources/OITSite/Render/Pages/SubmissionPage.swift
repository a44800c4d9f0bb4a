/// The list the webmaster pastes into the assessment system (ITAS).
struct SubmissionPage: PageModel {
    static let template = "submission"

    struct Row: Encodable {
        var code: String
        var title: String
        var url: String
        /// The URL cut after each slash of its path, for `<wbr>` between the parts.
        var urlParts: [String]
        var explanation: String
        var status: StatusView
    }

    var year: String
    var rows: [Row]
    var csv: String
}
