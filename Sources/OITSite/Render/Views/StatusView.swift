/// An item's or a measure's state: a key for styling and its Thai label.
struct StatusView: Encodable {
    var key: String
    var label: String

    static let missing = StatusView(key: "missing", label: PageText.missing)

    init(key: String, label: String) {
        self.key = key
        self.label = label
    }

    init(_ status: ItemStatus) {
        switch status {
        case .done: self.init(key: "done", label: PageText.done)
        case .inProgress: self.init(key: "in-progress", label: PageText.inProgress)
        case .notStarted: self.init(key: "not-started", label: PageText.notStarted)
        case .notApplicable: self.init(key: "n-a", label: PageText.notApplicable)
        }
    }

    init(_ status: ProgressStatus) { self.init(status.itemStatus) }
}
