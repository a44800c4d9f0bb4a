import Foundation

/// What every agency of a build shares, read before any agency: the frameworks and the agency
/// folders to build. Its diagnostics are those `ContentLoader` reports outside any agency.
struct ContentOutline {
    var frameworks: [Int: Framework]
    /// The agency folders, by name, limited to the chosen ones (`--agency`).
    var folders: [URL]
    var diagnostics: Diagnostics

    static func read(_ content: URL, agencies wanted: [String]) -> ContentOutline {
        let context = LoadContext(root: content)
        guard ContentFolder.exists(content, directory: true) else {
            context.diagnostics.error(.missingFolder(content.path), at: nil)
            return ContentOutline(frameworks: [:], folders: [], diagnostics: context.diagnostics)
        }
        let frameworksFolder = content.appendingPathComponent("frameworks")
        let frameworks = FrameworkLoader.loadAll(
            contentFolder: ContentFolder.exists(frameworksFolder, directory: true) ? frameworksFolder : nil, context)
        let agenciesFolder = content.appendingPathComponent("agencies")
        var folders = ContentFolder.subfolders(of: agenciesFolder, context)
        if folders.isEmpty {
            context.diagnostics.error(.noAgencies(context.displayPath(agenciesFolder)), at: nil)
        }
        var diagnostics = context.diagnostics
        if !wanted.isEmpty {
            // As `Project.select` does: the other agencies and their messages are left out.
            var selection = Project(frameworks: [:], agencies: [])
            selection.select(wanted, in: content, diagnostics: &diagnostics)
            let names = Set(wanted)
            folders.removeAll { !names.contains($0.lastPathComponent) }
        }
        return ContentOutline(frameworks: frameworks, folders: folders, diagnostics: diagnostics)
    }
}
