import AsyncHTTPClient
import OITCheck
import OITLoad
import OITModel
import OITRender
import OITSite

/// The class of a request that got no answer. AsyncHTTPClient reports timeouts and closed
/// connections as `HTTPClientError`; refused connections, DNS and TLS failures come from SwiftNIO
/// and NIOSSL, whose types this target does not import, so they are told by their names.
enum LinkErrors {
    static func classify(_ error: any Error) -> LinkResult.Class {
        if let client = error as? HTTPClientError {
            switch client {
            case .readTimeout, .writeTimeout, .connectTimeout, .deadlineExceeded, .getConnectionFromPoolTimeout:
                return .timeout
            case .tlsHandshakeTimeout: return .tls
            default: return .unreachable
            }
        }
        let text = (String(reflecting: type(of: error)) + " " + String(describing: error)).lowercased()
        if text.contains("ssl") || text.contains("tls") || text.contains("certificate") { return .tls }
        if text.contains("dns") || text.contains("unknown host") || text.contains("nodename nor servname")
            || text.contains("name or service not known") || text.contains("socketaddresserror")
        {
            return .dns
        }
        if text.contains("timeout") || text.contains("timed out") { return .timeout }
        return .unreachable
    }

    /// Whether the server refused the connection (rather than dropping it after connecting).
    static func isRefused(_ error: any Error) -> Bool {
        if error is HTTPClientError { return false }
        let text = String(describing: error).lowercased()
        return text.contains("refused") || text.contains("econnrefused")
    }

    /// A failure worth asking again: the server may be busy or restarting.
    static func retries(_ result: LinkResult.Class) -> Bool {
        result == .timeout || result == .unreachable
    }
}
