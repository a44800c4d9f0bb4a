import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// Finds the content folder the way git finds `.git`: from the current folder upward, the first
/// folder that holds `agencies/` (a project made by `oit init`) or `Content/agencies/` (the layout
/// of the tool's own repository). Every command that reads content finds it this one way, so
/// `oit new year` run where `oit build` works finds the same agencies, and a clerk who runs a
/// command inside a year folder still reaches the project.
public struct ContentSearch: Sendable {
    /// Where the content was found.
    public struct Found: Sendable, Equatable {
        /// The folder that holds `agencies/`.
        public var content: URL
        /// The project folder: where `Site/` goes by default (the content folder, or the folder
        /// that holds `Content/`).
        public var project: URL
        /// The content folder as a path from the current folder (`.`, `../..`, `Content`), the
        /// way messages show it.
        public var argument: String
    }

    /// No folder on the way up holds `agencies/`: the folders that were looked at, nearest first.
    public struct NotFound: Error, Sendable, Equatable {
        public var searched: [String]
    }

    public var current: URL

    public init(current: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) {
        self.current = current.standardizedFileURL
    }

    /// The content folder given with `--content` (taken as it is: the loader reports it when it is
    /// missing), or found from the current folder upward.
    public func locate(given: String?) -> Result<Found, NotFound> {
        if let given {
            let content = URL(fileURLWithPath: given, relativeTo: current).standardizedFileURL
            return .success(Found(content: content, project: current, argument: given))
        }
        var searched: [String] = []
        var folder = current
        while true {
            searched.append(folder.path)
            if Self.holdsAgencies(folder) {
                return .success(Found(content: folder, project: folder, argument: relativePath(to: folder)))
            }
            let nested = folder.appending(path: "Content")
            if Self.holdsAgencies(nested) {
                return .success(Found(content: nested, project: folder, argument: relativePath(to: nested)))
            }
            let parent = folder.deletingLastPathComponent().standardizedFileURL
            if parent.path == folder.path { return .failure(NotFound(searched: searched)) }
            folder = parent
        }
    }

    /// `folder` as typed from the current folder: `.`, `..`, `../..`, or a name below it.
    public func relativePath(to folder: URL) -> String {
        let from = current.pathComponents
        let to = folder.standardizedFileURL.pathComponents
        var shared = 0
        while shared < min(from.count, to.count), from[shared] == to[shared] { shared += 1 }
        let ups = Array(repeating: "..", count: from.count - shared)
        let path = (ups + to[shared...]).joined(separator: "/")
        return path.isEmpty ? "." : path
    }

    private static func holdsAgencies(_ folder: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.appending(path: "agencies").path, isDirectory: &isFolder)
            && isFolder.boolValue
    }
}

extension ContentSearch.NotFound {
    /// What was searched and the two ways on: start a project, or say where the content is.
    public func text(in language: Language) -> String {
        let list = searched.joined(separator: ", ")
        return Wording(
            th: "ไม่พบโฟลเดอร์เนื้อหา: ไม่มีโฟลเดอร์ agencies/ ในโฟลเดอร์นี้หรือโฟลเดอร์ที่อยู่เหนือขึ้นไป (ค้นหาใน \(list)) "
                + "ถ้ายังไม่มีโครงการ สร้างด้วย oit init --agency <ชื่อหน่วยงาน> หรือบอกที่อยู่ของเนื้อหาด้วย --content <โฟลเดอร์>",
            en: "no content folder: no agencies/ folder here or in any folder above (searched \(list)). "
                + "Start a project with oit init --agency <slug>, or give the content folder with --content <folder>"
        ).text(in: language)
    }
}
