import OITCheck
import OITLoad
import OITModel
import OITRender

/// One item of a new year's `year.yaml` as the scaffold plans it: what the item is, and what of
/// the old year's entry is carried into it.
struct ScaffoldEntry: Sendable {
    enum Kind: Sendable {
        /// An item of the new round's framework.
        case listed(FrameworkItem)
        /// An item a partial round does not list, carried with the title the old year gave it.
        case fromContent
        /// An old entry whose code the new round does not list: written as a comment so nothing the
        /// webmaster wrote is lost, and nothing the new round rejects is read.
        case keptAsComment(oldTitle: String?)
        /// An item of the framework that the new year already has as `items/<code>.md`: writing it
        /// in `year.yaml` too would define it twice.
        case inItemsFile(FrameworkItem, path: String)
    }

    /// Evidence as carried: links stay; a file stays only where the new year folder has it.
    enum CarriedEvidence: Sendable, Equatable {
        case url(title: String, url: String)
        case file(title: String, path: String)
        /// The old year's file, not yet in the new year folder: the title is kept and the webmaster
        /// is told to add the file.
        case fileToAdd(title: String, path: String)
    }

    var code: String
    var kind: Kind
    /// The old year's entry, if it had one.
    var previous: ItemEntry?
    var evidence: [CarriedEvidence]

    /// Title, group and element texts the old entry gave for an item (used by `fromContent` and
    /// kept in comments).
    var definition: ItemDefinition { previous?.definition ?? ItemDefinition() }
}
