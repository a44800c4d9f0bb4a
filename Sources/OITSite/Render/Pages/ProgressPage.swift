/// A progress report on a year's measures.
struct ProgressPage: PageModel {
    static let template = "progress"

    var title: String
    var round: String
    var date: String?
    var coverage: String
    var measuresTotal: String
    var measuresReported: String
    var complete: Bool
    var unreported: [LinkView]
    var entries: [ProgressEntryView]
    var memo: String?
}
