/// The progress reports on the item that holds them (o43 in 2566).
struct HeldProgress: Encodable {
    struct Report: Encodable {
        var title: String
        var href: String
        var coverage: String
        var memo: String?
        var entries: [ProgressEntryView]
    }

    var reports: [Report]
    var hasReports: Bool
}
