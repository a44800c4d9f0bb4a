import Foundation
import OITCheck
import OITLoad
import OITModel

/// Walks an `assets/` folder: links are followed once, a folder reached twice (a link loop) is not
/// walked again, and a file or folder whose real path leaves `root` is reported, not published.
package struct AssetWalker {
    package struct Problem {
        package var message: Message
        package var path: String
    }

    package let root: String
    package private(set) var problems: [Problem] = []
    private var visited = Set<String>()

    package init(root: String) { self.root = root }

    /// Whether `url`, links resolved, lies inside the root; records a problem when not.
    package mutating func isInside(_ url: URL) -> Bool {
        switch RealPath.of(url) {
        case .failure(.loop):
            problems.append(Problem(message: .linkLoop(SourceFile(url.path)), path: url.path))
            return false
        case .failure(.missing):
            problems.append(Problem(message: .missingFile(SourceFile(url.path)), path: url.path))
            return false
        case .success(let real):
            guard RealPath.isInside(real, root) else {
                problems.append(Problem(message: .outsideContent(SourceFile(url.path)), path: url.path))
                return false
            }
            return true
        }
    }

    package mutating func walk(_ folder: URL, prefix: String) -> [(String, URL)] {
        guard ContentFolder.exists(folder, directory: true) else { return [] }
        guard isInside(folder), case .success(let real) = RealPath.of(folder) else { return [] }
        guard visited.insert(real).inserted else {
            problems.append(Problem(message: .linkLoop(SourceFile(folder.path)), path: folder.path))
            return []
        }
        guard (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) != nil else {
            problems.append(Problem(message: .unreadableFolder(SourceFile(folder.path)), path: folder.path))
            return []
        }
        var found: [(String, URL)] = []
        for child in ContentFolder.children(of: folder) {
            let relative = prefix + child.lastPathComponent
            if ContentFolder.exists(child, directory: true) {
                found += walk(child, prefix: relative + "/")
            } else if isInside(child) {
                found.append((relative, child))
            }
        }
        return found
    }
}
