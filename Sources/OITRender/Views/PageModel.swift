import OITLoad

/// A page kind's model: the values its template reads, and the template's name. Every name a
/// template uses must be a stored property of its model; the template audit reports any other.
package protocol PageModel: Encodable {
    static var template: String { get }
}
