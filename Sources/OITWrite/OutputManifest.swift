import Foundation
import OITCheck
import OITLoad
import OITRender

/// The small file oit writes at the top of every output folder. Its presence is what allows a later
/// build to delete and replace the folder; a folder without it is never deleted.
package enum OutputManifest {
    package static let name = ".oit-output"
    /// The file the incremental build keeps its cache in (`BuildCache`), beside the manifest: no
    /// page may take either name.
    package static let cacheName = ".oit-cache.json"

    package static var text: String {
        "This folder is written by oit (OIT Site). The next build deletes and replaces it.\n"
            + "โฟลเดอร์นี้สร้างโดย oit การสร้างเว็บไซต์ครั้งต่อไปจะลบและเขียนใหม่ทั้งโฟลเดอร์\n"
    }

    package static func isPresent(in folder: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let url = folder.appending(path: name)
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    package static func write(into folder: URL) throws {
        try Data(text.utf8).write(to: folder.appending(path: name))
    }
}
