import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

extension LinkFetcher {
    /// One request, through the host's gate, on the client of the `--resolve` rule for its host
    /// and port (or the plain one).
    func once(_ url: String, method: HTTPMethod) async -> Result<Answer, LinkError> {
        guard let components = URLComponents(string: url), let host = components.host?.lowercased(), !host.isEmpty
        else { return .failure(LinkError(result: .dns, refused: false)) }
        let port = components.port ?? (components.scheme?.lowercased() == "https" ? 443 : 80)
        let client = client(host: host, port: port)
        var request = HTTPClientRequest(url: url)
        request.method = method
        request.headers.add(name: "User-Agent", value: "oit-links (OIT Site evidence check)")
        let timeout = TimeAmount.milliseconds(Int64(settings.timeout * 1000))
        await gate.enter(host)
        let outcome: Result<Answer, LinkError>
        do {
            let response = try await client.execute(request, timeout: timeout)
            let password = method == .GET ? await Self.asksPassword(response.body, limit: settings.pageLimit) : false
            let answer = Answer(
                status: Int(response.status.code), location: response.headers.first(name: "location"),
                passwordField: password)
            outcome = .success(answer)
        } catch {
            outcome = .failure(LinkError(result: LinkErrors.classify(error), refused: LinkErrors.isRefused(error)))
        }
        await gate.leave(host)
        return outcome
    }

    /// Whether the first `limit` bytes of a page hold a password field; a page cut short is read as far as it came.
    private static func asksPassword(_ body: HTTPClientResponse.Body, limit: Int) async -> Bool {
        var text = ""
        var read = 0
        do {
            for try await chunk in body {
                text += String(buffer: chunk)
                read += chunk.readableBytes
                if read >= limit { break }
            }
        } catch {}
        return LinkClassifier.hasPasswordField(text)
    }
}
