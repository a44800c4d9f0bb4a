import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender

/// The build cache: written into the staging folder last, moved in last (`commitUpdate`).
extension OutputFolder {
    /// Writes the build cache (`BuildCache`) at the top of the staging folder; not counted as a file
    /// of the site.
    package func writeCache(_ data: Data) throws {
        do {
            try data.write(to: staging.appending(path: OutputManifest.cacheName))
        } catch {
            throw Failure.cannotWrite(path: OutputManifest.cacheName, reason: Self.reason(error))
        }
    }
}
