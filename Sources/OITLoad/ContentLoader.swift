import Foundation
import OITModel

/// Step 1 of the pipeline: reads the content folder, keeping where each value was written.
public enum ContentLoader {
    public static func load(from contentFolder: URL) -> (Project, Diagnostics) {
        let outline = ContentOutline.read(contentFolder, agencies: [])
        let context = LoadContext(root: contentFolder)
        let agencies = outline.folders.compactMap { AgencyLoader.load($0, context) }
        var diagnostics = outline.diagnostics
        diagnostics.append(contentsOf: context.diagnostics)
        return (Project(frameworks: outline.frameworks, agencies: agencies), diagnostics)
    }
}
