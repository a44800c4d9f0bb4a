/// One step of the breadcrumb trail; the current page has no link.
package struct Crumb: Encodable {
    package var title: String
    package var href: String?
}
