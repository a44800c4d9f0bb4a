import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// Decides whether a build may replace its output folder.
///
/// Replacing the output deletes what was there, so the output must be a folder only oit writes:
/// never the content or theme folder, a folder holding them or lying inside them, an existing
/// file, or a folder of someone else's files. oit marks its own output with a manifest file
/// (`OutputManifest`); a non-empty folder without one is refused.
public enum OutputGuard {
    /// Why an output folder was refused (a message's subject, so it lives beside `Message`).
    public typealias Refusal = OutputRefusal
    public typealias SourceFolder = OutputRefusal.SourceFolder

    /// Nil when a build may write `output`; checked before anything is written.
    public static func check(output: URL, content: URL, theme: URL?) -> Refusal? {
        let target = RealPath.ofPossiblyMissing(output)
        for (role, folder) in [(SourceFolder.content, content), (.theme, theme)] {
            guard let folder else { continue }
            let source = RealPath.ofPossiblyMissing(folder)
            if target == source { return .isSource(role) }
            if RealPath.isInside(target, source), role == .theme || readsFolder(of: target, inContent: source) {
                return .insideSource(role)
            }
            if RealPath.isInside(source, target) { return .containsSource(role) }
        }
        return mayReplace(output)
    }

    /// The folders of the content that a build reads. An output elsewhere in the content folder
    /// (`Site/` beside `agencies/` in a project made by `oit init`) is never read, so it may be there.
    package static let contentFoldersRead = ["agencies", "frameworks", "templates"]

    private static func readsFolder(of target: String, inContent content: String) -> Bool {
        let relative = target.dropFirst(content.count).split(separator: "/")
        guard let first = relative.first else { return true }
        return contentFoldersRead.contains(String(first))
    }

    /// Nil when `folder` is absent, empty, or written by oit (so it may be deleted and replaced).
    package static func mayReplace(_ folder: URL) -> Refusal? {
        let files = FileManager.default
        var isDirectory: ObjCBool = false
        // A link to elsewhere is refused too: the build would replace the link, not its folder,
        // but the user most likely meant the folder.
        if let type = try? files.attributesOfItem(atPath: folder.path)[.type] as? FileAttributeType,
            type == .typeSymbolicLink
        {
            return .foreignFolder
        }
        guard files.fileExists(atPath: folder.path, isDirectory: &isDirectory) else { return nil }
        guard isDirectory.boolValue else { return .isFile }
        if OutputManifest.isPresent(in: folder) { return nil }
        let names = (try? files.contentsOfDirectory(atPath: folder.path)) ?? ["?"]
        return names.isEmpty ? nil : .foreignFolder
    }
}
