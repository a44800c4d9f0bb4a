import AsyncHTTPClient
import OITSite
import Testing

@testable import OITLinks

/// The class of a request that got no answer, from the error the client threw.
@Suite struct LinkErrorsTests {
    struct Named: Error, CustomStringConvertible {
        var description: String
    }

    @Test func clientErrors() {
        #expect(LinkErrors.classify(HTTPClientError.deadlineExceeded) == .timeout)
        #expect(LinkErrors.classify(HTTPClientError.readTimeout) == .timeout)
        #expect(LinkErrors.classify(HTTPClientError.connectTimeout) == .timeout)
        #expect(LinkErrors.classify(HTTPClientError.tlsHandshakeTimeout) == .tls)
        #expect(LinkErrors.classify(HTTPClientError.remoteConnectionClosed) == .unreachable)
        #expect(!LinkErrors.isRefused(HTTPClientError.remoteConnectionClosed))
    }

    @Test func errorsFromBelowTheClientAreToldByName() {
        #expect(LinkErrors.classify(Named(description: "NIOSSLError.handshakeFailed")) == .tls)
        #expect(LinkErrors.classify(Named(description: "NIOConnectionError(dnsAError: ...)")) == .dns)
        #expect(LinkErrors.classify(Named(description: "connect(descriptor:addr:size:): Connection refused")) == .unreachable)
        #expect(LinkErrors.isRefused(Named(description: "Connection refused (errno: 111)")))
        #expect(LinkErrors.retries(.timeout) && LinkErrors.retries(.unreachable) && !LinkErrors.retries(.notFound))
    }
}
