import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// Saves an edited content file so that no edit is lost and no half-written file is ever read.
public enum ContentFileSave {
    /// Writes atomically (temporary file in the same folder + rename, keeping the file's permissions).
    /// When `expected` is given and the file's current bytes differ from it, nothing is written and
    /// `.changedOnDisk(current: Data)` is thrown, so the caller can show the difference.
    public static func write(_ text: String, to url: URL, expected: Data?) throws {
        let path = url.path
        let manager = FileManager.default
        if let expected {
            let current = manager.contents(atPath: path) ?? Data()
            if current != expected { throw YAMLEditError.changedOnDisk(current: current) }
        }
        // The temporary file is in the same folder, so the rename stays on one file system and
        // replaces the file in one step; it starts with a dot so that a build never reads it.
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appending(path: ".\(url.lastPathComponent).oit-\(UUID().uuidString).tmp")
        let permissions = (try? manager.attributesOfItem(atPath: path)[.posixPermissions]) as? NSNumber
        do {
            try Data(text.utf8).write(to: temporary)
            if let permissions {
                try manager.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            guard rename(temporary.path, path) == 0 else {
                throw YAMLEditError.refused(
                    .cannotWrite(path: SourceFile(path), reason: String(cString: strerror(errno))), at: .file(path))
            }
        } catch let error as YAMLEditError {
            try? manager.removeItem(at: temporary)
            throw error
        } catch {
            try? manager.removeItem(at: temporary)
            throw YAMLEditError.refused(.cannotWrite(path: SourceFile(path), reason: error.localizedDescription), at: .file(path))
        }
    }
}
