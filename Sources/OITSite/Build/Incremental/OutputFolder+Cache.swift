import Foundation

/// The build cache: written into the staging folder last, moved in last (`commitUpdate`).
extension OutputFolder {
    /// Writes the build cache (`BuildCache`) at the top of the staging folder; not counted as a file
    /// of the site.
    func writeCache(_ data: Data) throws {
        do {
            try data.write(to: staging.appending(path: BuildCache.name))
        } catch {
            throw Failure.cannotWrite(path: BuildCache.name, reason: Self.reason(error))
        }
    }
}
