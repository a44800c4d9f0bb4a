import OITCheck
import OITModel

/// An item's or a measure's state: a key for styling and its Thai label.
package struct StatusView: Encodable {
    package var key: String
    package var label: String

    package static let missing = StatusView(key: "missing", label: PageText.missing)

    package init(key: String, label: String) {
        self.key = key
        self.label = label
    }

    package init(_ status: ItemStatus) {
        switch status {
        case .done: self.init(key: "done", label: PageText.done)
        case .inProgress: self.init(key: "in-progress", label: PageText.inProgress)
        case .notStarted: self.init(key: "not-started", label: PageText.notStarted)
        case .notApplicable: self.init(key: "n-a", label: PageText.notApplicable)
        }
    }

    package init(_ status: ProgressStatus) { self.init(status.itemStatus) }
}
