import Foundation
import OITModel

/// The default theme and the shipped frameworks, compiled into the tool (see the EmbedFiles plugin)
/// and written out once per run into a private temporary folder, removed when the process exits.
///
/// Written out rather than read from memory so that the rest of the pipeline keeps reading files:
/// a theme folder and the built-in theme are then the same thing to the loaders.
public enum BuiltInFiles {
    /// The default theme: templates and `assets/` (style sheet, fonts). Nil if the temporary
    /// folder cannot be written.
    public static let themeFolder: URL? = write(EmbeddedFiles.theme, to: "theme")

    /// The framework of every round the tool ships (`<round>.yaml`).
    public static let frameworksFolder: URL? = write(EmbeddedFiles.frameworks, to: "Frameworks")

    /// Hashes of the built-in theme's and frameworks' paths and bytes, taken from memory: a build
    /// decides whether they changed (`BuildFingerprint`) without writing them out.
    package static let themeFingerprint = fingerprint(EmbeddedFiles.theme)
    package static let frameworksFingerprint = fingerprint(EmbeddedFiles.frameworks)

    private static func fingerprint(_ files: [(path: String, base64: String)]) -> String {
        var hasher = WordwiseFNVHash()
        for file in files {
            hasher.add(file.path)
            hasher.add(file.base64)
        }
        return hasher.hex
    }

    /// Paths of the default theme's files, for `oit init` and tests.
    public static var themeFiles: [String] { EmbeddedFiles.theme.map(\.path) }

    /// The contents of one file of the default theme.
    public static func themeFile(_ path: String) -> Data? {
        EmbeddedFiles.theme.first { $0.path == path }.flatMap { Data(base64Encoded: $0.base64) }
    }

    /// `<tmp>/oit-<unique>/oit-built-in/`: the last component is what messages show for a
    /// built-in file (`oit-built-in/Frameworks/2566.yaml`).
    private static let root: URL? = {
        let run = FileManager.default.temporaryDirectory.appending(path: "oit-\(UUID().uuidString)")
        do {
            try FileManager.default.createDirectory(
                at: run, withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            return nil
        }
        atexit { BuiltInFiles.removeRunFolder() }
        return run.appending(path: "oit-built-in")
    }()

    private static func write(_ files: [(path: String, base64: String)], to name: String) -> URL? {
        guard let folder = root?.appending(path: name) else { return nil }
        do {
            for file in files {
                guard let data = Data(base64Encoded: file.base64) else { return nil }
                let url = folder.appending(path: file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                // One open, write, close (`Data.write(to:)` also calls fsync, which every run paid
                // for each of these files, though they are deleted at exit).
                let failed = data.withUnsafeBytes { FileBytes.write($0, to: url.path, replacingLink: false) }
                guard failed == nil else { return nil }
            }
            return folder
        } catch {
            return nil
        }
    }

    private static func removeRunFolder() {
        guard let run = root?.deletingLastPathComponent() else { return }
        try? FileManager.default.removeItem(at: run)
    }
}

extension BuiltInFiles {
    /// The rounds of the frameworks shipped with the tool.
    package static var frameworkRounds: [Int] {
        EmbeddedFiles.frameworks.compactMap { Int($0.path.replacingOccurrences(of: ".yaml", with: "")) }.sorted()
    }
}
