import Foundation
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// Turns what the requests of one link met into its class (`LinkResult.Class`): a pure function
/// of the answers, tested without a network. Off-domain is judged later, per agency
/// (`LinkResult.judged(for:)`), since one fetched link may serve several agencies.
public enum LinkClassifier {
    /// How the last request of a link ended.
    public enum Ending: Sendable, Equatable {
        /// A final answer (not a redirect, or a redirect past the limit), and whether its page
        /// has a password field (GET only).
        case answer(status: Int, passwordField: Bool)
        /// No answer: the failure's class (timeout, unreachable, tls, dns).
        case failure(LinkResult.Class)
        /// More redirects than the limit: the page never arrives.
        case tooManyRedirects(status: Int)
    }

    /// - Parameters:
    ///   - chain: the addresses the redirects went to, in order (empty without redirects).
    public static func classify(url: String, chain: [String], ending: Ending) -> LinkResult {
        let finalURL = chain.last
        switch ending {
        case .failure(let result):
            return LinkResult(url: url, result: result, finalURL: finalURL, chain: chain)
        case .tooManyRedirects(let status):
            return LinkResult(url: url, result: .unreachable, status: status, finalURL: finalURL, chain: chain)
        case .answer(let status, let passwordField):
            let result: LinkResult.Class
            switch status {
            case 401, 407: result = .loginWall
            case 400..<500: result = .notFound
            case 500...: result = .serverError
            default:
                if passwordField || finalURL.map(looksLikeLogin) == true {
                    result = .loginWall
                } else {
                    result = chain.isEmpty ? .ok : .redirected
                }
            }
            return LinkResult(url: url, result: result, status: status, finalURL: finalURL, chain: chain)
        }
    }

    /// Words of a sign-in page's address: a redirect that lands on one shows a login, not the evidence.
    static let loginWords: Set<String> = [
        "login", "signin", "logon", "auth", "oauth", "oauth2", "sso", "cas", "authorize", "authenticate",
    ]

    /// Whether an address looks like a sign-in page: a host or path word such as `login`, `signin`
    /// or `auth` (split at dots, slashes, dashes and underscores, so `authority` is no sign-in),
    /// or a known sign-in host (`accounts.google.com`).
    public static func looksLikeLogin(_ url: String) -> Bool {
        guard let components = URLComponents(string: url) else { return false }
        let host = components.host?.lowercased() ?? ""
        if ["accounts.google.com", "login.microsoftonline.com", "login.live.com"].contains(host) { return true }
        let text = (host + "/" + components.path).lowercased().replacingOccurrences(of: "sign-in", with: "signin")
            .replacingOccurrences(of: "log-in", with: "login")
        let words = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
        return words.contains { loginWords.contains($0) || $0.hasPrefix("login") || $0.hasPrefix("signin") }
    }

    /// Whether an HTML page has a password field (`<input type="password">`): a sign-in form.
    public static func hasPasswordField(_ html: String) -> Bool {
        let lower = html.lowercased()
        return ["type=\"password\"", "type='password'", "type=password"].contains { lower.contains($0) }
    }
}
