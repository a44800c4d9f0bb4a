import Foundation

/// `--commit`: each save becomes a commit of the files it wrote, with a Thai message naming the
/// agency, year and item, when the content folder is in a git repository. Only the saved files are
/// committed (`git commit --only`), never whatever else the clerk had staged.
enum GitCommit {
    /// Nil when committed (or the folder is not a repository); else git's own words.
    static func commit(_ files: [URL], message: String, in folder: URL) -> String? {
        guard run(["rev-parse", "--is-inside-work-tree"], in: folder).status == 0 else { return nil }
        let paths = files.map(\.path)
        let added = run(["add", "--"] + paths, in: folder)
        guard added.status == 0 else { return added.output }
        let committed = run(["commit", "--quiet", "--only", "-m", message, "--"] + paths, in: folder)
        return committed.status == 0 ? nil : committed.output
    }

    private static func run(_ arguments: [String], in folder: URL) -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", folder.path] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        do { try process.run() } catch { return (-1, "\(error)") }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
