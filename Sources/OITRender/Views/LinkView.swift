import OITLoad

/// A link within the agency's site.
package struct LinkView: Encodable {
    package var title: String
    /// Relative to the agency's root folder; templates prefix it with `{{root}}`.
    package var href: String
}
