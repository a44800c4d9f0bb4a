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
    let rebuilds = RebuildRequests()
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
                    language: language),
                rebuilds: rebuilds, checkReadiness: { await self.checkReadiness() }),
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

    /// Builds once, then again whenever the watched folders change (polled every half second and
    /// built after a pause that lets an editor finish saving) or the editor asks for it (at once).
    /// The poll runs beside the builds, so that a walk of the folders never delays a save's build.
    private func watch(baseURL: String) async throws {
        await state.serving(at: baseURL)
        let seen = watcher.fingerprint()
        await build(baseURL: baseURL, first: true)
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await self.pollFolders(seen: seen) }
            group.addTask { try await self.buildWhenAsked(baseURL: baseURL) }
            try await group.next()
            group.cancelAll()
        }
    }

    /// Walks the watched folders every half second; a change asks for a build once it has settled.
    /// It also finds the editor's own saves, after their build: that build renders nothing again
    /// and so reloads no page.
    private func pollFolders(seen first: Int) async throws {
        var seen = first
        while !Task.isCancelled {
            try await Task.sleep(nanoseconds: Self.pollInterval)
            guard watcher.fingerprint() != seen else { continue }
            try await Task.sleep(nanoseconds: Self.settleInterval)
            seen = watcher.fingerprint()
            await rebuilds.request()
        }
    }

    /// Builds whenever a build was asked for, by the poll of the folders or by the editor.
    private func buildWhenAsked(baseURL: String) async throws {
        while !Task.isCancelled {
            try await Task.sleep(nanoseconds: Self.requestInterval)
            if await rebuilds.take() { await build(baseURL: baseURL, first: false) }
        }
    }

    /// How often the editor's requests are looked at, the folders polled, and the pause after a
    /// change found by polling, in nanoseconds.
    static let requestInterval: UInt64 = 10_000_000
    static let pollInterval: UInt64 = 500_000_000
    static let settleInterval: UInt64 = 100_000_000

    private func build(baseURL: String, first: Bool) async {
        var options = self.options
        options.output = site
        options.baseURL = baseURL
        let buildOptions = options
        let started = Date()
        // The build is CPU-bound and synchronous: keep it off the threads that serve requests.
        let outcome = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: SiteBuilder(options: buildOptions).build()) }
        }
        if outcome.wrote {
            // A build that rendered no agency and wrote no file changed nothing a page shows.
            let changed = outcome.summary.map { $0.agenciesRendered > 0 || $0.filesWritten > 0 } ?? true
            await state.succeeded(changed: changed)
        } else {
            await state.failed(errorText(outcome.diagnostics))
        }
        onBuild(Build(outcome: outcome, seconds: Date().timeIntervalSince(started), first: first))
    }

    /// The readiness report's sections from a full check of the content (an incremental build
    /// checks only the agencies it renders again, so its outcome has no whole assessment).
    private func checkReadiness() async -> [ReadinessPage.Section] {
        var options = self.options
        options.output = site
        options.baseURL = await state.baseURL
        let checkOptions = options
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(returning: ReadinessPage.sections(SiteBuilder(options: checkOptions).check()))
            }
        }
    }
}
