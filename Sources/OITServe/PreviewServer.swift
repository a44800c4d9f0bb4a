import Foundation
import Hummingbird
import Logging
import NIOCore
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// `oit serve`: builds into a temporary folder, serves it on 127.0.0.1, rebuilds when the content
/// or theme changes, and has open pages reload. A failed build keeps the last good one served and
/// shows its errors over the page.
public final class PreviewServer: Sendable {
    /// One build, as the terminal reports it.
    public struct Build: Sendable {
        public var outcome: SiteBuilder.Outcome
        public var seconds: Double
        /// True for the first build, false for a rebuild after an edit.
        public var first: Bool
    }

    let options: SiteBuilder.Options
    let port: UInt16
    let watcher: FolderWatcher
    let state = PreviewState()
    let folder: URL
    /// The language of the readiness page (`--lang`).
    let language: Language
    /// How the editor at `/_edit/` runs.
    let editor: EditorSettings
    let errorText: @Sendable (Diagnostics) -> String
    let onBuild: @Sendable (Build) -> Void

    /// - Parameters:
    ///   - options: what to build; its output and base URL are the server's own.
    ///   - port: 0 lets the system choose (see `onListening`).
    ///   - ignored: folders inside the watched ones that do not trigger a rebuild.
    ///   - language: the language of the readiness page.
    ///   - editor: the editor's settings (`--commit`, `--max-upload`).
    ///   - errorText: a build's errors as shown in the browser.
    ///   - onBuild: called after every build, for the terminal.
    public init(
        options: SiteBuilder.Options, port: UInt16, ignored: [URL] = [], language: Language = .thai,
        editor: EditorSettings = EditorSettings(), errorText: @escaping @Sendable (Diagnostics) -> String,
        onBuild: @escaping @Sendable (Build) -> Void
    ) throws {
        self.options = options
        self.port = port
        let theme = options.theme.map { [$0] } ?? []
        watcher = FolderWatcher(folders: [options.content] + theme, ignored: ignored)
        folder = FileManager.default.temporaryDirectory.appending(path: "oit-serve-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        self.language = language
        self.editor = editor
        self.errorText = errorText
        self.onBuild = onBuild
    }

    var site: URL { folder.appending(path: "Site") }

    /// The readiness report's address below the preview's, for the terminal.
    public static let readinessPath = ReadinessPage.path
    /// The editor's address below the preview's.
    public static let editorPath = EditorResponder.prefix

    /// Serves until the task is cancelled or the process is stopped.
    /// - Parameter onListening: called with the site's address once the port is open.
    public func run(onListening: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "oit-serve")
        logger.logLevel = .critical
        let (ports, portContinuation) = AsyncStream.makeStream(of: Int.self)
        let application = Application(
            responder: PreviewResponder(
                site: site, state: state, language: language,
                editor: EditorResponder(
                    content: EditorContent(root: options.content), guardian: EditorGuard(), settings: editor,
                    language: language)),
            configuration: ApplicationConfiguration(address: .hostname("127.0.0.1", port: Int(port)), serverName: nil),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            },
            logger: logger)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                defer { portContinuation.finish() }
                do {
                    try await application.run()
                } catch {
                    throw ListenFailure.from(error, port: self.port)
                }
            }
            var iterator = ports.makeAsyncIterator()
            if let actualPort = await iterator.next() {
                let address = "http://127.0.0.1:\(actualPort)/"
                group.addTask { try await self.watch(baseURL: address) }
                onListening(address)
            }
            // The server ends only on an error (a port in use) or when the task is cancelled.
            try await group.next()
            group.cancelAll()
        }
    }

    /// Removes the temporary build folder.
    public func cleanUp() {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Builds once, then again whenever the watched folders change.
    private func watch(baseURL: String) async throws {
        var seen = watcher.fingerprint()
        await build(baseURL: baseURL, first: true)
        while !Task.isCancelled {
            try await Task.sleep(nanoseconds: 500_000_000)
            let now = watcher.fingerprint()
            guard now != seen else { continue }
            // Let an editor finish saving (several files, or write-then-rename) before building.
            try await Task.sleep(nanoseconds: 100_000_000)
            seen = watcher.fingerprint()
            await build(baseURL: baseURL, first: false)
        }
    }

    private func build(baseURL: String, first: Bool) async {
        var options = self.options
        options.output = site
        options.baseURL = baseURL
        let buildOptions = options
        let started = Date()
        // The build is CPU-bound and synchronous: keep it off the threads that serve requests.
        let (outcome, readiness) = await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                let builder = SiteBuilder(options: buildOptions)
                let outcome = builder.build()
                // An incremental build checks only the agencies it renders again, so its outcome
                // has no whole assessment: the readiness page needs a full check of the content.
                let readiness = outcome.wrote ? ReadinessPage.sections(builder.check()) : []
                continuation.resume(returning: (outcome, readiness))
            }
        }
        if outcome.wrote {
            await state.succeeded(readiness: readiness)
        } else {
            await state.failed(errorText(outcome.diagnostics))
        }
        onBuild(Build(outcome: outcome, seconds: Date().timeIntervalSince(started), first: first))
    }
}
