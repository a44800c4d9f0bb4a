/// One step of the breadcrumb trail; the current page has no link.
struct Crumb: Encodable {
    var title: String
    var href: String?
}
