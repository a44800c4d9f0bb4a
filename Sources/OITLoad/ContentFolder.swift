import Foundation
import OITModel

/// Lists folders and files in a stable order, skipping hidden ones.
///
/// The variants that take a `LoadContext` report what the plain ones silently skip: a folder that
/// cannot be opened (permissions), a link loop, and an entry whose real path leaves the content
/// folder.
package enum ContentFolder {
    /// Whether `url` (links followed) is a folder, or something else that exists. One `stat`:
    /// FileManager's equivalents cost several calls each, for every file of every agency.
    package static func exists(_ url: URL, directory: Bool) -> Bool {
        var info = stat()
        guard stat(url.path, &info) == 0 else { return false }
        return ((info.st_mode & S_IFMT) == S_IFDIR) == directory
    }

    package static func children(of folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appending(path: $0) }
    }

    package static func subfolders(of folder: URL) -> [URL] {
        children(of: folder).filter { exists($0, directory: true) }
    }

    package static func files(in folder: URL, withExtension ext: String) -> [URL] {
        children(of: folder).filter { $0.pathExtension == ext && exists($0, directory: false) }
    }

    /// The visible entries of `folder` that lie inside the content folder; none, silently, when
    /// the folder does not exist; none, with an error, when it cannot be opened.
    package static func children(of folder: URL, _ context: LoadContext) -> [URL] {
        guard FileManager.default.fileExists(atPath: folder.path) || isLink(folder) else { return [] }
        guard context.checkInside(folder) else { return [] }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            let path = context.sourcePath(folder)
            context.diagnostics.error(.unreadableFolder(SourceFile(path)), at: .file(path))
            return []
        }
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appending(path: $0) }
    }

    /// Subfolders inside the content folder; a link among them that loops or leaves is reported.
    package static func subfolders(of folder: URL, _ context: LoadContext) -> [URL] {
        children(of: folder, context).filter { child in
            // One `lstat` for a plain entry (the agencies folder of a national build holds thousands).
            var info = stat()
            guard lstat(child.path, &info) == 0 else { return false }
            switch info.st_mode & S_IFMT {
            case S_IFDIR: return true
            case S_IFLNK: return !exists(child, directory: false) && context.checkInside(child) && exists(child, directory: true)
            default: return false
            }
        }
    }

    /// Files with `ext` inside the content folder; one that leaves it (through a link) is reported.
    package static func files(in folder: URL, withExtension ext: String, _ context: LoadContext) -> [URL] {
        children(of: folder, context).filter {
            $0.pathExtension == ext && exists($0, directory: false) && context.checkInside($0)
        }
    }

    package static func isLink(_ url: URL) -> Bool {
        var info = stat()
        return lstat(url.path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// A path written in content that must stay inside `folder` (no `..`, not absolute).
    package static func resolve(_ relative: String, in folder: URL) -> URL? {
        let parts = relative.split(separator: "/")
        guard !relative.hasPrefix("/"), !parts.isEmpty, !parts.contains(".."), !parts.contains(".") else { return nil }
        return folder.appending(path: relative)
    }

    /// Checks a file named in content (an evidence file, the logo) before it is published: written
    /// as a plain relative path, present, inside the content folder once links are resolved, and
    /// named so that it works in a link. Reports at `location` and returns false otherwise.
    package static func checkFile(_ relative: String, in folder: URL, at location: SourceLocation, _ context: LoadContext) -> Bool
    {
        guard let url = resolve(relative, in: folder) else {
            context.diagnostics.error(.outsideContent(SourceFile(relative)), at: location)
            return false
        }
        guard exists(url, directory: false) else {
            if case .failure(.loop) = RealPath.of(url) {
                context.diagnostics.error(.linkLoop(SourceFile(relative)), at: location)
            } else {
                context.diagnostics.error(.missingFile(SourceFile(relative)), at: location)
            }
            return false
        }
        guard context.checkInside(url, at: location) else { return false }
        for segment in relative.split(separator: "/") {
            if let bad = FileName.unsafeCharacter(in: String(segment)) {
                context.diagnostics.error(.unsafeFileName(relative, character: bad), at: location)
                return false
            }
        }
        return true
    }
}

/// File names that become parts of web addresses.
package enum FileName {
    /// The first character of `name` that breaks a relative link (`#` starts a fragment, `?` a
    /// query, `%` an escape, `:` a scheme; spaces and invisible characters are easily mistyped),
    /// shown as it should be named in a message; nil when the name is safe.
    package static func unsafeCharacter(in name: String) -> String? {
        let forbidden: Set<Unicode.Scalar> = ["#", "?", "%", ":", "\\", "\"", "<", ">", "|", "*", "^", "`", "{", "}"]
        for scalar in name.unicodeScalars {
            if forbidden.contains(scalar) { return "\"\(scalar)\"" }
            if scalar.properties.isWhitespace || Invisible.isInvisible(scalar) {
                return scalar == " " ? "space" : "U+" + String(format: "%04X", scalar.value)
            }
        }
        return nil
    }
}
