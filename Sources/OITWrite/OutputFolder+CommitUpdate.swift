import Foundation
import OITLoad
import OITModel
import OITRender

/// The commit of a rebuild over a usable cache (`Mode.update`): only the staged top-level entries move in.
extension OutputFolder {
    /// Moves each staged top-level entry into the destination, the entry it replaces (and each
    /// entry in `removing`) aside into `old`; the build cache last, so that a build killed halfway
    /// leaves a cache that makes the next build render the moved agencies again. If a move fails,
    /// every move made is undone.
    package func commitUpdate(removing: Set<String>, old: URL) throws {
        guard OutputManifest.isPresent(in: destination) else {
            discard()
            throw Failure.cannotWrite(path: destination.path, reason: String(cString: strerror(ENOENT)))
        }
        let staged: [String]
        do {
            staged = try files.contentsOfDirectory(atPath: staging.path).filter { $0 != OutputManifest.name }
                .sorted { ($0 == OutputManifest.cacheName ? 1 : 0, $0) < ($1 == OutputManifest.cacheName ? 1 : 0, $1) }
            try files.createDirectory(at: old, withIntermediateDirectories: false)
        } catch {
            discard()
            throw Failure.cannotWrite(path: destination.path, reason: Self.reason(error))
        }
        var moves: [(from: URL, to: URL)] = []
        func move(_ from: URL, _ to: URL) throws {
            try files.moveItem(at: from, to: to)
            moves.append((from, to))
        }
        func exists(_ url: URL) -> Bool { (try? files.attributesOfItem(atPath: url.path)) != nil }
        do {
            for name in removing.subtracting(staged).sorted() where exists(destination.appending(path: name)) {
                try move(destination.appending(path: name), old.appending(path: name))
            }
            for name in staged {
                let target = destination.appending(path: name)
                if exists(target) { try move(target, old.appending(path: name)) }
                try move(staging.appending(path: name), target)
            }
        } catch {
            for (from, to) in moves.reversed() { try? files.moveItem(at: to, to: from) }
            discard()
            try? files.removeItem(at: old)
            throw Failure.cannotWrite(path: destination.path, reason: Self.reason(error))
        }
        discard()
        try? files.removeItem(at: old)
    }
}
