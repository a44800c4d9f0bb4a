/// A progress report on a year's measures.
package struct ProgressPage: PageModel {
    package static let template = "progress"

    package var title: String
    package var round: String
    package var date: String?
    package var coverage: String
    package var measuresTotal: String
    package var measuresReported: String
    package var complete: Bool
    package var unreported: [LinkView]
    package var entries: [ProgressEntryView]
    package var memo: String?
}
