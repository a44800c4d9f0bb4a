import OITLoad

/// The list the webmaster pastes into the assessment system (ITAS).
package struct SubmissionPage: PageModel {
    package static let template = "submission"

    package struct Row: Encodable {
        package var code: String
        package var title: String
        package var url: String
        /// The URL cut after each slash of its path, for `<wbr>` between the parts.
        package var urlParts: [String]
        package var explanation: String
        package var status: StatusView
    }

    package var year: String
    package var rows: [Row]
    package var csv: String
}
