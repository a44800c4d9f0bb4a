import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Real paths (symbolic links resolved) for deciding whether a file lies inside a folder.
///
/// Comparing the paths as written is not enough: `evidence/x.pdf` may be a link to `/etc/passwd`,
/// and `--output .` names the folder that holds the content. `realpath(3)` resolves every link
/// and reports a loop (ELOOP) instead of following it forever.
package enum RealPath {
    package enum Failure: Error, Equatable {
        /// A chain of links that never ends.
        case loop
        /// A link or path component that does not exist (or cannot be searched).
        case missing
    }

    /// The real path of an existing file or folder.
    package static func of(_ url: URL) -> Result<String, Failure> {
        guard let resolved = realpath(url.path, nil) else {
            return .failure(errno == ELOOP ? .loop : .missing)
        }
        defer { free(resolved) }
        return .success(String(cString: resolved))
    }

    /// The real path of a file that may not exist yet: its nearest existing ancestor resolved,
    /// then the missing components appended as written (after `..` and `.` are removed).
    package static func ofPossiblyMissing(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var missing: [String] = []
        while true {
            if case .success(let path) = of(existing) {
                return missing.reversed().reduce(path) { $0 == "/" ? "/" + $1 : $0 + "/" + $1 }
            }
            let parent = existing.deletingLastPathComponent()
            if parent.path == existing.path { return url.standardizedFileURL.path }
            missing.append(existing.lastPathComponent)
            existing = parent
        }
    }

    /// Whether `path` is `folder` or lies inside it; both must already be real paths.
    package static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// Whether the file at `url` (resolved) lies inside `folder` (resolved). A file that cannot be
    /// resolved is not inside.
    package static func isInside(_ url: URL, _ folder: URL) -> Bool {
        guard case .success(let path) = of(url), case .success(let root) = of(folder) else { return false }
        return isInside(path, root)
    }
}
