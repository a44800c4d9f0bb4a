import Foundation
import OITCheck
import OITLoad
import OITRender

/// Copying files (attachments, theme assets) from inside the folders the build may publish.
extension OutputFolder {
    /// Copies the bytes of `source` (links followed, so the output never holds a link).
    public func copy(_ source: URL, to relativePath: String) throws {
        let data = try read(source)
        try data.withUnsafeBytes { try write($0, to: relativePath, replacingLink: true) }
    }

    /// The bytes of a file to copy, from inside the folders the build may publish; read once, a
    /// file copied into every agency's folder (the theme's assets) is then written with `write`.
    package func read(_ source: URL) throws -> [UInt8] {
        if !allowedSources.isEmpty {
            guard case .success(let real) = RealPath.of(source),
                allowedSources.contains(where: { RealPath.isInside(real, $0) })
            else { throw Failure.sourceOutside(source.path) }
        }
        guard let data = FileManager.default.contents(atPath: source.path) else { throw Failure.cannotRead(source.path) }
        return [UInt8](data)
    }
}
