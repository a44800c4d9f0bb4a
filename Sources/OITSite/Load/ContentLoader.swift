import Foundation

/// Step 1 of the pipeline: reads the content folder, keeping where each value was written.
public enum ContentLoader {
    public static func load(from contentFolder: URL) -> (Project, Diagnostics) {
        let context = LoadContext(root: contentFolder)
        guard ContentFolder.exists(contentFolder, directory: true) else {
            context.diagnostics.error(.missingFolder(contentFolder.path), at: nil)
            return (Project(frameworks: [:], agencies: []), context.diagnostics)
        }
        let frameworksFolder = contentFolder.appendingPathComponent("frameworks")
        let frameworks = FrameworkLoader.loadAll(
            contentFolder: ContentFolder.exists(frameworksFolder, directory: true) ? frameworksFolder : nil, context)
        let agenciesFolder = contentFolder.appendingPathComponent("agencies")
        let folders = ContentFolder.subfolders(of: agenciesFolder, context)
        if folders.isEmpty {
            context.diagnostics.error(.noAgencies(context.displayPath(agenciesFolder)), at: nil)
        }
        let agencies = folders.compactMap { AgencyLoader.load($0, context) }
        return (Project(frameworks: frameworks, agencies: agencies), context.diagnostics)
    }
}
