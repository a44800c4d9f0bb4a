/// A link within the agency's site.
struct LinkView: Encodable {
    var title: String
    /// Relative to the agency's root folder; templates prefix it with `{{root}}`.
    var href: String
}
