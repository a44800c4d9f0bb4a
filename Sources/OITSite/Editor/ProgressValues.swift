import OITCheck
import OITLoad
import OITModel
import OITRender

/// A progress report (`progress/<name>.yaml`) as the editor's form shows and posts it: the date in
/// พ.ศ. (`16/10/2566`), one entry per measure of the year. Two equal values mean no edit.
public struct ProgressValues: Equatable, Sendable {
    /// One measure's state in the report, with the position its entry has in the file (nil: the
    /// measure has no entry yet; it is written only once a status is chosen).
    public struct Entry: Equatable, Sendable {
        public var measure: String
        public var status = ""
        public var summary = ""
        public var outcome = ""
        public var evidence: [ItemValues.Evidence] = []
        public var origin: Int?

        public init(measure: String, origin: Int? = nil) {
            self.measure = measure
            self.origin = origin
        }
    }

    /// `ProgressReport.Round.rawValue`.
    public var round = ""
    public var date = ""
    public var title = ""
    public var entries: [Entry] = []

    public init() {}

    /// The report's values, then an empty entry for each of `measures` (ids of the year's
    /// measures) the report does not mention yet.
    public init(_ report: ProgressReport, measures: [String]) {
        round = report.round.rawValue
        date = report.date.map { BuddhistDateInput.format($0.value) } ?? ""
        title = report.title ?? ""
        entries = report.entries.enumerated().map { index, loaded in
            var entry = Entry(measure: loaded.measure.value, origin: index)
            entry.status = loaded.status.rawValue
            entry.summary = (loaded.summary ?? "").trimmingSpacesAndNewlines()
            entry.outcome = (loaded.outcome ?? "").trimmingSpacesAndNewlines()
            entry.evidence = loaded.evidence.map { item in
                switch item.target {
                case .url(let url): return ItemValues.Evidence(title: item.title, url: url)
                case .file(let file): return ItemValues.Evidence(title: item.title, file: file)
                }
            }
            return entry
        }
        let reported = Set(entries.map(\.measure))
        entries += measures.filter { !reported.contains($0) }.map { Entry(measure: $0) }
    }

    /// The status choices of a measure (the item statuses but "not applicable"), labelled in `language`.
    public static func statuses(in language: Language) -> [(value: String, label: String)] {
        ItemForm.statuses(in: language).filter { ProgressStatus(rawValue: $0.value) != nil }
    }

    /// The round choices, labelled in `language`.
    public static func rounds(in language: Language) -> [(value: String, label: String)] {
        ProgressReport.Round.allCases.map { round in
            let months = round == .sixMonth ? 6 : 12
            return (round.rawValue, language == .thai ? "รอบ \(months) เดือน" : "\(months)-month")
        }
    }
}
