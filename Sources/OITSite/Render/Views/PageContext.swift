/// What a page template sees: its own model under `page`, plus `root` and `agency`.
struct PageContext<Model: PageModel>: Encodable {
    var root: String
    var agency: AgencyView
    var page: Model
}
