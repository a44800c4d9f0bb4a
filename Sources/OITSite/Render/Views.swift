/// Values the templates read. Every name a template uses must be a stored property here: the
/// template test fails on any name a model does not provide.

struct LinkView {
    var title: String
    /// Relative to the agency's root folder; templates prefix it with `{{root}}`.
    var href: String
}

struct Crumb {
    var title: String
    var href: String?
}

/// The agency as every page shows it, built once per agency.
struct AgencyView {
    var name: String
    var nameEnglish: String?
    var kind: String?
    var place: String
    var website: String
    var address: String?
    var phone: String?
    var fax: String?
    var email: String?
    var social: [LinkView]
    var logo: String?
}

struct YearLink {
    var label: String
    var href: String
    var round: String
    var percentDone: String
    var result: LinkView?
}

/// The frame around every page.
struct LayoutView {
    var lang = "th"
    var title: String
    var description: String
    var root: String
    var canonical: String
    var agency: AgencyView
    var years: [YearLink]
    var crumbs: [Crumb]
    var hasCrumbs: Bool
    var content: String
}

struct StatusView {
    var key: String
    var label: String
}

extension StatusView {
    static let missing = StatusView(key: "missing", label: "ยังไม่มีข้อมูล")

    init(_ status: ItemStatus) {
        switch status {
        case .done: self.init(key: "done", label: "ดำเนินการแล้ว")
        case .inProgress: self.init(key: "in-progress", label: "อยู่ระหว่างดำเนินการ")
        case .notStarted: self.init(key: "not-started", label: "ยังไม่ได้ดำเนินการ")
        case .notApplicable: self.init(key: "n-a", label: "ไม่เกี่ยวข้อง")
        }
    }

    init(_ status: ProgressStatus) { self.init(status.itemStatus) }
}

struct CountsView {
    var total: String
    var done: String
    var inProgress: String
    var notStarted: String
    var notApplicable: String
    var missing: String
    var percentDone: String
}

struct EvidenceView {
    var title: String
    var href: String
    /// A file kept with the site (relative link) rather than a web address.
    var isFile: Bool
    var host: String?
}
