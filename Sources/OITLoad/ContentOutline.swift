import Foundation
import OITModel

/// What every agency of a build shares, read before any agency: the frameworks and the agency
/// folders to build. Its diagnostics are those `ContentLoader` reports outside any agency.
package struct ContentOutline {
    package var frameworks: [Int: Framework]
    /// The agency folders, by name, limited to the chosen ones (`--agency`).
    package var folders: [URL]
    package var diagnostics: Diagnostics

    package static func read(_ content: URL, agencies wanted: [String]) -> ContentOutline {
        guard let listing = Listing.read(content, agencies: wanted) else { return missing(content) }
        return ContentOutline(listing, frameworks: frameworks(content))
    }

    /// The agency folders to build and what listing them found, without the frameworks: enough to
    /// start looking for changed agencies while the frameworks are read (`frameworks(_:)`).
    package struct Listing {
        package var folders: [URL]
        package var diagnostics: Diagnostics

        /// Nil when the content folder is missing.
        package static func read(_ content: URL, agencies wanted: [String]) -> Listing? {
            guard ContentFolder.exists(content, directory: true) else { return nil }
            let context = LoadContext(root: content)
            let agenciesFolder = content.appending(path: "agencies")
            var folders = ContentFolder.subfolders(of: agenciesFolder, context)
            if folders.isEmpty {
                context.diagnostics.error(.noAgencies(context.sourceFile(agenciesFolder)), at: nil)
            }
            var diagnostics = context.diagnostics
            if !wanted.isEmpty {
                // As `Project.select` does: the other agencies and their messages are left out.
                var selection = Project(frameworks: [:], agencies: [])
                selection.select(wanted, in: content, diagnostics: &diagnostics)
                let names = Set(wanted)
                folders.removeAll { !names.contains($0.lastPathComponent) }
            }
            return Listing(folders: folders, diagnostics: diagnostics)
        }
    }

    /// The built-in frameworks and the content's own, with what reading them found.
    package static func frameworks(_ content: URL) -> (frameworks: [Int: Framework], diagnostics: Diagnostics) {
        let context = LoadContext(root: content)
        let frameworksFolder = content.appending(path: "frameworks")
        let frameworks = FrameworkLoader.loadAll(
            contentFolder: ContentFolder.exists(frameworksFolder, directory: true) ? frameworksFolder : nil, context)
        return (frameworks, context.diagnostics)
    }

    /// The outline of a content folder that is not there.
    package static func missing(_ content: URL) -> ContentOutline {
        var diagnostics = Diagnostics()
        diagnostics.error(.missingFolder(SourceFile(content.path)), at: nil)
        return ContentOutline(frameworks: [:], folders: [], diagnostics: diagnostics)
    }
}

extension ContentOutline {
    /// The frameworks' messages come first, as they are read first when loading the content.
    package init(_ listing: Listing, frameworks: (frameworks: [Int: Framework], diagnostics: Diagnostics)) {
        var diagnostics = frameworks.diagnostics
        diagnostics.append(contentsOf: listing.diagnostics)
        self.init(frameworks: frameworks.frameworks, folders: listing.folders, diagnostics: diagnostics)
    }
}
