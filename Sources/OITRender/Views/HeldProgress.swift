/// The progress reports on the item that holds them (o43 in 2566).
package struct HeldProgress: Encodable {
    package struct Report: Encodable {
        package var title: String
        package var href: String
        package var coverage: String
        package var memo: String?
        package var entries: [ProgressEntryView]
    }

    package var reports: [Report]
    package var hasReports: Bool
}
