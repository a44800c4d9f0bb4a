import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// The staging folder's subfolders: each made once, remembered until its agency is finished.
extension OutputFolder {
    /// The full path of `relativePath` in the staging folder, its folders created (each once).
    package func prepare(_ relativePath: String) throws -> String {
        guard let segments = Self.safeSegments(relativePath), segments != [Substring(OutputManifest.name)],
            segments != [Substring(OutputManifest.cacheName)]
        else {
            throw Failure.escapingPath(relativePath)
        }
        let folder = segments.dropLast().reduce(stagingPath) { $0 + "/" + $1 }
        if let code = createFolder(folder, group: segments.count > 1 ? segments[0] : "") {
            throw Failure.cannotWrite(path: relativePath, reason: String(cString: strerror(code)))
        }
        return folder + "/" + segments[segments.count - 1]
    }

    /// Creates `folder` and any missing parent inside the staging folder with one `mkdir` each,
    /// the first time it is asked for; nil, or the `errno` of the failure.
    private func createFolder(_ folder: String, group: Substring) -> Int32? {
        if folder == stagingPath || lock.withLock({ createdFolders[group]?.contains(folder) ?? false }) { return nil }
        if mkdir(folder, 0o777) != 0 {
            switch errno {
            case EEXIST:
                break
            case ENOENT:
                let parent = String(folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)])
                if let code = createFolder(parent, group: group) { return code }
                if mkdir(folder, 0o777) != 0, errno != EEXIST { return errno }
            case let code:
                return code
            }
        }
        _ = lock.withLock { createdFolders[group, default: []].insert(folder) }
        return nil
    }

    /// Says that nothing more is written under the top-level `folder` (an agency's): the folders
    /// remembered there are let go.
    public func finished(_ folder: String) { _ = lock.withLock { createdFolders.removeValue(forKey: Substring(folder)) } }
}
