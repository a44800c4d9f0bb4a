/// A year's measures, each with what it addresses and its progress entries.
package struct MeasuresPage: PageModel {
    package static let template = "measures"

    package struct MeasureView: Encodable {
        package var anchor: String
        package var id: String
        package var title: String
        package var addresses: [RefView]
        package var issue: String?
        package var steps: [String]
        package var period: String?
        package var units: String?
        package var progress: [ProgressLinkView]
    }

    /// A reference that links where its target has a page.
    package struct RefView: Encodable {
        package var title: String
        package var href: String?
    }

    package struct ProgressLinkView: Encodable {
        package var title: String
        package var href: String
        package var status: StatusView
    }

    package var year: String
    package var basis: LinkView?
    package var measures: [MeasureView]
}
