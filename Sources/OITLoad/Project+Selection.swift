import Foundation
import OITModel

/// What `--agency` and `--base-url` change in a loaded project before it is checked.
extension Project {
    /// Keeps only the named agencies (all when `slugs` is empty), and drops the messages about
    /// the files of the others, so that one agency's build is not failed by another's content.
    package mutating func select(_ slugs: [String], in contentFolder: URL, diagnostics: inout Diagnostics) {
        guard !slugs.isEmpty else { return }
        let wanted = Set(slugs)
        agencies.removeAll { !wanted.contains($0.slug) }
        // Paths in messages start with the content folder's name (see LoadContext.sourcePath).
        let prefix = contentFolder.standardizedFileURL.lastPathComponent + "/agencies/"
        diagnostics = diagnostics.filtered { diagnostic in
            guard let file = diagnostic.location?.file.path, file.hasPrefix(prefix) else { return true }
            let slug = file.dropFirst(prefix.count).prefix { $0 != "/" }
            return wanted.contains(String(slug))
        }
    }

    /// Every agency is served at `<baseURL><slug>/`, as the output folder lays them out.
    package mutating func serve(at baseURL: String) {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        for index in agencies.indices {
            agencies[index].profile.baseURL = base + agencies[index].slug + "/"
        }
    }

    /// The agency folder names of a content folder, for checking `--agency` before a build.
    public static func agencySlugs(in contentFolder: URL) -> [String] {
        ContentFolder.subfolders(of: contentFolder.appending(path: "agencies")).map(\.lastPathComponent).sorted()
    }
}
