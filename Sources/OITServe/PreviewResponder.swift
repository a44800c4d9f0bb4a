import Foundation
import Hummingbird
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// Answers the preview's requests: the built files with their content types, each agency's
/// 404 page for a missing address, the live-reload endpoints and the readiness report, to this
/// computer's own host names only.
struct PreviewResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    /// The folder the site is built into.
    let site: URL
    let state: PreviewState
    /// The language of the readiness page.
    let language: Language
    /// The editor at `/_edit/`.
    let editor: EditorResponder
    /// Where the editor asks for a rebuild after a post (a save, an upload, a new year).
    let rebuilds: RebuildRequests
    /// A full check of the content as the readiness report shows it (slow: every agency).
    let checkReadiness: @Sendable () async -> [ReadinessPage.Section]

    func respond(to request: Request, context: Context) async throws -> Response {
        // Only this computer's own names: a page of another site whose name an attacker points at
        // 127.0.0.1 (DNS rebinding) must not read the preview or its readiness report.
        guard Self.isLoopback(request.head.authority) else {
            return response(.forbidden, type: MIMEType.of("txt"), Data("403 forbidden: unknown host\n".utf8))
        }
        let rawPath = request.uri.path.removingPercentEncoding ?? request.uri.path
        if rawPath == "/_edit" || rawPath.hasPrefix(EditorResponder.prefix) {
            return await edit(request, path: rawPath)
        }
        switch rawPath {
        case LiveReload.versionPath:
            let body = LiveReload.status(version: await state.version, error: await state.error)
            return response(.ok, type: "application/json; charset=utf-8", Data(body.utf8))
        case LiveReload.scriptPath:
            return response(.ok, type: MIMEType.of("js"), Data(LiveReload.script.utf8))
        default:
            break
        }
        guard request.method == .get || request.method == .head else {
            return response(.methodNotAllowed, type: MIMEType.of("txt"), Data("405 method not allowed\n".utf8))
        }
        guard await state.hasSite else {
            let page = LiveReload.errorPage(await state.error ?? "…", version: await state.version)
            return response(.internalServerError, type: MIMEType.of("html"), Data(page.utf8))
        }
        if rawPath == ReadinessPage.path || rawPath + "/" == ReadinessPage.path {
            // Made after a good build when first asked for; reloads after a rebuild like the pages.
            let page = ReadinessPage.html(await readiness(), language: language)
            let injected = LiveReload.inject(into: page, version: await state.version)
            return response(.ok, type: MIMEType.of("html"), Data(injected.utf8))
        }
        let components = rawPath.split(separator: "/").map(String.init)
        // No `..`, and nothing hidden: only what the build wrote is served.
        guard !components.contains(where: { $0.hasPrefix(".") }) else { return await notFound(components) }
        var file = components.reduce(site) { $0.appending(path: $1) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: file.path, isDirectory: &isFolder) else {
            return await notFound(components)
        }
        if isFolder.boolValue {
            // Pages link to folders relative to themselves: `/agency` must become `/agency/`.
            guard rawPath.hasSuffix("/") else {
                return Response(status: .movedPermanently, headers: [.location: request.uri.path + "/"])
            }
            file.appendPathComponent(Route.pageFile)
        }
        guard let data = FileManager.default.contents(atPath: file.path) else { return await notFound(components) }
        return await serve(data, named: file, status: .ok)
    }

    /// The editor's answer; a POST must come from the editor's own pages with the session's token,
    /// else nothing is read or written (403).
    private func edit(_ request: Request, path: String) async -> Response {
        var post: PostedForm?
        if request.method == .post {
            let origin = request.headers[.origin]
            let fetchSite = HTTPFields.Element.Name("Sec-Fetch-Site").flatMap { request.headers[$0] }
            guard EditorGuard.isSameOrigin(origin: origin, fetchSite: fetchSite, host: request.head.authority) else {
                return response(.forbidden, type: MIMEType.of("txt"), Data("403 forbidden: foreign origin\n".utf8))
            }
            // The form's fields and one upload: the upload limit and room for the fields.
            let limit = editor.settings.maxUpload + 1_048_576
            guard let buffer = try? await request.body.collect(upTo: limit) else {
                return response(.contentTooLarge, type: MIMEType.of("txt"), Data("413 content too large\n".utf8))
            }
            let body = Data(buffer.readableBytesView)
            guard let form = try? PostedForm(body: body, contentType: request.headers[.contentType] ?? "") else {
                return response(.badRequest, type: MIMEType.of("txt"), Data("400 bad request\n".utf8))
            }
            guard editor.guardian.matches(form.fields["token"]?.last) else {
                return response(.forbidden, type: MIMEType.of("txt"), Data("403 forbidden: missing or wrong token\n".utf8))
            }
            post = form
        } else if request.method != .get && request.method != .head {
            return response(.methodNotAllowed, type: MIMEType.of("txt"), Data("405 method not allowed\n".utf8))
        }
        let answer = await editor.answer(path: path, query: request.uri.query ?? "", post: post)
        // A post may have written a file: build now (a build of unchanged content changes nothing).
        if post != nil { await rebuilds.request() }
        var headers: HTTPFields = [.contentType: answer.type, .cacheControl: "no-store"]
        if let location = answer.location {
            // Absolute, on the loopback host the request named (checked above): some clients
            // resolve a relative location with a query wrongly.
            headers[.location] = "http://" + (request.head.authority ?? "127.0.0.1") + location
        }
        // The editor's pages are never framed by another site (clickjacking).
        if let frame = HTTPFields.Element.Name("X-Frame-Options") { headers[frame] = "DENY" }
        if let policy = HTTPFields.Element.Name("Content-Security-Policy") { headers[policy] = "frame-ancestors 'none'" }
        return Response(
            status: HTTPResponse.Status(code: answer.status), headers: headers,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: Data(answer.body.utf8))))
    }

    /// The readiness report of the last good build, made now if no one asked for it since.
    private func readiness() async -> [ReadinessPage.Section] {
        if let report = await state.readinessReport() { return report }
        let version = await state.version
        let sections = await checkReadiness()
        await state.keep(sections, madeAfter: version)
        return sections
    }

    /// The agency's own 404 page (the first part of the address names the agency), else a plain one.
    private func notFound(_ components: [String]) async -> Response {
        if let agency = components.first, !agency.hasPrefix(".") {
            let page = site.appending(path: agency).appending(path: "404.html")
            if let data = FileManager.default.contents(atPath: page.path) {
                return await serve(data, named: page, status: .notFound)
            }
        }
        return response(.notFound, type: MIMEType.of("txt"), Data("404 not found\n".utf8))
    }

    private func serve(_ data: Data, named file: URL, status: HTTPResponse.Status) async -> Response {
        let type = MIMEType.of(file.pathExtension)
        guard file.pathExtension == "html" else { return response(status, type: type, data) }
        let page = LiveReload.inject(into: String(decoding: data, as: UTF8.self), version: await state.version)
        return response(status, type: type, Data(page.utf8))
    }

    /// Whether the request's Host names this computer (`127.0.0.1`, `localhost` or `[::1]`, with
    /// any port); a request without one is refused.
    static func isLoopback(_ authority: String?) -> Bool {
        guard let authority else { return false }
        let host: Substring
        if authority.hasPrefix("[") {
            host = authority.prefix { $0 != "]" }.dropFirst()
        } else {
            host = authority.prefix { $0 != ":" }
        }
        return ["127.0.0.1", "localhost", "::1"].contains(host.lowercased())
    }

    private func response(_ status: HTTPResponse.Status, type: String, _ body: Data) -> Response {
        Response(
            status: status, headers: [.contentType: type, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }
}
