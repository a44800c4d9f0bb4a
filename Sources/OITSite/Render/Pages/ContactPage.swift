/// The contact page; its template reads the agency every page carries.
struct ContactPage: PageModel {
    static let template = "contact"
}
