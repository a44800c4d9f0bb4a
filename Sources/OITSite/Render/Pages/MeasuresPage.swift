/// A year's measures, each with what it addresses and its progress entries.
struct MeasuresPage: PageModel {
    static let template = "measures"

    struct MeasureView: Encodable {
        var anchor: String
        var id: String
        var title: String
        var addresses: [RefView]
        var issue: String?
        var steps: [String]
        var period: String?
        var units: String?
        var progress: [ProgressLinkView]
    }

    /// A reference that links where its target has a page.
    struct RefView: Encodable {
        var title: String
        var href: String?
    }

    struct ProgressLinkView: Encodable {
        var title: String
        var href: String
        var status: StatusView
    }

    var year: String
    var basis: LinkView?
    var measures: [MeasureView]
}
