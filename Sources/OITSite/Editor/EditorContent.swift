import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// The content folder as the editor reads it: the agencies' folder names, one agency loaded and
/// checked with the same checks as the build (`CheckedAgency`, as an incremental build checks an
/// agency), and paths that never leave the content folder.
public struct EditorContent: Sendable {
    /// One agency as loaded and checked, with every problem the build would report for it.
    public struct Checked: Sendable {
        public var agency: Agency?
        public var assessment: Assessment
        public var diagnostics: Diagnostics
        public var frameworks: [Int: Framework]
        /// The folder name, whether or not it loaded.
        public var slug: String
    }

    public let root: URL

    public init(root: URL) { self.root = root.standardizedFileURL }

    /// The agency folders' names, sorted.
    public func agencySlugs() -> [String] {
        guard let listing = ContentOutline.Listing.read(root, agencies: []) else { return [] }
        return listing.folders.map(\.lastPathComponent).sorted()
    }

    /// The agency's `name:` from its `agency.yaml` (trimmed), nil when the file is missing, does not
    /// parse or has no name: the agency list then shows the folder name. Reads only that file.
    public func agencyName(_ slug: String) -> String? {
        guard agencySlugs().contains(slug), let url = file(["agencies", slug, "agency.yaml"]) else { return nil }
        let context = LoadContext(root: root)
        let name = context.readMapping(url) { $0.text("name")?.value }?.trimmingSpacesAndNewlines()
        return name?.isEmpty == false ? name : nil
    }

    /// The agency `slug` loaded and checked; nil when there is no such agency folder (only a name
    /// from `agencySlugs()` is accepted, so a request path never names another folder).
    public func check(_ slug: String) -> Checked? {
        guard agencySlugs().contains(slug) else { return nil }
        let frameworks = ContentOutline.frameworks(root).frameworks
        let folder = root.appending(path: "agencies").appending(path: slug)
        let checked = CheckedAgency.load(folder, content: root, frameworks: frameworks, baseURL: nil, today: CheckDate.today())
        return Checked(
            agency: checked.agency, assessment: checked.assessment, diagnostics: checked.diagnostics,
            frameworks: frameworks, slug: slug)
    }

    /// A file of the content folder by its parts (`agencies`, slug, year, `year.yaml`), nil when a
    /// part is empty, hidden (`..`, `.git`) or has a separator, or when, links resolved, the file
    /// would lie outside the content folder: the build's own guard (`RealPath`).
    public func file(_ parts: [String]) -> URL? {
        guard !parts.isEmpty,
            parts.allSatisfy({ !$0.isEmpty && !$0.hasPrefix(".") && !$0.contains("/") && !$0.contains("\\") })
        else { return nil }
        let url = parts.reduce(root) { $0.appending(path: $1) }
        let resolved = RealPath.ofPossiblyMissing(url)
        return RealPath.isInside(resolved, RealPath.ofPossiblyMissing(root)) ? url : nil
    }

    /// The path diagnostics name `url` by (`Content/agencies/x/2566/year.yaml`).
    public func sourcePath(_ url: URL) -> String {
        LoadContext(root: root).sourcePath(url)
    }
}
