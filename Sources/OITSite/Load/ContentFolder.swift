import Foundation

/// Lists folders and files in a stable order, skipping hidden ones.
enum ContentFolder {
    static func exists(_ url: URL, directory: Bool) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue == directory
    }

    static func children(of folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { !$0.hasPrefix(".") }.sorted().map { folder.appendingPathComponent($0) }
    }

    static func subfolders(of folder: URL) -> [URL] {
        children(of: folder).filter { exists($0, directory: true) }
    }

    static func files(in folder: URL, withExtension ext: String) -> [URL] {
        children(of: folder).filter { $0.pathExtension == ext && exists($0, directory: false) }
    }

    /// A path written in content that must stay inside `folder` (no `..`, not absolute).
    static func resolve(_ relative: String, in folder: URL) -> URL? {
        let parts = relative.split(separator: "/")
        guard !relative.hasPrefix("/"), !parts.isEmpty, !parts.contains(".."), !parts.contains(".") else { return nil }
        return folder.appendingPathComponent(relative)
    }
}
