/// What every write to the editor must show besides a loopback `Host` (checked for every route):
/// that the browser posted it from the editor's own pages (`Origin`, and `Sec-Fetch-Site` when the
/// browser sends it), and the session's random token, which only the editor's pages hold. Another
/// site's page can neither read the token (the `Host` check stops DNS rebinding) nor post with the
/// editor's origin.
struct EditorGuard: Sendable {
    /// 32 random bytes as hexadecimal, made when the server starts.
    let token: String

    init(token: String = EditorGuard.newToken()) { self.token = token }

    static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in
            let byte = UInt8.random(in: 0...255, using: &generator)
            return String(byte, radix: 16).count == 1 ? "0" + String(byte, radix: 16) : String(byte, radix: 16)
        }.joined()
    }

    /// Whether a POST comes from a page of this server: its `Origin` must be exactly
    /// `http://<the Host it was sent to>` (a browser always sends `Origin` with a form's POST),
    /// and `Sec-Fetch-Site`, when sent, must say the same origin.
    static func isSameOrigin(origin: String?, fetchSite: String?, host: String?) -> Bool {
        guard let origin, let host, PreviewResponder.isLoopback(host) else { return false }
        if let fetchSite, fetchSite.lowercased() != "same-origin" { return false }
        return origin.lowercased() == "http://" + host.lowercased()
    }

    /// Compares in time independent of where the strings differ, so the token cannot be guessed
    /// byte by byte from response times.
    func matches(_ posted: String?) -> Bool {
        let given = Array((posted ?? "").utf8)
        let expected = Array(token.utf8)
        var difference = UInt8(given.count == expected.count ? 0 : 1)
        for index in expected.indices {
            difference |= expected[index] ^ (index < given.count ? given[index] : 0)
        }
        return difference == 0
    }
}
