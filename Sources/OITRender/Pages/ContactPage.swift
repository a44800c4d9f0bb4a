/// The contact page; its template reads the agency every page carries.
package struct ContactPage: PageModel {
    package static let template = "contact"
}
