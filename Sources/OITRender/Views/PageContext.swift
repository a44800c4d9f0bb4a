import OITLoad

/// What a page template sees: its own model under `page`, plus `root` and `agency`.
package struct PageContext<Model: PageModel>: Encodable {
    package var root: String
    package var agency: AgencyView
    package var page: Model
}
