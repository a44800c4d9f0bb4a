import Foundation
import OITCheck
import OITLoad
import OITRender

/// The commit: the finished build takes the destination's place, or the previous output is put back.
extension OutputFolder {
    /// Replaces the destination with the finished build. If the final move fails, the previous
    /// output is put back.
    public func commit() throws {
        let old = destination.deletingLastPathComponent()
            .appending(path: ".\(destination.lastPathComponent).previous")
        // Checked again: the folder may have changed since the build started.
        if let refusal = OutputGuard.mayReplace(destination) {
            discard()
            throw Failure.refused(refusal)
        }
        do {
            if files.fileExists(atPath: old.path) { try files.removeItem(at: old) }
        } catch {
            discard()
            throw Failure.cannotWrite(path: old.path, reason: Self.reason(error))
        }
        if case .update(let removing) = mode {
            try commitUpdate(removing: removing, old: old)
            return
        }
        var movedAway = false
        do {
            if files.fileExists(atPath: destination.path) {
                try files.moveItem(at: destination, to: old)
                movedAway = true
            }
            try files.moveItem(at: staging, to: destination)
        } catch {
            if movedAway, !files.fileExists(atPath: destination.path) { try? files.moveItem(at: old, to: destination) }
            discard()
            throw Failure.cannotWrite(path: destination.path, reason: Self.reason(error))
        }
        try? files.removeItem(at: old)
    }
}
